#pragma once

#include <protocol/enums.h>

#include <QDateTime>

#include <chrono>
#include <optional>

namespace baton::protocol {

// How long after the subscriber's last message free text may be sent:
// WhatsApp and Messenger 24 h, Instagram 7 days; none for the others.
std::optional<std::chrono::seconds> supportWindow(Channel channel);

// When the window closes, or nullopt for channels without a window. A
// subscriber who never wrote has a window that is already closed.
std::optional<QDateTime> supportWindowEnd(Channel channel,
                                          const std::optional<QDateTime>& lastInboundAt);

bool canSendFreeText(Channel channel, const std::optional<QDateTime>& lastInboundAt,
                     const QDateTime& now);

} // namespace baton::protocol
