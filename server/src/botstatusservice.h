#pragma once

#include "caller.h"
#include "eventstore.h"

#include <protocol/botstatus.h>
#include <protocol/event.h>
#include <protocol/requests.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace baton::server {

class ChatStore;
class Database;
class EventHub;
class MessageStore;

// What the bot may do for a subscriber right now. A snooze without a wake
// time behaves exactly like inactive; a status whose wake time has passed
// (the wake-up not yet applied) is already active.
protocol::BotState effectiveState(const protocol::BotStatus& status, const QDateTime& now);
// The start of the message-limit count: max(now - 24 h, `limitSince`, the
// last time an agent turned the bot back on; subscribers.bot_limit_since).
QDateTime messageLimitStart(const std::optional<QDateTime>& limitSince, const QDateTime& now);
// The English fallback text of a bot-status line in the history.
QString botStatusLineText(const protocol::BotStatus& status);

// The bot status as stored with its subscriber and chat, read inside or
// outside a transaction.
struct BotStatusRow {
    qint64 workspaceId = 0;
    qint64 subscriberId = 0;
    qint64 chatId = 0;
    protocol::BotStatus status;
};

// What a change sets; the service adds version, changed_at and the history line.
struct BotStatusUpdate {
    protocol::BotState state = protocol::BotState::Active;
    std::optional<QDateTime> until; // always cleared for active
    protocol::BotStatusReason reason = protocol::BotStatusReason::Agent;
    protocol::Actor actor; // {System, nullopt} for the server's own changes
};

// The bot-status state machine (docs/protocol.md section 6): the ONE place
// that changes a subscriber's bot status. Every change bumps the version,
// records reason, actor and time, adds a bot-status line (kind bot_status,
// source system) to the chat and writes message.created (the line) then
// bot_status.changed, all in the caller's transaction. Wake-ups are kept in
// the database (subscribers.bot_until) and applied by a timer, and at start
// for those that passed while the server was down.
class BotStatusService : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    BotStatusService(Database& db, ChatStore& chats, MessageStore& messages, EventStore& events,
                     EventHub& hub, Clock clock, QObject* parent = nullptr);
    ~BotStatusService() override;

    // ---- for other services (e.g. the bot engine), inside their transaction ----

    // The subscriber's status and chat, or nullopt if there is no such
    // subscriber in the workspace. On PostgreSQL the row is locked FOR
    // UPDATE, so a read followed by change() in one transaction is atomic.
    std::optional<BotStatusRow> row(qint64 workspaceId, qint64 subscriberId) const;
    std::optional<BotStatusRow> rowForUpdate(qint64 workspaceId, qint64 subscriberId) const;

    // Whether the bot may send automatic messages (trigger answers,
    // campaigns) to this subscriber now: effectiveState() is active. Says
    // nothing about `disabled` subscribers: check the subscription status too.
    bool botMaySend(qint64 workspaceId, qint64 subscriberId, const QDateTime& now) const;

    // The start of the message-limit count: max(now - 24 h, the last time an
    // agent turned the bot back on by PUT active or continue).
    QDateTime messageLimitSince(qint64 subscriberId, const QDateTime& now) const;

    // MUST run inside an open Transaction. Applies `update` unconditionally
    // (the caller decided): version + 1, the history line, and the events
    // message.created (line) + bot_status.changed appended to `published`,
    // which the caller hands to EventHub::publish after its commit. `origin`
    // is {} for system changes. Returns the new status. Throws ApiFailure
    // 404 if there is no such subscriber in the workspace.
    // Example (message limit): change(ws, sub, {BotState::Inactive, {},
    //   BotStatusReason::MessageLimit, {ActorType::System, {}}}, {}, now, published);
    protocol::BotStatus change(qint64 workspaceId, qint64 subscriberId,
                               const BotStatusUpdate& update, const protocol::Origin& origin,
                               const QDateTime& now, QList<StoredEvent>& published);

    // MUST run inside an open Transaction: the snooze after an agent's
    // manual message at `now` (60 min, never shortening a longer snooze,
    // never waking an inactive bot). Returns the new status if it changed.
    std::optional<protocol::BotStatus> manualMessageSnooze(const Caller& caller,
                                                           qint64 subscriberId,
                                                           const QDateTime& now,
                                                           QList<StoredEvent>& published);

    // ---- the REST endpoints (each its own transaction; publishes) ----

    protocol::BotStatus get(const Caller& caller, qint64 subscriberId) const;
    protocol::BotStatus put(const Caller& caller, qint64 subscriberId,
                            const protocol::BotStatusRequest& request, const QDateTime& now);
    protocol::BotStatus extend(const Caller& caller, qint64 subscriberId, qint64 minutes,
                               const QDateTime& now);
    protocol::BotStatus continueBot(const Caller& caller, qint64 subscriberId,
                                    const QDateTime& now);
    QList<protocol::BulkResult>
    bulk(const Caller& caller, const protocol::BulkBotStatusRequest& request, const QDateTime& now);

    // ---- wake-ups ----

    // Applies every wake-up due at now (each its own change, reason
    // wake_up, actor system) and schedules the next one. main() calls it
    // before serving requests.
    int applyDueWakeUps();
    // Arms the timer for the earliest stored wake time (at most a minute
    // ahead, so wake times set by other instances are seen too).
    void scheduleNext();

private:
    void considerWake(const std::optional<QDateTime>& until);

    Database& db_;
    ChatStore& chats_;
    MessageStore& messages_;
    EventStore& events_;
    EventHub& hub_;
    Clock clock_;
    QTimer timer_;
    std::optional<QDateTime> armedFor_;
};

} // namespace baton::server
