#pragma once

#include <protocol/botstatus.h>

#include <QCoreApplication>
#include <QTimeZone>

namespace baton::models {

class AgentDirectory;

// Readable, translated texts for bot statuses: the system lines in the
// history ("Bot snoozed until 10:00 by Ann") and the card's summary.
class BotStatusText {
    Q_DECLARE_TR_FUNCTIONS(BotStatusText)

public:
    // The history line recording a change to `status`. `agents` may be null
    // (agents are then named by id); times are shown in `zone`.
    static QString line(const protocol::BotStatus& status, const AgentDirectory* agents,
                        const QTimeZone& zone);
    // The state as a short label: "Active", "Snoozed until 10:00", "Inactive".
    static QString summary(const protocol::BotStatus& status, const QTimeZone& zone);
    // A time as the lines show it: the time of day when it is on the same day
    // as `reference`, else date and time.
    static QString time(const QDateTime& at, const QDateTime& reference, const QTimeZone& zone);
};

} // namespace baton::models
