#pragma once

#include <QDateTime>
#include <QLocale>

#include <functional>

namespace baton::ui {

// The widgets' source of "now": countdowns, "tomorrow 09:00", support-window
// texts. The app passes systemClock(); tests pass a fixed time. The zone of
// the returned QDateTime is the zone the widgets show times in.
using Clock = std::function<QDateTime()>;

// Local time of this machine.
Clock systemClock();

// "42 min", "3 h", "3 h 12 min", "2 d 4 h": a compact, translated duration.
QString formatDuration(qint64 seconds);

// The locale's short time format without seconds ("10:29", "10:29 AM"): some
// locales' short format (C, the default under a bare X session) has them.
QString shortTime(const QTime& time, const QLocale& locale);
// The format shortTime() uses, for callers that format many times.
QString shortTimeFormat(const QLocale& locale);
// The same for a date and time: short date, then shortTime().
QString shortDateTime(const QDateTime& at, const QLocale& locale);

} // namespace baton::ui
