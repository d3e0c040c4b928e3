#include <ui/clock.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace baton::ui {

namespace {

class Durations {
    Q_DECLARE_TR_FUNCTIONS(Durations)

public:
    static QString format(qint64 seconds)
    {
        if (seconds < 0)
            seconds = 0;
        const qint64 minutes = (seconds + 59) / 60; // round up: "wakes in 1 min", never "0 min"
        if (minutes < 60)
            return tr("%1 min").arg(minutes);
        const qint64 hours = minutes / 60;
        const qint64 restMinutes = minutes % 60;
        if (hours < 24) {
            return restMinutes == 0 ? tr("%1 h").arg(hours)
                                    : tr("%1 h %2 min").arg(hours).arg(restMinutes);
        }
        const qint64 days = hours / 24;
        const qint64 restHours = hours % 24;
        return restHours == 0 ? tr("%1 d").arg(days) : tr("%1 d %2 h").arg(days).arg(restHours);
    }
};

} // namespace

Clock systemClock()
{
    return [] { return QDateTime::currentDateTime(); };
}

QString formatDuration(qint64 seconds)
{
    return Durations::format(seconds);
}

QString shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // A seconds field and the separator before it ("HH:mm:ss" -> "HH:mm").
    static const QRegularExpression seconds(QStringLiteral("[^Hhmaps]*s+"));
    format.remove(seconds);
    return format.trimmed();
}

QString shortTime(const QTime& time, const QLocale& locale)
{
    return locale.toString(time, shortTimeFormat(locale));
}

QString shortDateTime(const QDateTime& at, const QLocale& locale)
{
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           shortTime(at.time(), locale);
}

} // namespace baton::ui
