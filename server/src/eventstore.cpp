#include "eventstore.h"
#include "sqlquery.h"

#include <protocol/eventwriter.h>

#include <QJsonDocument>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

QJsonObject StoredEvent::json() const
{
    return QJsonDocument::fromJson(eventBytes(seq, type, at, origin, data)).object();
}

QByteArray StoredEvent::frame() const
{
    return eventFrameBytes(seq, type, at, origin, data);
}

StoredEvent EventStore::append(qint64 workspaceId, EventType type, const EventPayload& payload,
                               const Origin& origin, const QDateTime& at)
{
    Query bump(db_,
               u"UPDATE workspaces SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq"_s);
    bump.bind(workspaceId);
    const qint64 seq = scalar(bump);
    QByteArray data = payloadJsonBytes(payload);
    Query(db_,
          u"INSERT INTO events (workspace_id, seq, type, at, origin_agent_id, origin_client_id, "
          "data) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(workspaceId)
        .bind(seq)
        .bind(enumName(type))
        .bind(at)
        .bind(origin.agentId)
        .bind(origin.clientId)
        .bind(QString::fromUtf8(data))
        .exec();
    return {workspaceId, seq, enumName(type), at, origin, std::move(data)};
}

QList<StoredEvent> EventStore::append(qint64 workspaceId, const QList<EventDraft>& drafts,
                                      const Origin& origin, const QDateTime& at)
{
    QList<StoredEvent> out;
    if (drafts.isEmpty())
        return out;
    // Rows per INSERT: well under SQLite's bound-variable limit, and few
    // distinct statement texts for the statement cache.
    constexpr qsizetype kRowsPerInsert = 16;
    const qint64 count = drafts.size();
    Query bump(db_, u"UPDATE workspaces SET last_seq = last_seq + ? WHERE id = ? "
                    "RETURNING last_seq"_s);
    bump.bind(count).bind(workspaceId);
    const qint64 first = scalar(bump) - count + 1;
    out.reserve(drafts.size());
    for (qsizetype start = 0; start < drafts.size(); start += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, drafts.size() - start);
        QString sql = u"INSERT INTO events (workspace_id, seq, type, at, origin_agent_id, "
                      "origin_client_id, data) VALUES "_s;
        for (qsizetype i = 0; i < rows; ++i)
            sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?, ?, ?)"_s;
        Query insert(db_, sql);
        for (qsizetype i = start; i < start + rows; ++i) {
            const EventDraft& d = drafts.at(i);
            const qint64 seq = first + i;
            QByteArray data = payloadJsonBytes(d.payload);
            insert.bind(workspaceId)
                .bind(seq)
                .bind(enumName(d.type))
                .bind(at)
                .bind(origin.agentId)
                .bind(origin.clientId)
                .bind(QString::fromUtf8(data));
            out.append({workspaceId, seq, enumName(d.type), at, origin, std::move(data)});
        }
        insert.exec();
    }
    return out;
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
        // Put in as stored (valid JSON; PostgreSQL's jsonb text has its own
        // spacing and key order, which changes nothing a client reads).
        out.events.append({workspaceId, q.integer(0), q.text(1), q.time(2),
                           Origin{q.optInteger(3), q.text(4)}, q.text(5).toUtf8()});
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
