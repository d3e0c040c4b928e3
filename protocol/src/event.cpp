#include <protocol/event.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {
namespace {

// The payload alternative each event type carries.
std::size_t payloadIndex(EventType type)
{
    switch (type) {
    case EventType::ChatCreated:
    case EventType::ChatUpdated:
        return 0;
    case EventType::MessageCreated:
    case EventType::MessageUpdated:
        return 1;
    case EventType::NoteCreated:
    case EventType::NoteUpdated:
        return 2;
    case EventType::NoteDeleted:
        return 3;
    case EventType::SubscriberUpdated:
        return 4;
    case EventType::BotStatusChanged:
        return 5;
    case EventType::DealCreated:
    case EventType::DealUpdated:
        return 6;
    }
    return 0;
}

EventPayload readPayload(JsonReader& data, EventType type)
{
    switch (payloadIndex(type)) {
    case 0:
        return data.child<Chat>(u"chat");
    case 1:
        return data.child<Message>(u"message");
    case 2:
        return data.child<Note>(u"note");
    case 3:
        return data.self<NoteDeleted>();
    case 4:
        return data.child<Subscriber>(u"subscriber");
    case 5:
        return data.self<BotStatusChanged>();
    default:
        return data.child<Deal>(u"deal");
    }
}

} // namespace

bool payloadMatches(EventType type, const EventPayload& payload)
{
    return payload.index() == payloadIndex(type);
}

QJsonObject toJson(const Origin& v)
{
    return {{u"agent_id"_s, optionalJson(v.agentId)}, {u"client_id"_s, v.clientId}};
}

bool fromJson(JsonReader& r, Origin& v)
{
    v.agentId = r.optId(u"agent_id");
    v.clientId = r.stringOr(u"client_id");
    return r.ok();
}

QJsonObject toJson(const NoteDeleted& v)
{
    return {{u"note_id"_s, v.noteId}, {u"chat_id"_s, v.chatId}};
}

bool fromJson(JsonReader& r, NoteDeleted& v)
{
    v.noteId = r.id(u"note_id");
    v.chatId = r.id(u"chat_id");
    return r.ok();
}

QJsonObject toJson(const BotStatusChanged& v)
{
    return {{u"subscriber_id"_s, v.subscriberId},
            {u"chat_id"_s, v.chatId},
            {u"bot_status"_s, toJson(v.botStatus)}};
}

bool fromJson(JsonReader& r, BotStatusChanged& v)
{
    v.subscriberId = r.id(u"subscriber_id");
    v.chatId = r.id(u"chat_id");
    v.botStatus = r.child<BotStatus>(u"bot_status");
    return r.ok();
}

QJsonObject payloadToJson(const EventPayload& payload)
{
    struct Visitor {
        QJsonObject operator()(const Chat& v) const { return {{u"chat"_s, toJson(v)}}; }
        QJsonObject operator()(const Message& v) const { return {{u"message"_s, toJson(v)}}; }
        QJsonObject operator()(const Note& v) const { return {{u"note"_s, toJson(v)}}; }
        QJsonObject operator()(const NoteDeleted& v) const { return toJson(v); }
        QJsonObject operator()(const Subscriber& v) const { return {{u"subscriber"_s, toJson(v)}}; }
        QJsonObject operator()(const BotStatusChanged& v) const { return toJson(v); }
        QJsonObject operator()(const Deal& v) const { return {{u"deal"_s, toJson(v)}}; }
    };
    return std::visit(Visitor{}, payload);
}

QJsonObject eventJson(qint64 seq, const QString& type, const QDateTime& at, const Origin& origin,
                      const QJsonObject& data)
{
    return {{u"seq"_s, seq},
            {u"type"_s, type},
            {u"at"_s, formatTime(at)},
            {u"origin"_s, toJson(origin)},
            {u"data"_s, data}};
}

QJsonObject toJson(const Event& v)
{
    return eventJson(v.seq, enumName(v.type), v.at, v.origin, payloadToJson(v.payload));
}

bool fromJson(JsonReader& r, Event& v)
{
    v.seq = r.id(u"seq");
    v.type = r.enumeration<EventType>(u"type");
    v.at = r.time(u"at");
    v.origin = r.optChild<Origin>(u"origin").value_or(Origin{});
    const QJsonObject data = r.object(u"data");
    if (!r.ok())
        return false;
    JsonReader dataReader = r.nested(u"data", data);
    v.payload = readPayload(dataReader, v.type);
    return r.ok();
}

QJsonObject toJson(const EventPage& v)
{
    return {{u"events"_s, toJsonArray(v.events)}, {u"head"_s, v.head}, {u"resync"_s, v.resync}};
}

bool fromJson(JsonReader& r, EventPage& v)
{
    v.events = r.list<Event>(u"events");
    v.head = r.integer(u"head");
    v.resync = r.booleanOr(u"resync", false);
    return r.ok();
}

} // namespace baton::protocol
