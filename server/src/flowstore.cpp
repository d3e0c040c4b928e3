#include "flowstore.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList parseList(const QString& text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : array)
        out.append(v.toString());
    return out;
}

const QString kFlowColumns = u"id, bot_id, name, triggers"_s;

} // namespace

// Case-folded words: runs of letters, digits and marks.
QStringList triggerWords(const QString& text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current.toCaseFolded());
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current.toCaseFolded());
    return out;
}

bool wordsMatch(const QStringList& want, const QStringList& have)
{
    if (want.isEmpty() || want.size() > have.size())
        return false;
    for (qsizetype i = 0; i + want.size() <= have.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < want.size() && all; ++j)
            all = have.at(i + j) == want.at(j);
        if (all)
            return true;
    }
    return false;
}

bool triggerMatches(const QString& trigger, const QString& text)
{
    return wordsMatch(triggerWords(trigger), triggerWords(text));
}

QString stepMessageText(const FlowStep& step)
{
    if (step.type != FlowStepType::Buttons || step.buttons.isEmpty())
        return step.text;
    QStringList captions;
    for (const QString& b : step.buttons)
        captions.append(u'[' + b + u']');
    return step.text + u'\n' + captions.join(u' ');
}

qint64 FlowStore::create(qint64 workspaceId, const Flow& flow, const QDateTime& now,
                         const std::optional<FlowPurchase>& purchase)
{
    Query q(db_, u"INSERT INTO flows (workspace_id, bot_id, name, triggers, created_at, "
                 "purchase_pipeline_id, purchase_stage_id, purchase_name, purchase_amount_minor, "
                 "purchase_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(workspaceId)
        .bind(flow.botId)
        .bind(flow.name)
        .bind(jsonList(flow.triggers))
        .bind(now)
        .bind(purchase ? std::optional(purchase->pipelineId) : std::nullopt)
        .bind(purchase ? std::optional(purchase->stageId) : std::nullopt)
        .bind(purchase ? std::optional(purchase->name) : std::nullopt)
        .bind(purchase ? std::optional(purchase->amountMinor) : std::nullopt)
        .bind(purchase ? std::optional(purchase->currency) : std::nullopt);
    const qint64 id = scalar(q);
    for (qsizetype i = 0; i < flow.steps.size(); ++i) {
        const FlowStep& s = flow.steps.at(i);
        Query(db_, u"INSERT INTO flow_steps (flow_id, position, type, text, buttons, "
                   "wait_seconds) VALUES (?, ?, ?, ?, ?, ?)"_s)
            .bind(id)
            .bind(static_cast<qint64>(i))
            .bind(enumName(s.type))
            .bind(s.text)
            .bind(jsonList(s.buttons))
            .bind(s.waitSeconds)
            .exec();
    }
    return id;
}

QList<FlowStep> FlowStore::steps(qint64 flowId) const
{
    Query q(db_, u"SELECT type, text, buttons, wait_seconds FROM flow_steps WHERE flow_id = ? "
                 "ORDER BY position"_s);
    q.bind(flowId).exec();
    QList<FlowStep> out;
    while (q.next()) {
        FlowStep s;
        s.type = enumFromString<FlowStepType>(q.text(0)).value_or(FlowStepType::Text);
        s.text = q.text(1);
        s.buttons = parseList(q.text(2));
        s.waitSeconds = q.integer(3);
        out.append(s);
    }
    return out;
}

namespace {

QList<Flow> readFlows(Query& q)
{
    QList<Flow> out;
    while (q.next()) {
        Flow f;
        f.id = q.integer(0);
        f.botId = q.integer(1);
        f.name = q.text(2);
        f.triggers = parseList(q.text(3));
        out.append(f);
    }
    return out;
}

} // namespace

std::optional<Flow> FlowStore::flow(qint64 workspaceId, qint64 flowId) const
{
    Query q(db_, u"SELECT "_s + kFlowColumns + u" FROM flows WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(flowId).exec();
    QList<Flow> flows = readFlows(q);
    if (flows.isEmpty())
        return std::nullopt;
    flows[0].steps = steps(flowId);
    return flows.constFirst();
}

QList<Flow> FlowStore::list(qint64 workspaceId, const QString& search,
                            std::optional<qint64> botId) const
{
    QString sql = u"SELECT "_s + kFlowColumns + u" FROM flows WHERE workspace_id = ?"_s;
    if (botId)
        sql += u" AND bot_id = ?"_s;
    sql += u" ORDER BY name, id"_s;
    Query q(db_, sql);
    q.bind(workspaceId);
    if (botId)
        q.bind(*botId);
    q.exec();
    // Names are few per workspace: filter with Unicode case folding here
    // rather than with a dialect's LIKE rules.
    const QString needle = search.trimmed().toCaseFolded();
    QList<Flow> out;
    for (Flow& f : readFlows(q)) {
        if (!needle.isEmpty() && !f.name.toCaseFolded().contains(needle))
            continue;
        f.steps = steps(f.id);
        out.append(f);
        if (out.size() >= kMaxListed)
            break;
    }
    return out;
}

QList<BotFlow> FlowStore::flowsOfBot(qint64 workspaceId, qint64 botId) const
{
    // Built once: every inbound message tries its bot's flows.
    static const QString sql = u"SELECT "_s + kFlowColumns +
                               u", purchase_pipeline_id, purchase_stage_id, purchase_name, "
                               "purchase_amount_minor, purchase_currency FROM flows "
                               "WHERE bot_id = ? AND workspace_id = ? ORDER BY id"_s;
    Query q(db_, sql);
    q.bind(botId).bind(workspaceId).exec();
    QList<BotFlow> out;
    while (q.next()) {
        BotFlow b;
        b.flow.id = q.integer(0);
        b.flow.botId = q.integer(1);
        b.flow.name = q.text(2);
        b.flow.triggers = triggersOf(q.text(3));
        // The rule of purchase(): a pipeline and a stage make a purchase.
        if (!q.isNull(4) && !q.isNull(5))
            b.purchase =
                FlowPurchase{q.integer(4), q.integer(5), q.text(6), q.integer(7), q.text(8)};
        out.append(b);
    }
    return out;
}

QStringList FlowStore::triggersOf(const QString& stored) const
{
    // Bounded: a workspace has few distinct trigger lists.
    constexpr qsizetype kMaxParsed = 4096;
    if (const auto found = parsedTriggers_.constFind(stored); found != parsedTriggers_.constEnd())
        return *found;
    if (parsedTriggers_.size() >= kMaxParsed)
        parsedTriggers_.clear();
    return *parsedTriggers_.insert(stored, parseList(stored));
}

std::optional<FlowPurchase> FlowStore::purchase(qint64 flowId) const
{
    Query q(db_, u"SELECT purchase_pipeline_id, purchase_stage_id, purchase_name, "
                 "purchase_amount_minor, purchase_currency FROM flows WHERE id = ?"_s);
    q.bind(flowId).exec();
    if (!q.next() || q.isNull(0) || q.isNull(1))
        return std::nullopt;
    return FlowPurchase{q.integer(0), q.integer(1), q.text(2), q.integer(3), q.text(4)};
}

std::optional<FlowRun> FlowStore::run(qint64 subscriberId) const
{
    Query q(db_, u"SELECT flow_id, next_position, resume_at, started_at, started_by "
                 "FROM subscriber_flow_runs WHERE subscriber_id = ?"_s);
    q.bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    return FlowRun{subscriberId, q.integer(0), static_cast<int>(q.integer(1)),
                   q.optTime(2), q.time(3),    q.optInteger(4)};
}

void FlowStore::saveRun(const FlowRun& run)
{
    // Delete and insert: one statement shape for both dialects.
    deleteRun(run.subscriberId);
    insertRun(run);
}

void FlowStore::insertRun(const FlowRun& run)
{
    Query(db_, u"INSERT INTO subscriber_flow_runs (subscriber_id, flow_id, next_position, "
               "resume_at, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(run.subscriberId)
        .bind(run.flowId)
        .bind(run.nextPosition)
        .bind(run.resumeAt)
        .bind(run.startedAt)
        .bind(run.startedBy)
        .exec();
}

bool FlowStore::deleteRun(qint64 subscriberId)
{
    Query q(db_, u"DELETE FROM subscriber_flow_runs WHERE subscriber_id = ?"_s);
    q.bind(subscriberId).exec();
    return q.rowsAffected() > 0;
}

bool FlowStore::claimRun(qint64 subscriberId, const QDateTime& resumeAt, int position)
{
    Query q(db_, u"UPDATE subscriber_flow_runs SET resume_at = NULL WHERE subscriber_id = ? "
                 "AND resume_at = ? AND next_position = ?"_s);
    q.bind(subscriberId).bind(resumeAt).bind(position).exec();
    return q.rowsAffected() == 1;
}

QList<DueRun> FlowStore::dueRuns(const QDateTime& now, int limit) const
{
    Query q(db_, u"SELECT s.workspace_id, r.subscriber_id, r.resume_at, r.next_position "
                 "FROM subscriber_flow_runs r JOIN subscribers s ON s.id = r.subscriber_id "
                 "WHERE r.resume_at IS NOT NULL AND r.resume_at <= ? "
                 "ORDER BY r.resume_at, r.subscriber_id LIMIT ?"_s);
    q.bind(now).bind(limit).exec();
    QList<DueRun> out;
    while (q.next())
        out.append({q.integer(0), q.integer(1), q.time(2), static_cast<int>(q.integer(3))});
    return out;
}

std::optional<QDateTime> FlowStore::nextResume() const
{
    Query q(db_, u"SELECT MIN(resume_at) FROM subscriber_flow_runs WHERE resume_at IS NOT NULL"_s);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return q.optTime(0);
}

std::optional<ActiveFlow> FlowStore::activeFlow(qint64 subscriberId) const
{
    Query q(db_, u"SELECT r.flow_id, f.name, r.next_position FROM subscriber_flow_runs r "
                 "JOIN flows f ON f.id = r.flow_id WHERE r.subscriber_id = ?"_s);
    q.bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    return activeFlow(q.integer(0), q.text(1), q.integer(2));
}

ActiveFlow FlowStore::activeFlow(qint64 flowId, const QString& name, qint64 position) const
{
    ActiveFlow out;
    out.flowId = flowId;
    out.name = name;
    Query rest(db_, u"SELECT type, text, buttons FROM flow_steps WHERE flow_id = ? AND "
                    "position >= ? ORDER BY position"_s);
    rest.bind(out.flowId).bind(position).exec();
    while (rest.next()) {
        FlowStep step;
        step.type = enumFromString<FlowStepType>(rest.text(0)).value_or(FlowStepType::Text);
        step.text = rest.text(1);
        step.buttons = parseList(rest.text(2));
        if (step.type == FlowStepType::Text || step.type == FlowStepType::Buttons)
            out.queued.append(stepMessageText(step));
    }
    return out;
}

} // namespace baton::server
