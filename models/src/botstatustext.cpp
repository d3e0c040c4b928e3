#include <models/agentdirectory.h>
#include <models/botstatustext.h>

#include <QLocale>

namespace baton::models {

using protocol::ActorType;
using protocol::BotState;
using protocol::BotStatusReason;

QString BotStatusText::time(const QDateTime& at, const QDateTime& reference, const QTimeZone& zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const QLocale locale;
    if (reference.isValid() && reference.toTimeZone(zone).date() == local.date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString BotStatusText::line(const protocol::BotStatus& status, const AgentDirectory* agents,
                            const QTimeZone& zone)
{
    const bool byAgent = status.actor.type == ActorType::Agent && status.actor.agentId;
    QString who;
    if (byAgent) {
        who = agents ? agents->name(*status.actor.agentId)
                     : tr("Agent #%1").arg(*status.actor.agentId);
    }
    const QString until = status.until ? time(*status.until, status.changedAt, zone) : QString();

    switch (status.state) {
    case BotState::Active:
        if (status.reason == BotStatusReason::WakeUp)
            return tr("Bot woke up");
        if (status.reason == BotStatusReason::Continue)
            return byAgent ? tr("Autoflows continued by %1").arg(who) : tr("Autoflows continued");
        return byAgent ? tr("Bot turned on by %1").arg(who) : tr("Bot turned on");
    case BotState::Snoozed:
        if (status.reason == BotStatusReason::ManualMessage && status.until) {
            return byAgent ? tr("Bot snoozed until %1 after a manual reply by %2").arg(until, who)
                           : tr("Bot snoozed until %1 after a manual reply").arg(until);
        }
        if (status.reason == BotStatusReason::Extend && status.until) {
            return byAgent ? tr("Snooze extended until %1 by %2").arg(until, who)
                           : tr("Snooze extended until %1").arg(until);
        }
        if (status.until) {
            return byAgent ? tr("Bot snoozed until %1 by %2").arg(until, who)
                           : tr("Bot snoozed until %1").arg(until);
        }
        return byAgent ? tr("Bot snoozed by %1").arg(who) : tr("Bot snoozed");
    case BotState::Inactive:
        if (status.reason == BotStatusReason::MessageLimit)
            return tr("Bot turned off: message limit reached");
        if (status.until) {
            return byAgent ? tr("Bot turned off until %1 by %2").arg(until, who)
                           : tr("Bot turned off until %1").arg(until);
        }
        return byAgent ? tr("Bot turned off by %1").arg(who) : tr("Bot turned off");
    }
    return {};
}

QString BotStatusText::summary(const protocol::BotStatus& status, const QTimeZone& zone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (status.state) {
    case BotState::Active:
        return tr("Active");
    case BotState::Snoozed:
        return status.until ? tr("Snoozed until %1").arg(time(*status.until, now, zone))
                            : tr("Snoozed");
    case BotState::Inactive:
        return status.until ? tr("Inactive until %1").arg(time(*status.until, now, zone))
                            : tr("Inactive");
    }
    return {};
}

} // namespace baton::models
