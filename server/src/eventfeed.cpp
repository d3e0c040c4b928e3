#include "database.h"
#include "eventfeed.h"
#include "eventhub.h"
#include "eventstore.h"
#include "logging.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace baton::server {
namespace {

// Events read per query while catching up.
constexpr int kBatch = 500;
// How far back revocations are looked at again: a logout's transaction may
// commit after a later one's, and instances' clocks differ a little.
constexpr qint64 kRevocationSlackMs = 60'000;

} // namespace

EventFeed::EventFeed(Database& db, EventStore& events, EventHub& hub,
                     std::optional<PgSettings> listen, int catchUpMs, QObject* parent)
    : QObject(parent)
    , db_(db)
    , events_(events)
    , hub_(hub)
    , listenSettings_(std::move(listen))
{
    tick_.setInterval(catchUpMs);
    connect(&tick_, &QTimer::timeout, this, &EventFeed::onTick);
    flush_.setSingleShot(true);
    flush_.setInterval(0);
    connect(&flush_, &QTimer::timeout, this, &EventFeed::flushPending);
    connect(&hub_, &EventHub::published, this, &EventFeed::onPublished);
}

EventFeed::~EventFeed()
{
    closeListener();
}

void EventFeed::start()
{
    // Subscribe before reading the heads: whatever commits in between is
    // then either below a head or announced.
    if (listenSettings_)
        openListener();
    try {
        Query q(db_, u"SELECT id, last_seq FROM workspaces"_s);
        q.exec();
        while (q.next())
            delivered_.insert(q.integer(0), q.integer(1));
        Query revoked(db_, u"SELECT MAX(revoked_at) FROM tokens"_s);
        revoked.exec();
        if (revoked.next())
            revokedWatermark_ = revoked.integer(0);
    } catch (const DbError& e) {
        qCWarning(lcStream) << "reading the event heads failed:" << e.what();
    }
    tick_.start();
}

void EventFeed::onPublished(const StoredEvent& event)
{
    qint64& cursor = delivered_[event.workspaceId];
    cursor = std::max(cursor, event.seq);
}

void EventFeed::onNotification(const QString& name, QSqlDriver::NotificationSource,
                               const QVariant& payload)
{
    if (name != QLatin1String(kChannel))
        return;
    // "workspace:seq"; anything else just means "look everywhere".
    const QStringList parts = payload.toString().split(u':');
    bool wsOk = false;
    bool seqOk = false;
    const qint64 workspaceId = parts.value(0).toLongLong(&wsOk);
    const qint64 seq = parts.value(1).toLongLong(&seqOk);
    if (!wsOk || !seqOk) {
        pending_.insert(0);
    } else {
        if (seq <= delivered_.value(workspaceId, 0))
            return; // ours, or already read
        pending_.insert(workspaceId);
    }
    // A burst of notifications becomes one read per workspace.
    if (!flush_.isActive())
        flush_.start();
}

void EventFeed::flushPending()
{
    const QSet<qint64> workspaces = std::exchange(pending_, {});
    if (workspaces.contains(0)) {
        catchUpAll();
        return;
    }
    for (const qint64 workspaceId : workspaces) {
        try {
            catchUp(workspaceId, events_.head(workspaceId));
        } catch (const DbError& e) {
            // The next tick tries again.
            qCWarning(lcStream) << "reading events of workspace" << workspaceId
                                << "failed:" << e.what();
        }
    }
}

void EventFeed::onTick()
{
    if (listenSettings_ && !listenerAlive()) {
        qCWarning(lcStream) << "the LISTEN connection is gone; reconnecting";
        closeListener();
        // Subscribed again before the catch-up below, so nothing falls in between.
        openListener();
    }
    catchUpAll();
    closeRevokedStreams();
}

void EventFeed::catchUpAll()
{
    try {
        QList<std::pair<qint64, qint64>> heads;
        Query q(db_, u"SELECT id, last_seq FROM workspaces"_s);
        q.exec();
        while (q.next())
            heads.append({q.integer(0), q.integer(1)});
        for (const auto& [workspaceId, head] : heads)
            catchUp(workspaceId, head);
    } catch (const DbError& e) {
        qCWarning(lcStream) << "catching up on events failed:" << e.what();
    }
}

void EventFeed::catchUp(qint64 workspaceId, qint64 head)
{
    // A workspace created after start() (by any instance) begins at 0.
    while (delivered_.value(workspaceId, 0) < head) {
        const qint64 cursor = delivered_.value(workspaceId, 0);
        const EventRange range = events_.after(workspaceId, cursor, kBatch);
        if (range.pruned || range.events.isEmpty()) {
            // Gone from the log: streams that need them resync when they
            // see the next event's gap.
            delivered_.insert(workspaceId, std::max(cursor, range.head));
            return;
        }
        for (const StoredEvent& event : range.events)
            hub_.publish(event);
        // onPublished moved it already; this only guards the loop.
        delivered_.insert(workspaceId,
                          std::max(delivered_.value(workspaceId, 0), range.events.constLast().seq));
    }
}

void EventFeed::closeRevokedStreams()
{
    try {
        Query q(db_, u"SELECT token_hash, revoked_at FROM tokens WHERE revoked_at >= ?"_s);
        q.bind(revokedWatermark_ - kRevocationSlackMs).exec();
        while (q.next()) {
            const QString digest = q.text(0);
            const qint64 at = q.integer(1);
            revokedWatermark_ = std::max(revokedWatermark_, at);
            if (revoked_.contains(digest))
                continue;
            revoked_.insert(digest, at);
            // Harmless for tokens this instance revoked itself: their streams
            // are closed already.
            hub_.revokeToken(digest);
        }
        for (auto it = revoked_.begin(); it != revoked_.end();) {
            if (it.value() < revokedWatermark_ - kRevocationSlackMs)
                it = revoked_.erase(it);
            else
                ++it;
        }
    } catch (const DbError& e) {
        qCWarning(lcStream) << "reading revoked tokens failed:" << e.what();
    }
}

bool EventFeed::openListener()
{
    PgSettings settings = *listenSettings_;
    // Operators (and the tests) find this connection in pg_stat_activity.
    const QString appName =
        u"application_name=batond-listen-%1"_s.arg(QCoreApplication::applicationPid());
    settings.connectOptions =
        settings.connectOptions.isEmpty() ? appName : settings.connectOptions + u';' + appName;
    listener_ = std::make_unique<Database>();
    QString error;
    if (!listener_->openPostgres(settings, &error)) {
        qCWarning(lcStream) << "cannot open the LISTEN connection:" << error;
        listener_.reset();
        return false;
    }
    QSqlDriver* driver = listener_->connection().driver();
    if (!driver->subscribeToNotification(QLatin1String(kChannel))) {
        qCWarning(lcStream) << "cannot LISTEN on" << kChannel;
        closeListener();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &EventFeed::onNotification);
    qCInfo(lcStream) << "listening for events of other instances";
    return true;
}

bool EventFeed::listenerAlive()
{
    if (!listener_)
        return false;
    // A backend killed on the server leaves the client side looking open
    // until it is used.
    QSqlQuery probe(listener_->connection());
    return probe.exec(u"SELECT 1"_s);
}

void EventFeed::closeListener()
{
    if (!listener_)
        return;
    if (QSqlDriver* driver = listener_->connection().driver())
        disconnect(driver, nullptr, this, nullptr);
    listener_.reset();
}

} // namespace baton::server
