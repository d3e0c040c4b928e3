#pragma once

#include <protocol/chat.h>
#include <protocol/jsonwriter.h>

namespace baton::protocol {

// The JSON of toJson() for these types, written directly (JsonWriter): the
// same field names, null for an absent optional, and the keys in the order
// QJsonObject keeps them, so the text is what
// QJsonDocument(toJson(v)).toJson(QJsonDocument::Compact) gives.
void writeJson(JsonWriter& w, const Actor& v);
void writeJson(JsonWriter& w, const BotStatus& v);
void writeJson(JsonWriter& w, const MessagePreview& v);
void writeJson(JsonWriter& w, const Chat& v);
void writeJson(JsonWriter& w, const ListCounts& v);
void writeJson(JsonWriter& w, const ChatPage& v);

QByteArray jsonBytes(const Chat& v);
QByteArray jsonBytes(const ChatPage& v);

} // namespace baton::protocol
