#include "apiutil.h"
#include "botstatusservice.h"
#include "chatstore.h"
#include "database.h"
#include "eventhub.h"
#include "logging.h"
#include "messagestore.h"
#include "rowreaders.h"
#include "sqlquery.h"

#include <protocol/json.h>
#include <protocol/limits.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

// The timer never sleeps longer than this, so wake times written by other
// instances on the same PostgreSQL database are picked up too.
constexpr qint64 kMaxTimerMs = 60'000;
// Wake-ups applied per query while catching up.
constexpr int kWakeBatch = 200;

const QString kRowSelect =
    u"SELECT s.workspace_id, s.id, c.id, s.bot_state, s.bot_until, s.bot_reason, "
    "s.bot_actor_type, s.bot_actor_agent_id, s.bot_changed_at, s.bot_version "
    "FROM subscribers s JOIN chats c ON c.subscriber_id = s.id "
    "WHERE s.workspace_id = ? AND s.id = ?"_s;

bool sameTarget(const BotStatus& current, BotState state, const std::optional<QDateTime>& until)
{
    const std::optional<QDateTime> wanted = state == BotState::Active ? std::nullopt : until;
    return current.state == state && current.until == wanted;
}

[[noreturn]] void failSubscriberNotFound()
{
    failNotFound(u"subscriber"_s);
}

} // namespace

BotState effectiveState(const BotStatus& status, const QDateTime& now)
{
    if (status.state == BotState::Active)
        return BotState::Active;
    if (status.until && *status.until <= now)
        return BotState::Active; // due; the wake-up is on its way
    // Snoozed without a wake time is inactive in all but name.
    if (!status.until)
        return BotState::Inactive;
    return status.state;
}

QString botStatusLineText(const BotStatus& status)
{
    QString text;
    switch (status.state) {
    case BotState::Active:
        text = u"Bot active"_s;
        break;
    case BotState::Snoozed:
        text = u"Bot snoozed"_s;
        break;
    case BotState::Inactive:
        text = u"Bot inactive"_s;
        break;
    }
    if (status.until)
        text += u" until "_s + formatTime(*status.until);
    QString reason = enumName(status.reason);
    reason.replace(u'_', u' ');
    return text + u" ("_s + reason + u')';
}

BotStatusService::BotStatusService(Database& db, ChatStore& chats, MessageStore& messages,
                                   EventStore& events, EventHub& hub, Clock clock, QObject* parent)
    : QObject(parent)
    , db_(db)
    , chats_(chats)
    , messages_(messages)
    , events_(events)
    , hub_(hub)
    , clock_(std::move(clock))
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, [this] {
        armedFor_.reset();
        applyDueWakeUps();
    });
}

BotStatusService::~BotStatusService() = default;

std::optional<BotStatusRow> BotStatusService::row(qint64 workspaceId, qint64 subscriberId) const
{
    Query q(db_, kRowSelect);
    q.bind(workspaceId).bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    BotStatusRow out;
    out.workspaceId = q.integer(0);
    out.subscriberId = q.integer(1);
    out.chatId = q.integer(2);
    out.status = botStatusAt(q, 3);
    return out;
}

std::optional<BotStatusRow> BotStatusService::rowForUpdate(qint64 workspaceId,
                                                           qint64 subscriberId) const
{
    if (db_.dialect() == Dialect::Postgresql) {
        // Lock the subscriber row: the read and the change that follows are
        // one step for every other writer (several instances included).
        Query(db_, u"SELECT id FROM subscribers WHERE workspace_id = ? AND id = ? FOR UPDATE"_s)
            .bind(workspaceId)
            .bind(subscriberId)
            .exec();
    }
    // SQLite: BEGIN IMMEDIATE already holds the database's write lock.
    return row(workspaceId, subscriberId);
}

bool BotStatusService::botMaySend(qint64 workspaceId, qint64 subscriberId,
                                  const QDateTime& now) const
{
    const auto current = row(workspaceId, subscriberId);
    return current && effectiveState(current->status, now) == BotState::Active;
}

QDateTime messageLimitStart(const std::optional<QDateTime>& limitSince, const QDateTime& now)
{
    const QDateTime windowStart =
        now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(kMessageLimitWindow).count());
    return limitSince ? std::max(windowStart, *limitSince) : windowStart;
}

QDateTime BotStatusService::messageLimitSince(qint64 subscriberId, const QDateTime& now) const
{
    Query q(db_, u"SELECT bot_limit_since FROM subscribers WHERE id = ?"_s);
    q.bind(subscriberId).exec();
    return messageLimitStart(q.next() ? q.optTime(0) : std::nullopt, now);
}

BotStatus BotStatusService::change(qint64 workspaceId, qint64 subscriberId,
                                   const BotStatusUpdate& update, const Origin& origin,
                                   const QDateTime& now, QList<StoredEvent>& published)
{
    const auto current = rowForUpdate(workspaceId, subscriberId);
    if (!current)
        failSubscriberNotFound();

    BotStatus next;
    next.state = update.state;
    next.until = update.state == BotState::Active ? std::nullopt : update.until;
    next.reason = update.reason;
    next.actor = update.actor;
    if (next.actor.type == ActorType::System)
        next.actor.agentId.reset();
    next.changedAt = now;
    next.version = current->status.version + 1;

    // An agent turning the bot back on restarts the message-limit count.
    const bool restartsLimit =
        next.state == BotState::Active &&
        (next.reason == BotStatusReason::Agent || next.reason == BotStatusReason::Continue);
    Query(db_, u"UPDATE subscribers SET bot_state = ?, bot_until = ?, bot_reason = ?, "
               "bot_actor_type = ?, bot_actor_agent_id = ?, bot_changed_at = ?, bot_version = ?, "
               "bot_limit_since = CASE WHEN ? THEN ? ELSE bot_limit_since END "
               "WHERE id = ? AND workspace_id = ?"_s)
        .bind(enumName(next.state))
        .bind(next.until)
        .bind(enumName(next.reason))
        .bind(enumName(next.actor.type))
        .bind(next.actor.agentId)
        .bind(next.changedAt)
        .bind(next.version)
        .bind(restartsLimit)
        .bind(now)
        .bind(subscriberId)
        .bind(workspaceId)
        .exec();

    Message line;
    line.chatId = current->chatId;
    line.direction = Direction::Out;
    line.source = MessageSource::System;
    line.kind = MessageKind::BotStatusChange;
    line.agentId = next.actor.agentId;
    line.text = botStatusLineText(next);
    line.botStatus = next;
    line.createdAt = now;
    line.id = messages_.insert(workspaceId, line);
    published.append(events_.append(workspaceId, EventType::MessageCreated, line, origin, now));
    published.append(events_.append(workspaceId, EventType::BotStatusChanged,
                                    BotStatusChanged{subscriberId, current->chatId, next}, origin,
                                    now));
    considerWake(next.until);
    return next;
}

std::optional<BotStatus> BotStatusService::manualMessageSnooze(const Caller& caller,
                                                               qint64 subscriberId,
                                                               const QDateTime& now,
                                                               QList<StoredEvent>& published)
{
    const auto current = rowForUpdate(caller.workspaceId, subscriberId);
    if (!current)
        failSubscriberNotFound();
    const QDateTime wake =
        now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(kManualSnooze).count());
    const BotStatus& status = current->status;
    // Active (or due to wake): snooze. A shorter snooze: move it. Anything
    // else stays: a longer snooze is never shortened, a snooze without a
    // time is indefinite, and an inactive bot is never woken.
    const bool active = effectiveState(status, now) == BotState::Active;
    const bool shorterSnooze =
        status.state == BotState::Snoozed && status.until && *status.until < wake;
    if (!active && !shorterSnooze)
        return std::nullopt;
    return change(caller.workspaceId, subscriberId,
                  {BotState::Snoozed, wake, BotStatusReason::ManualMessage,
                   Actor{ActorType::Agent, caller.agentId}},
                  caller.origin(), now, published);
}

BotStatus BotStatusService::get(const Caller& caller, qint64 subscriberId) const
{
    const auto current = row(caller.workspaceId, subscriberId);
    if (!current)
        failSubscriberNotFound();
    return current->status;
}

BotStatus BotStatusService::put(const Caller& caller, qint64 subscriberId,
                                const BotStatusRequest& request, const QDateTime& now)
{
    // Checks in order: 404, (400 by the decoder), 422 until, same-as-current
    // 200, stale base_version 409, change.
    QList<StoredEvent> published;
    BotStatus result;
    {
        Transaction tx(db_);
        const auto current = rowForUpdate(caller.workspaceId, subscriberId);
        if (!current)
            failSubscriberNotFound();
        if (const auto problem = validate(request, now))
            throw ApiFailure(*problem);
        if (sameTarget(current->status, request.state, request.until))
            return current->status;
        if (request.baseVersion != current->status.version) {
            ApiError error = apiError(ErrorCode::Conflict,
                                      u"the bot status changed since version %1; it is now "
                                      "version %2"_s.arg(request.baseVersion)
                                          .arg(current->status.version),
                                      u"base_version"_s);
            error.current = toJson(current->status);
            throw ApiFailure(error);
        }
        result = change(caller.workspaceId, subscriberId,
                        {request.state, request.until, BotStatusReason::Agent,
                         Actor{ActorType::Agent, caller.agentId}},
                        caller.origin(), now, published);
        tx.commit();
    }
    hub_.publish(published);
    return result;
}

BotStatus BotStatusService::extend(const Caller& caller, qint64 subscriberId, qint64 minutes,
                                   const QDateTime& now)
{
    QList<StoredEvent> published;
    BotStatus result;
    {
        Transaction tx(db_);
        const auto current = rowForUpdate(caller.workspaceId, subscriberId);
        if (!current)
            failSubscriberNotFound();
        if (const auto problem = validate(ExtendRequest{minutes}))
            throw ApiFailure(*problem);
        const BotStatus& status = current->status;
        BotStatusUpdate update{
            status.state, {}, BotStatusReason::Extend, Actor{ActorType::Agent, caller.agentId}};
        if (status.state == BotState::Active) {
            update.state = BotState::Snoozed;
            update.until = now.addSecs(minutes * 60);
        } else if (status.until) {
            update.until = std::max(*status.until, now).addSecs(minutes * 60);
        } else {
            fail(ErrorCode::Unprocessable,
                 u"the bot has no wake time to move: it stays off until an agent turns it on"_s);
        }
        if (*update.until > now.addDays(366))
            fail(ErrorCode::Unprocessable, u"minutes: the wake time must be within a year"_s,
                 u"minutes"_s);
        result = change(caller.workspaceId, subscriberId, update, caller.origin(), now, published);
        tx.commit();
    }
    hub_.publish(published);
    return result;
}

BotStatus BotStatusService::continueBot(const Caller& caller, qint64 subscriberId,
                                        const QDateTime& now)
{
    QList<StoredEvent> published;
    BotStatus result;
    {
        Transaction tx(db_);
        const auto current = rowForUpdate(caller.workspaceId, subscriberId);
        if (!current)
            failSubscriberNotFound();
        if (current->status.state == BotState::Active)
            return current->status;
        result = change(caller.workspaceId, subscriberId,
                        {BotState::Active,
                         {},
                         BotStatusReason::Continue,
                         Actor{ActorType::Agent, caller.agentId}},
                        caller.origin(), now, published);
        tx.commit();
    }
    hub_.publish(published);
    return result;
}

QList<BulkResult> BotStatusService::bulk(const Caller& caller, const BulkBotStatusRequest& request,
                                         const QDateTime& now)
{
    if (const auto problem = validate(request, now))
        throw ApiFailure(*problem);
    QList<StoredEvent> published;
    QList<BulkResult> results;
    {
        Transaction tx(db_);
        for (qsizetype i = 0; i < request.subscriberIds.size(); ++i) {
            const qint64 id = request.subscriberIds.at(i);
            BulkResult result;
            result.subscriberId = id;
            const auto current = rowForUpdate(caller.workspaceId, id);
            if (!current) {
                // Another workspace's id is answered like one that does not exist.
                result.error = apiError(ErrorCode::NotFound, u"subscriber not found"_s,
                                        u"subscriber_ids[%1]"_s.arg(i));
            } else if (sameTarget(current->status, request.state, request.until)) {
                result.botStatus = current->status;
            } else {
                result.botStatus = change(caller.workspaceId, id,
                                          {request.state, request.until, BotStatusReason::Agent,
                                           Actor{ActorType::Agent, caller.agentId}},
                                          caller.origin(), now, published);
            }
            results.append(result);
        }
        tx.commit();
    }
    hub_.publish(published);
    return results;
}

int BotStatusService::applyDueWakeUps()
{
    int applied = 0;
    const QDateTime now = clock_();
    for (;;) {
        QList<QPair<qint64, qint64>> due; // workspace, subscriber
        try {
            Query q(db_, u"SELECT workspace_id, id FROM subscribers WHERE bot_state <> 'active' "
                         "AND bot_until IS NOT NULL AND bot_until <= ? ORDER BY bot_until, id "
                         "LIMIT ?"_s);
            q.bind(now).bind(kWakeBatch).exec();
            while (q.next())
                due.append({q.integer(0), q.integer(1)});
        } catch (const DbError& e) {
            qCWarning(lcDb) << "reading due wake-ups failed:" << e.what();
            break;
        }
        int appliedNow = 0;
        for (const auto& [workspaceId, subscriberId] : due) {
            QList<StoredEvent> published;
            try {
                Transaction tx(db_);
                // Another instance (or an agent) may have got there first.
                const auto current = rowForUpdate(workspaceId, subscriberId);
                if (!current || current->status.state == BotState::Active ||
                    !current->status.until || *current->status.until > now)
                    continue;
                change(workspaceId, subscriberId,
                       {BotState::Active, {}, BotStatusReason::WakeUp, Actor{}}, Origin{}, now,
                       published);
                tx.commit();
                ++appliedNow;
            } catch (const std::exception& e) {
                qCWarning(lcDb) << "wake-up of subscriber" << subscriberId << "failed:" << e.what();
                continue;
            }
            hub_.publish(published);
        }
        applied += appliedNow;
        // A full batch with progress: there may be more.
        if (due.size() < kWakeBatch || appliedNow == 0)
            break;
    }
    if (applied > 0)
        qCInfo(lcServer) << "applied" << applied << "bot-status wake-ups";
    scheduleNext();
    return applied;
}

void BotStatusService::scheduleNext()
{
    const QDateTime now = clock_();
    qint64 delay = kMaxTimerMs;
    try {
        Query q(db_, u"SELECT MIN(bot_until) FROM subscribers WHERE bot_state <> 'active' AND "
                     "bot_until IS NOT NULL"_s);
        q.exec();
        if (q.next() && !q.isNull(0))
            delay = std::clamp<qint64>(now.msecsTo(q.time(0)), 0, kMaxTimerMs);
    } catch (const DbError& e) {
        qCWarning(lcDb) << "reading the next wake-up failed:" << e.what();
    }
    armedFor_ = now.addMSecs(delay);
    timer_.start(std::chrono::milliseconds(delay));
}

void BotStatusService::considerWake(const std::optional<QDateTime>& until)
{
    if (!until || (armedFor_ && *armedFor_ <= *until))
        return;
    const QDateTime now = clock_();
    const qint64 delay = std::clamp<qint64>(now.msecsTo(*until), 0, kMaxTimerMs);
    armedFor_ = now.addMSecs(delay);
    timer_.start(std::chrono::milliseconds(delay));
}

} // namespace baton::server
