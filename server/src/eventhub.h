#pragma once

#include "eventstore.h"

#include <QJsonDocument>
#include <QObject>

namespace baton::server {

// Hands committed events to the open streams of this process. Services
// publish only after their transaction commits, so a stream never sends an
// event that could still roll back.
class EventHub : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void publish(const StoredEvent& event) { Q_EMIT published(event); }
    void publish(const QList<StoredEvent>& events)
    {
        for (const StoredEvent& event : events)
            Q_EMIT published(event);
    }
    // The event's stream frame, encoded once for every stream it goes to:
    // the hub hands one event to all streams in turn, and encoding it per
    // stream made the fan-out to 500 sockets the largest cost of a send
    // (docs/performance.md). An event's (workspace, seq) never changes
    // content, so the last one encoded is all that is kept.
    QString frameText(const StoredEvent& event)
    {
        if (event.workspaceId != framedWorkspace_ || event.seq != framedSeq_) {
            framed_ = QString::fromUtf8(event.frame());
            framedWorkspace_ = event.workspaceId;
            framedSeq_ = event.seq;
        }
        return framed_;
    }
    // A token stopped being valid (logout): streams opened with it close.
    void revokeToken(const QString& digest) { Q_EMIT tokenRevoked(digest); }

Q_SIGNALS:
    void published(const baton::server::StoredEvent& event);
    void tokenRevoked(const QString& digest);

private:
    QString framed_;
    qint64 framedWorkspace_ = -1;
    qint64 framedSeq_ = -1;
};

} // namespace baton::server
