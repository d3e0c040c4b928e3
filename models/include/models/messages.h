#pragma once

#include <protocol/chat.h>
#include <protocol/message.h>

namespace baton::models {

// Folds `incoming` (an event or a REST page) into `current`, the same message
// as already known, without going backwards: delivery only advances
// (protocol::deliveryAdvances), a deletion is never undone, and an older edit
// never replaces a newer one. Everything else comes from `incoming`.
protocol::Message mergeMessage(const protocol::Message& current, const protocol::Message& incoming);

// Whether a message can be a chat's last_message (not deleted, not a
// bot-status line), and the preview the server would make of it: the text cut
// to 200 code points, else the first attachment's file name.
bool isPreviewable(const protocol::Message& message);
protocol::MessagePreview previewOf(const protocol::Message& message);

// Client ids are UUIDs compared case-insensitively; the server stores and
// echoes them in lower case.
QString normalizedClientId(const QString& clientId);

} // namespace baton::models
