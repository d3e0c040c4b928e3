// The support window: when free text may still be sent after the subscriber's
// last message, for every channel and any pair of times.

#include "common.h"

#include <protocol/supportwindow.h>

#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

// Times across Qt's whole range, near the epoch, or invalid.
std::optional<QDateTime> takeTime(FuzzedDataProvider& in)
{
    switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        return std::nullopt;
    case 1:
        return QDateTime();
    case 2:
        return QDateTime::fromMSecsSinceEpoch(in.ConsumeIntegral<qint32>() * qint64{1000},
                                              QTimeZone::utc());
    default:
        // Years -292M .. +292M: QDateTime's range.
        return QDateTime::fromMSecsSinceEpoch(
            in.ConsumeIntegralInRange<qint64>(-9'200'000'000'000'000'000LL / 1000,
                                              9'200'000'000'000'000'000LL / 1000),
            QTimeZone::utc());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    constexpr auto channels = allValues<Channel>();
    const Channel channel =
        channels[in.ConsumeIntegralInRange<std::size_t>(0, channels.size() - 1)];
    const std::optional<QDateTime> last = takeTime(in);
    const QDateTime now = takeTime(in).value_or(QDateTime());

    const auto window = supportWindow(channel);
    const auto end = supportWindowEnd(channel, last);
    require(window.has_value() == end.has_value(), "an end exactly for channels with a window");
    const bool can = canSendFreeText(channel, last, now);
    if (!window) {
        require(can, "channels without a window always allow free text");
        return 0;
    }
    require(window->count() > 0, "a window has a length");
    if (!last || !last->isValid()) {
        require(end->toMSecsSinceEpoch() == 0, "no inbound message: the window shut at the epoch");
        require(can == (now.isValid() && now < *end), "free text exactly before the end");
        return 0;
    }
    require(can == (now.isValid() && now < *end), "free text exactly before the end");
    if (end->isValid()) {
        require(last->secsTo(*end) == window->count(), "the window is as long as it says");
        if (now.isValid() && now <= *last)
            require(can, "the window is open from the last inbound message on");
    }
    return 0;
}
