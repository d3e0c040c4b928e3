#pragma once

#include <protocol/event.h>
#include <protocol/jsonwriter.h>

namespace baton::protocol {

// Event payloads written directly (JsonWriter), as chatwriter.h does for
// chats: the keys and values of toJson() in QJsonObject's (sorted) order.
// The event store writes every payload this way instead of building a
// QJsonObject and serialising it (docs/server.md, "Inbound writes").
void writeJson(JsonWriter& w, const Attachment& v);
void writeJson(JsonWriter& w, const Reaction& v);
void writeJson(JsonWriter& w, const AdCampaign& v);
void writeJson(JsonWriter& w, const Message& v);
void writeJson(JsonWriter& w, const Variable& v);
void writeJson(JsonWriter& w, const InstagramFollow& v);
void writeJson(JsonWriter& w, const GroupInfo& v);
void writeJson(JsonWriter& w, const ActiveFlow& v);
void writeJson(JsonWriter& w, const Subscriber& v);
void writeJson(JsonWriter& w, const NoteDeleted& v);
void writeJson(JsonWriter& w, const BotStatusChanged& v);
// The object payloadToJson() makes (`{"chat": ...}` and so on). Notes and
// deals, rare here, go through their QJsonObject encoders.
void writePayload(JsonWriter& w, const EventPayload& payload);

QByteArray jsonBytes(const Message& v);
QByteArray jsonBytes(const Subscriber& v);
QByteArray payloadJsonBytes(const EventPayload& payload);

// The stream frame {"event": <event>, "type": "event"} with `data` (a
// payload's JSON text) put in as it is.
QByteArray eventFrameBytes(qint64 seq, QStringView type, const QDateTime& at, const Origin& origin,
                           QByteArrayView data);
// The event object alone, as eventJson() would write it.
QByteArray eventBytes(qint64 seq, QStringView type, const QDateTime& at, const Origin& origin,
                      QByteArrayView data);

} // namespace baton::protocol
