#include <protocol/chatwriter.h>
#include <protocol/eventwriter.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::protocol {
namespace {

void writeStrings(JsonWriter& w, const QStringList& list)
{
    w.beginArray();
    for (const QString& s : list)
        w.string(s);
    w.endArray();
}

template <class T>
void writeList(JsonWriter& w, const QList<T>& list)
{
    w.beginArray();
    for (const T& v : list)
        writeJson(w, v);
    w.endArray();
}

template <class T>
void writeOptional(JsonWriter& w, const std::optional<T>& v)
{
    if (v)
        writeJson(w, *v);
    else
        w.null();
}

// Qt's own text for a double (shortest round trip, its exponent style):
// variables with numbers are rare, and this keeps the bytes the same.
QByteArray qtNumber(double d)
{
    QByteArray text = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void writeQtObject(JsonWriter& w, const QJsonObject& o)
{
    w.raw(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// These two payloads are the object's own fields, not wrapped in a key.
void writeFields(JsonWriter& w, const NoteDeleted& v)
{
    w.key("chat_id").integer(v.chatId);
    w.key("note_id").integer(v.noteId);
}

void writeFields(JsonWriter& w, const BotStatusChanged& v)
{
    w.key("bot_status");
    writeJson(w, v.botStatus);
    w.key("chat_id").integer(v.chatId);
    w.key("subscriber_id").integer(v.subscriberId);
}

void writeEvent(JsonWriter& w, qint64 seq, QStringView type, const QDateTime& at,
                const Origin& origin, QByteArrayView data)
{
    w.beginObject();
    w.key("at").time(at);
    w.key("data").raw(data);
    w.key("origin").beginObject();
    w.key("agent_id").optInteger(origin.agentId);
    w.key("client_id").string(origin.clientId);
    w.endObject();
    w.key("seq").integer(seq);
    w.key("type").string(type);
    w.endObject();
}

} // namespace

void writeJson(JsonWriter& w, const Attachment& v)
{
    w.beginObject();
    w.key("client_id").string(v.clientId);
    w.key("filename").string(v.filename);
    w.key("id").integer(v.id);
    w.key("mime_type").string(v.mimeType);
    w.key("size").integer(v.size);
    w.key("url").string(v.url);
    w.endObject();
}

void writeJson(JsonWriter& w, const Reaction& v)
{
    w.beginObject();
    w.key("agent_id").optInteger(v.agentId);
    w.key("by").enumeration(v.by);
    w.key("emoji").string(v.emoji);
    w.endObject();
}

void writeJson(JsonWriter& w, const AdCampaign& v)
{
    w.beginObject();
    w.key("name").string(v.name);
    w.key("url").string(v.url);
    w.endObject();
}

void writeJson(JsonWriter& w, const Message& v)
{
    w.beginObject();
    w.key("ad_campaign");
    writeOptional(w, v.adCampaign);
    w.key("agent_id").optInteger(v.agentId);
    w.key("attachments");
    writeList(w, v.attachments);
    w.key("bot_status");
    writeOptional(w, v.botStatus);
    w.key("chat_id").integer(v.chatId);
    w.key("client_id").string(v.clientId);
    w.key("created_at").time(v.createdAt);
    w.key("deleted").boolean(v.deleted);
    w.key("delivery").enumeration(v.delivery);
    w.key("direction").enumeration(v.direction);
    w.key("edited_at").optTime(v.editedAt);
    w.key("id").integer(v.id);
    w.key("kind").enumeration(v.kind);
    w.key("reactions");
    writeList(w, v.reactions);
    w.key("reply_to").optInteger(v.replyTo);
    w.key("source").enumeration(v.source);
    w.key("story_url").string(v.storyUrl);
    w.key("text").string(v.text);
    w.endObject();
}

void writeJson(JsonWriter& w, const Variable& v)
{
    w.beginObject();
    w.key("name").string(v.name);
    w.key("type").enumeration(v.type());
    w.key("value");
    if (const auto* s = std::get_if<QString>(&v.value))
        w.string(*s);
    else if (const auto* d = std::get_if<double>(&v.value))
        w.raw(qtNumber(*d));
    else if (const auto* date = std::get_if<QDate>(&v.value))
        w.string(date->toString(Qt::ISODate));
    else
        w.boolean(std::get<bool>(v.value));
    w.endObject();
}

void writeJson(JsonWriter& w, const InstagramFollow& v)
{
    w.beginObject();
    w.key("followed_by_business").boolean(v.followedByBusiness);
    w.key("follows_business").boolean(v.followsBusiness);
    w.endObject();
}

void writeJson(JsonWriter& w, const GroupInfo& v)
{
    w.beginObject();
    w.key("invite_link").string(v.inviteLink);
    w.key("member_count").integer(v.memberCount);
    w.key("share_link").string(v.shareLink);
    w.endObject();
}

void writeJson(JsonWriter& w, const ActiveFlow& v)
{
    w.beginObject();
    w.key("flow_id").integer(v.flowId);
    w.key("name").string(v.name);
    w.key("queued");
    writeStrings(w, v.queued);
    w.endObject();
}

void writeJson(JsonWriter& w, const Subscriber& v)
{
    w.beginObject();
    w.key("ad_campaign");
    writeOptional(w, v.adCampaign);
    w.key("avatar_url").string(v.avatarUrl);
    w.key("bot_id").integer(v.botId);
    w.key("bot_status");
    writeJson(w, v.botStatus);
    w.key("channel").enumeration(v.channel);
    w.key("email").string(v.email);
    w.key("first_name").string(v.firstName);
    w.key("flow");
    writeOptional(w, v.flow);
    w.key("group");
    writeOptional(w, v.group);
    w.key("id").integer(v.id);
    w.key("instagram");
    writeOptional(w, v.instagram);
    w.key("last_activity_at").time(v.lastActivityAt);
    w.key("last_inbound_at").optTime(v.lastInboundAt);
    w.key("last_name").string(v.lastName);
    w.key("phone").string(v.phone);
    w.key("status").enumeration(v.status);
    w.key("subscribed_at").time(v.subscribedAt);
    w.key("tags");
    writeStrings(w, v.tags);
    w.key("username").string(v.username);
    w.key("variables");
    writeList(w, v.variables);
    w.endObject();
}

void writeJson(JsonWriter& w, const NoteDeleted& v)
{
    w.beginObject();
    writeFields(w, v);
    w.endObject();
}

void writeJson(JsonWriter& w, const BotStatusChanged& v)
{
    w.beginObject();
    writeFields(w, v);
    w.endObject();
}

void writePayload(JsonWriter& w, const EventPayload& payload)
{
    struct Visitor {
        JsonWriter& w;
        void operator()(const Chat& v) const { writeJson(w.key("chat"), v); }
        void operator()(const Message& v) const { writeJson(w.key("message"), v); }
        void operator()(const Note& v) const { writeQtObject(w.key("note"), toJson(v)); }
        void operator()(const NoteDeleted& v) const { writeFields(w, v); }
        void operator()(const Subscriber& v) const { writeJson(w.key("subscriber"), v); }
        void operator()(const BotStatusChanged& v) const { writeFields(w, v); }
        void operator()(const Deal& v) const { writeQtObject(w.key("deal"), toJson(v)); }
    };
    w.beginObject();
    std::visit(Visitor{w}, payload);
    w.endObject();
}

QByteArray jsonBytes(const Message& v)
{
    QByteArray out;
    JsonWriter w(out);
    writeJson(w, v);
    return out;
}

QByteArray jsonBytes(const Subscriber& v)
{
    QByteArray out;
    JsonWriter w(out);
    writeJson(w, v);
    return out;
}

QByteArray payloadJsonBytes(const EventPayload& payload)
{
    QByteArray out;
    out.reserve(1024);
    JsonWriter w(out);
    writePayload(w, payload);
    return out;
}

QByteArray eventFrameBytes(qint64 seq, QStringView type, const QDateTime& at, const Origin& origin,
                           QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 200);
    JsonWriter w(out);
    w.beginObject();
    w.key("event");
    writeEvent(w, seq, type, at, origin, data);
    w.key("type").string(u"event");
    w.endObject();
    return out;
}

QByteArray eventBytes(qint64 seq, QStringView type, const QDateTime& at, const Origin& origin,
                      QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 160);
    JsonWriter w(out);
    writeEvent(w, seq, type, at, origin, data);
    return out;
}

} // namespace baton::protocol
