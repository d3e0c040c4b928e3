#include <protocol/chatwriter.h>

namespace baton::protocol {

// Keys go in QJsonObject's order (sorted), which keeps the bytes the same
// as before this writer existed.

void writeJson(JsonWriter& w, const Actor& v)
{
    w.beginObject();
    w.key("agent_id").optInteger(v.agentId);
    w.key("type").enumeration(v.type);
    w.endObject();
}

void writeJson(JsonWriter& w, const BotStatus& v)
{
    w.beginObject();
    w.key("actor");
    writeJson(w, v.actor);
    w.key("changed_at").time(v.changedAt);
    w.key("reason").enumeration(v.reason);
    w.key("state").enumeration(v.state);
    w.key("until").optTime(v.until);
    w.key("version").integer(v.version);
    w.endObject();
}

void writeJson(JsonWriter& w, const MessagePreview& v)
{
    w.beginObject();
    w.key("agent_id").optInteger(v.agentId);
    w.key("at").time(v.at);
    w.key("direction").enumeration(v.direction);
    w.key("kind").enumeration(v.kind);
    w.key("message_id").optInteger(v.messageId);
    w.key("source").enumeration(v.source);
    w.key("text").string(v.text);
    w.endObject();
}

void writeJson(JsonWriter& w, const Chat& v)
{
    w.beginObject();
    w.key("assignee_id").optInteger(v.assigneeId);
    w.key("avatar_url").string(v.avatarUrl);
    w.key("bot_id").integer(v.botId);
    w.key("bot_status");
    writeJson(w, v.botStatus);
    w.key("channel").enumeration(v.channel);
    w.key("email").string(v.email);
    w.key("id").integer(v.id);
    w.key("last_activity_at").time(v.lastActivityAt);
    w.key("last_inbound_at").optTime(v.lastInboundAt);
    w.key("last_message");
    if (v.lastMessage)
        writeJson(w, *v.lastMessage);
    else
        w.null();
    w.key("phone").string(v.phone);
    w.key("state").enumeration(v.state);
    w.key("subscriber_id").integer(v.subscriberId);
    w.key("title").string(v.title);
    w.key("type").enumeration(v.type);
    w.key("unread_count").integer(v.unreadCount);
    w.key("username").string(v.username);
    w.endObject();
}

void writeJson(JsonWriter& w, const ListCounts& v)
{
    w.beginObject();
    w.key("all").integer(v.all);
    w.key("closed").integer(v.closed);
    w.key("open").integer(v.open);
    w.key("unread").integer(v.unread);
    w.endObject();
}

void writeJson(JsonWriter& w, const ChatPage& v)
{
    w.beginObject();
    w.key("chats").beginArray();
    for (const Chat& chat : v.chats)
        writeJson(w, chat);
    w.endArray();
    w.key("counts");
    writeJson(w, v.counts);
    w.key("next_cursor");
    if (v.nextCursor.isEmpty())
        w.null();
    else
        w.string(v.nextCursor);
    w.endObject();
}

QByteArray jsonBytes(const Chat& v)
{
    QByteArray out;
    out.reserve(1024);
    JsonWriter w(out);
    writeJson(w, v);
    return out;
}

QByteArray jsonBytes(const ChatPage& v)
{
    QByteArray out;
    // A chat is ~700 bytes on the wire; one allocation for most pages.
    out.reserve(256 + v.chats.size() * 1024);
    JsonWriter w(out);
    writeJson(w, v);
    return out;
}

} // namespace baton::protocol
