#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace baton::net {

// The two clocks the event stream compares to notice a laptop waking up: the
// wall clock jumps forward over a suspend, the monotonic clock does not.
// Injected so tests can make the wall clock jump.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch (QDateTime::currentMSecsSinceEpoch).
    virtual qint64 wallMs() const = 0;
    // Milliseconds on a clock that only moves forward (QElapsedTimer).
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    SystemClock();
    qint64 wallMs() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer elapsed_;
};

} // namespace baton::net
