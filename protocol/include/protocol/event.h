#pragma once

#include <protocol/botstatus.h>
#include <protocol/chat.h>
#include <protocol/crm.h>
#include <protocol/json.h>
#include <protocol/message.h>
#include <protocol/note.h>
#include <protocol/subscriber.h>

#include <variant>

namespace baton::protocol {

// What caused an event: the agent and the client id of their request, so a
// client can recognise the echo of its own change.
struct Origin {
    std::optional<qint64> agentId;
    QString clientId;

    bool operator==(const Origin&) const = default;
};

struct NoteDeleted {
    qint64 noteId = 0;
    qint64 chatId = 0;

    bool operator==(const NoteDeleted&) const = default;
};

struct BotStatusChanged {
    qint64 subscriberId = 0;
    qint64 chatId = 0;
    BotStatus botStatus;

    bool operator==(const BotStatusChanged&) const = default;
};

// Payload by event type:
//   chat.created, chat.updated           -> Chat          (data.chat)
//   message.created, message.updated     -> Message       (data.message)
//   note.created, note.updated           -> Note          (data.note)
//   note.deleted                         -> NoteDeleted   (data.note_id, data.chat_id)
//   subscriber.updated                   -> Subscriber    (data.subscriber)
//   bot_status.changed                   -> BotStatusChanged
//   deal.created, deal.updated           -> Deal          (data.deal)
using EventPayload =
    std::variant<Chat, Message, Note, NoteDeleted, Subscriber, BotStatusChanged, Deal>;

// One change in a workspace. `seq` is gapless per workspace and written in
// the same transaction as the change.
struct Event {
    qint64 seq = 0;
    EventType type = EventType::ChatCreated;
    QDateTime at;
    Origin origin;
    EventPayload payload;

    bool operator==(const Event&) const = default;
};

// True when the payload's alternative is the one `type` carries.
bool payloadMatches(EventType type, const EventPayload& payload);

QJsonObject toJson(const Origin& v);
bool fromJson(JsonReader& r, Origin& v);
QJsonObject toJson(const NoteDeleted& v);
bool fromJson(JsonReader& r, NoteDeleted& v);
QJsonObject toJson(const BotStatusChanged& v);
bool fromJson(JsonReader& r, BotStatusChanged& v);
QJsonObject payloadToJson(const EventPayload& payload);
// The wire form of an event from parts already encoded, so a server can
// replay stored events without decoding their payloads.
QJsonObject eventJson(qint64 seq, const QString& type, const QDateTime& at, const Origin& origin,
                      const QJsonObject& data);
QJsonObject toJson(const Event& v);
bool fromJson(JsonReader& r, Event& v);

struct EventPage {
    QList<Event> events;
    qint64 head = 0;     // the newest seq in the workspace
    bool resync = false; // `after` can no longer be served: take a snapshot

    bool operator==(const EventPage&) const = default;
};

QJsonObject toJson(const EventPage& v);
bool fromJson(JsonReader& r, EventPage& v);

} // namespace baton::protocol
