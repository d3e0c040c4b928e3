#include <net/clock.h>

#include <QDateTime>

namespace baton::net {

SystemClock::SystemClock()
{
    elapsed_.start();
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    return elapsed_.elapsed();
}

} // namespace baton::net
