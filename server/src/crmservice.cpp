#include "apiutil.h"
#include "crmservice.h"
#include "crypto.h"
#include "sqlquery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

const QString kDealColumns = u"id, subscriber_id, pipeline_id, stage_id, name, amount_minor, "
                             "currency, created_at, updated_at"_s;

Deal readDeal(const Query& q)
{
    Deal d;
    d.id = q.integer(0);
    d.subscriberId = q.integer(1);
    d.pipelineId = q.integer(2);
    d.stageId = q.integer(3);
    d.name = q.text(4);
    d.amountMinor = q.integer(5);
    d.currency = q.text(6);
    d.createdAt = q.time(7);
    d.updatedAt = q.time(8);
    return d;
}

// The stage's pipeline, if the stage exists in the workspace.
std::optional<qint64> pipelineOfStage(const Database& db, qint64 workspaceId, qint64 stageId)
{
    Query q(db, u"SELECT st.pipeline_id FROM stages st JOIN pipelines p ON p.id = st.pipeline_id "
                "WHERE st.id = ? AND p.workspace_id = ?"_s);
    q.bind(stageId).bind(workspaceId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

bool pipelineExists(const Database& db, qint64 workspaceId, qint64 pipelineId)
{
    Query q(db, u"SELECT 1 FROM pipelines WHERE id = ? AND workspace_id = ?"_s);
    q.bind(pipelineId).bind(workspaceId).exec();
    return q.next();
}

QString dealRequestHash(qint64 subscriberId, const DealRequest& request)
{
    QJsonObject canonical = toJson(request);
    canonical.insert(u"subscriber_id"_s, subscriberId);
    return crypto::sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace

QList<Pipeline> CrmService::pipelines(qint64 workspaceId) const
{
    QList<Pipeline> out;
    Query q(db_, u"SELECT p.id, p.name, st.id, st.name, st.position FROM pipelines p "
                 "LEFT JOIN stages st ON st.pipeline_id = p.id WHERE p.workspace_id = ? "
                 "ORDER BY p.id, st.position"_s);
    q.bind(workspaceId).exec();
    while (q.next()) {
        if (out.isEmpty() || out.constLast().id != q.integer(0))
            out.append(Pipeline{q.integer(0), q.text(1), {}});
        if (!q.isNull(2))
            out.last().stages.append(Stage{q.integer(2), q.text(3), q.integer(4)});
    }
    return out;
}

bool CrmService::subscriberExists(qint64 workspaceId, qint64 subscriberId) const
{
    Query q(db_, u"SELECT 1 FROM subscribers WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(subscriberId).exec();
    return q.next();
}

std::optional<Deal> CrmService::deal(qint64 workspaceId, qint64 dealId) const
{
    Query q(db_, u"SELECT "_s + kDealColumns + u" FROM deals WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(dealId).exec();
    if (!q.next())
        return std::nullopt;
    return readDeal(q);
}

QList<Deal> CrmService::deals(const Caller& caller, qint64 subscriberId) const
{
    if (!subscriberExists(caller.workspaceId, subscriberId))
        failNotFound(u"subscriber"_s);
    Query q(db_, u"SELECT "_s + kDealColumns +
                     u" FROM deals WHERE workspace_id = ? AND subscriber_id = ? ORDER BY id"_s);
    q.bind(caller.workspaceId).bind(subscriberId).exec();
    QList<Deal> out;
    while (q.next())
        out.append(readDeal(q));
    return out;
}

Deal CrmService::createInTransaction(qint64 workspaceId, qint64 subscriberId,
                                     const DealRequest& request, const Origin& origin,
                                     const QDateTime& now, QList<StoredEvent>& published,
                                     const QString& clientId, const QString& requestHash)
{
    if (const auto problem = validate(request))
        throw ApiFailure(*problem);
    if (!pipelineExists(db_, workspaceId, request.pipelineId))
        fail(ErrorCode::Unprocessable, u"no such pipeline"_s, u"pipeline_id"_s);
    if (pipelineOfStage(db_, workspaceId, request.stageId) != request.pipelineId)
        fail(ErrorCode::Unprocessable, u"not a stage of this pipeline"_s, u"stage_id"_s);
    const auto optText = [](const QString& s) {
        return s.isEmpty() ? std::optional<QString>() : std::optional<QString>(s);
    };
    Query q(db_, u"INSERT INTO deals (workspace_id, subscriber_id, pipeline_id, stage_id, name, "
                 "amount_minor, currency, created_at, updated_at, client_id, request_hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(workspaceId)
        .bind(subscriberId)
        .bind(request.pipelineId)
        .bind(request.stageId)
        .bind(request.name)
        .bind(request.amountMinor)
        .bind(request.currency)
        .bind(now)
        .bind(now)
        .bind(optText(clientId))
        .bind(optText(requestHash));
    Deal d;
    d.id = scalar(q);
    d.subscriberId = subscriberId;
    d.pipelineId = request.pipelineId;
    d.stageId = request.stageId;
    d.name = request.name;
    d.amountMinor = request.amountMinor;
    d.currency = request.currency;
    d.createdAt = now;
    d.updatedAt = now;
    published.append(events_.append(workspaceId, EventType::DealCreated, d, origin, now));
    return d;
}

DealResult CrmService::create(const Caller& caller, qint64 subscriberId, const DealRequest& request,
                              const QDateTime& now)
{
    QList<StoredEvent> published;
    Deal created;
    {
        Transaction tx(db_);
        if (!subscriberExists(caller.workspaceId, subscriberId))
            failNotFound(u"subscriber"_s);
        const QString hash = dealRequestHash(subscriberId, request);
        if (!caller.clientId.isEmpty()) {
            Query q(db_,
                    u"SELECT "_s + kDealColumns +
                        u", request_hash FROM deals WHERE workspace_id = ? AND client_id = ?"_s);
            q.bind(caller.workspaceId).bind(caller.clientId).exec();
            if (q.next()) {
                const Deal existing = readDeal(q);
                if (existing.createdAt >= now.addSecs(-kClientIdHours * 3600)) {
                    if (q.text(9) != hash)
                        fail(ErrorCode::Conflict, u"this client id was used for another deal"_s,
                             u"X-Client-Id"_s);
                    return {existing, false};
                }
                // Older than the memory of client ids: the id is free again.
                Query(db_, u"UPDATE deals SET client_id = NULL WHERE id = ?"_s)
                    .bind(existing.id)
                    .exec();
            }
        }
        created = createInTransaction(caller.workspaceId, subscriberId, request, caller.origin(),
                                      now, published, caller.clientId, hash);
        tx.commit();
    }
    hub_.publish(published);
    return {created, true};
}

Deal CrmService::patch(const Caller& caller, qint64 dealId, const DealPatch& patch,
                       const QDateTime& now)
{
    QList<StoredEvent> published;
    Deal after;
    {
        Transaction tx(db_);
        const auto before = deal(caller.workspaceId, dealId);
        if (!before)
            failNotFound(u"deal"_s);
        if (const auto problem = validate(patch))
            throw ApiFailure(*problem);
        if (patch.stageId &&
            pipelineOfStage(db_, caller.workspaceId, *patch.stageId) != before->pipelineId)
            fail(ErrorCode::Unprocessable, u"not a stage of the deal's pipeline"_s, u"stage_id"_s);
        after = *before;
        if (patch.stageId)
            after.stageId = *patch.stageId;
        if (patch.name)
            after.name = *patch.name;
        if (patch.amountMinor)
            after.amountMinor = *patch.amountMinor;
        if (patch.currency)
            after.currency = *patch.currency;
        if (after == *before)
            return after;
        after.updatedAt = now;
        Query(db_, u"UPDATE deals SET stage_id = ?, name = ?, amount_minor = ?, currency = ?, "
                   "updated_at = ? WHERE id = ?"_s)
            .bind(after.stageId)
            .bind(after.name)
            .bind(after.amountMinor)
            .bind(after.currency)
            .bind(now)
            .bind(dealId)
            .exec();
        published.append(events_.append(caller.workspaceId, EventType::DealUpdated, after,
                                        caller.origin(), now));
        tx.commit();
    }
    hub_.publish(published);
    return after;
}

qint64 CrmService::createPipeline(qint64 workspaceId, const QString& name,
                                  const QStringList& stages, int position)
{
    Query q(db_, u"INSERT INTO pipelines (workspace_id, name, position) VALUES (?, ?, ?) "
                 "RETURNING id"_s);
    q.bind(workspaceId).bind(name).bind(position);
    const qint64 id = scalar(q);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        Query(db_, u"INSERT INTO stages (pipeline_id, name, position) VALUES (?, ?, ?)"_s)
            .bind(id)
            .bind(stages.at(i))
            .bind(static_cast<qint64>(i))
            .exec();
    }
    return id;
}

} // namespace baton::server
