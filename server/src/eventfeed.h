#pragma once

#include "dburl.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

#include <memory>
#include <optional>

namespace baton::server {

class Database;
class EventHub;
class EventStore;
struct StoredEvent;

// Brings the events other batond instances on the same database commit to
// this instance's streams. The events table is the truth: a wake-up (a
// PostgreSQL notification, or the periodic catch-up) reads the events after
// the last seq this instance handed to its EventHub, per workspace, and
// publishes them. Events this instance wrote itself are published by their
// service and only move the cursor, so nothing goes out twice.
//
// PostgreSQL: a dedicated connection LISTENs on kChannel (a trigger on
// `events` notifies at commit, migration 005). A lost notification or a
// dropped connection costs latency, never data: the catch-up timer reads
// the log anyway, and the listener is checked on every tick and reopened.
// SQLite (several processes on one file): the catch-up timer alone.
// The same tick closes this instance's streams whose token another instance
// revoked (logout).
class EventFeed : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "baton_events";

    // `listen`: the settings for the LISTEN connection, nullopt on SQLite.
    EventFeed(Database& db, EventStore& events, EventHub& hub, std::optional<PgSettings> listen,
              int catchUpMs, QObject* parent = nullptr);
    ~EventFeed() override;

    // Starts at the current heads (streams read older events themselves),
    // opens the listener and arms the catch-up timer.
    void start();
    // Reads every workspace's head and publishes what this instance has not
    // seen yet.
    void catchUpAll();

private:
    void onPublished(const StoredEvent& event);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void onTick();
    void flushPending();
    void catchUp(qint64 workspaceId, qint64 head);
    void closeRevokedStreams();
    bool openListener();
    bool listenerAlive();
    void closeListener();

    Database& db_;
    EventStore& events_;
    EventHub& hub_;
    std::optional<PgSettings> listenSettings_;
    std::unique_ptr<Database> listener_;
    // Per workspace: the highest seq this instance's hub has seen.
    QHash<qint64, qint64> delivered_;
    // Workspaces named by notifications, read on the next turn of the loop.
    QSet<qint64> pending_;
    // Tokens revoked (logout) on any instance, already passed to the hub,
    // with their revoked_at; kept for a while because a revocation can
    // commit a little after its timestamp.
    QHash<QString, qint64> revoked_;
    qint64 revokedWatermark_ = 0;
    QTimer tick_;
    QTimer flush_;
};

} // namespace baton::server
