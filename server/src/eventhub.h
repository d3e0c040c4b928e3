#pragma once

#include "eventstore.h"

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
    // A token stopped being valid (logout): streams opened with it close.
    void revokeToken(const QString& digest) { Q_EMIT tokenRevoked(digest); }

Q_SIGNALS:
    void published(const baton::server::StoredEvent& event);
    void tokenRevoked(const QString& digest);
};

} // namespace baton::server
