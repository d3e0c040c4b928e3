#include "eventstore.h"
#include "sqlquery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

StoredEvent EventStore::append(qint64 workspaceId, EventType type, const EventPayload& payload,
                               const Origin& origin, const QDateTime& at)
{
    Query bump(db_,
               u"UPDATE workspaces SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq"_s);
    bump.bind(workspaceId);
    const qint64 seq = scalar(bump);
    const QJsonObject data = payloadToJson(payload);
    Query(db_,
          u"INSERT INTO events (workspace_id, seq, type, at, origin_agent_id, origin_client_id, "
          "data) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(workspaceId)
        .bind(seq)
        .bind(enumName(type))
        .bind(at)
        .bind(origin.agentId)
        .bind(origin.clientId)
        .bind(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
        .exec();
    return {workspaceId, seq, eventJson(seq, enumName(type), at, origin, data)};
}

qint64 EventStore::head(qint64 workspaceId) const
{
    Query q(db_, u"SELECT last_seq FROM workspaces WHERE id = ?"_s);
    q.bind(workspaceId);
    return scalar(q);
}

EventRange EventStore::after(qint64 workspaceId, qint64 afterSeq, int limit) const
{
    EventRange out;
    Query ws(db_, u"SELECT last_seq, pruned_seq FROM workspaces WHERE id = ?"_s);
    ws.bind(workspaceId).exec();
    if (!ws.next())
        return out;
    out.head = ws.integer(0);
    if (afterSeq < ws.integer(1)) {
        out.pruned = true;
        return out;
    }
    Query q(db_, u"SELECT seq, type, at, origin_agent_id, origin_client_id, data FROM events "
                 "WHERE workspace_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s);
    q.bind(workspaceId).bind(afterSeq).bind(out.head).bind(limit).exec();
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
        const Origin origin{q.optInteger(3), q.text(4)};
        out.events.append({workspaceId, q.integer(0),
                           eventJson(q.integer(0), q.text(1), q.time(2), origin, data)});
    }
    return out;
}

void EventStore::prune(const QDateTime& before)
{
    Transaction tx(db_);
    // Record the newest pruned seq first so a reader never sees a hole
    // without also seeing that it must resync.
    Query(db_, u"UPDATE workspaces SET pruned_seq = COALESCE((SELECT MAX(seq) FROM events e "
               "WHERE e.workspace_id = workspaces.id AND e.at < ?), pruned_seq)"_s)
        .bind(before)
        .exec();
    Query(db_, u"DELETE FROM events WHERE at < ?"_s).bind(before).exec();
    tx.commit();
}

} // namespace baton::server
