#include <protocol/chat.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const MessagePreview& v)
{
    return {{u"message_id"_s, optionalJson(v.messageId)},
            {u"text"_s, v.text},
            {u"direction"_s, enumName(v.direction)},
            {u"source"_s, enumName(v.source)},
            {u"kind"_s, enumName(v.kind)},
            {u"agent_id"_s, optionalJson(v.agentId)},
            {u"at"_s, formatTime(v.at)}};
}

bool fromJson(JsonReader& r, MessagePreview& v)
{
    v.messageId = r.optId(u"message_id");
    v.text = r.stringOr(u"text");
    v.direction = r.enumeration<Direction>(u"direction");
    v.source = r.enumeration<MessageSource>(u"source");
    v.kind = r.enumeration<MessageKind>(u"kind");
    v.agentId = r.optId(u"agent_id");
    v.at = r.time(u"at");
    return r.ok();
}

QJsonObject toJson(const Chat& v)
{
    return {{u"id"_s, v.id},
            {u"subscriber_id"_s, v.subscriberId},
            {u"bot_id"_s, v.botId},
            {u"channel"_s, enumName(v.channel)},
            {u"type"_s, enumName(v.type)},
            {u"state"_s, enumName(v.state)},
            {u"unread_count"_s, v.unreadCount},
            {u"assignee_id"_s, optionalJson(v.assigneeId)},
            {u"title"_s, v.title},
            {u"username"_s, v.username},
            {u"email"_s, v.email},
            {u"phone"_s, v.phone},
            {u"avatar_url"_s, v.avatarUrl},
            {u"last_message"_s, optionalObject(v.lastMessage)},
            {u"last_activity_at"_s, formatTime(v.lastActivityAt)},
            {u"last_inbound_at"_s, optionalJson(v.lastInboundAt)},
            {u"bot_status"_s, toJson(v.botStatus)}};
}

bool fromJson(JsonReader& r, Chat& v)
{
    v.id = r.id(u"id");
    v.subscriberId = r.id(u"subscriber_id");
    v.botId = r.id(u"bot_id");
    v.channel = r.enumeration<Channel>(u"channel");
    v.type = r.enumeration<ChatType>(u"type");
    v.state = r.enumeration<ChatState>(u"state");
    v.unreadCount = r.integer(u"unread_count");
    v.assigneeId = r.optId(u"assignee_id");
    v.title = r.string(u"title");
    v.username = r.stringOr(u"username");
    v.email = r.stringOr(u"email");
    v.phone = r.stringOr(u"phone");
    v.avatarUrl = r.stringOr(u"avatar_url");
    v.lastMessage = r.optChild<MessagePreview>(u"last_message");
    v.lastActivityAt = r.time(u"last_activity_at");
    v.lastInboundAt = r.optTime(u"last_inbound_at");
    v.botStatus = r.child<BotStatus>(u"bot_status");
    return r.ok();
}

QJsonObject toJson(const ListCounts& v)
{
    return {
        {u"open"_s, v.open}, {u"unread"_s, v.unread}, {u"closed"_s, v.closed}, {u"all"_s, v.all}};
}

bool fromJson(JsonReader& r, ListCounts& v)
{
    v.open = r.integer(u"open");
    v.unread = r.integer(u"unread");
    v.closed = r.integer(u"closed");
    v.all = r.integer(u"all");
    return r.ok();
}

QJsonObject toJson(const ChatPage& v)
{
    return {{u"chats"_s, toJsonArray(v.chats)},
            {u"next_cursor"_s, v.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(v.nextCursor)},
            {u"counts"_s, toJson(v.counts)}};
}

bool fromJson(JsonReader& r, ChatPage& v)
{
    v.chats = r.list<Chat>(u"chats");
    v.nextCursor = r.stringOr(u"next_cursor");
    v.counts = r.child<ListCounts>(u"counts");
    return r.ok();
}

} // namespace baton::protocol
