#pragma once

#include "database.h"

#include <protocol/event.h>

#include <QJsonObject>

namespace baton::server {

// An event as written: its workspace, its seq and the parts of its wire
// form, the payload as the JSON text that was stored. The event object is
// built only when something sends it (no QJsonObject per event written).
struct StoredEvent {
    qint64 workspaceId = 0;
    qint64 seq = 0;
    QString type;
    QDateTime at;
    protocol::Origin origin;
    QByteArray data;

    QJsonObject json() const;
    // The stream frame {"event": ..., "type": "event"}, written directly.
    QByteArray frame() const;
};

// An event to append: its type and payload.
struct EventDraft {
    protocol::EventType type;
    protocol::EventPayload payload;
};

struct EventRange {
    QList<StoredEvent> events;
    qint64 head = 0;
    // True when events the caller asked for were pruned: it must resync.
    bool pruned = false;
};

// The per-workspace event log. append() must run inside the transaction of
// the change it describes: bumping workspaces.last_seq locks the workspace
// row, so seqs are gapless and in commit order even with several batond
// instances on one PostgreSQL database.
class EventStore {
public:
    explicit EventStore(Database& db)
        : db_(db)
    {}

    StoredEvent append(qint64 workspaceId, protocol::EventType type,
                       const protocol::EventPayload& payload, const protocol::Origin& origin,
                       const QDateTime& at);
    // Several events of one change in two statements (one seq bump, one
    // multi-row INSERT) instead of two per event; seqs follow the list's order.
    QList<StoredEvent> append(qint64 workspaceId, const QList<EventDraft>& drafts,
                              const protocol::Origin& origin, const QDateTime& at);
    qint64 head(qint64 workspaceId) const;
    // Events with seq in (after, head], at most `limit` of them, oldest first.
    EventRange after(qint64 workspaceId, qint64 afterSeq, int limit) const;
    // Deletes events older than `before`, remembering how far it went.
    void prune(const QDateTime& before);

private:
    Database& db_;
};

} // namespace baton::server
