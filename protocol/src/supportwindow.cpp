#include <protocol/supportwindow.h>

namespace baton::protocol {

std::optional<std::chrono::seconds> supportWindow(Channel channel)
{
    using namespace std::chrono;
    switch (channel) {
    case Channel::WhatsApp:
    case Channel::Messenger:
        return duration_cast<seconds>(hours{24});
    case Channel::Instagram:
        return duration_cast<seconds>(days{7});
    case Channel::Telegram:
    case Channel::Viber:
    case Channel::LiveChat:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QDateTime> supportWindowEnd(Channel channel,
                                          const std::optional<QDateTime>& lastInboundAt)
{
    const auto window = supportWindow(channel);
    if (!window)
        return std::nullopt;
    // A subscriber who never wrote: the window closed before anything could
    // happen, so the end is the start of the epoch, which every real "now" is
    // past.
    if (!lastInboundAt || !lastInboundAt->isValid())
        return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return lastInboundAt->addSecs(window->count());
}

// The window is open while now < end: at exactly 24 h (or 7 days) after the
// last inbound message it is already closed.
bool canSendFreeText(Channel channel, const std::optional<QDateTime>& lastInboundAt,
                     const QDateTime& now)
{
    const auto end = supportWindowEnd(channel, lastInboundAt);
    if (!end)
        return true;
    return now.isValid() && now < *end;
}

} // namespace baton::protocol
