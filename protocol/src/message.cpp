#include <protocol/message.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

bool deliveryAdvances(DeliveryStatus from, DeliveryStatus to)
{
    return static_cast<int>(to) > static_cast<int>(from);
}

QJsonObject toJson(const Attachment& v)
{
    return {{u"id"_s, v.id},
            {u"client_id"_s, v.clientId},
            {u"filename"_s, v.filename},
            {u"mime_type"_s, v.mimeType},
            {u"size"_s, v.size},
            {u"url"_s, v.url}};
}

bool fromJson(JsonReader& r, Attachment& v)
{
    v.id = r.id(u"id");
    v.clientId = r.stringOr(u"client_id");
    v.filename = r.string(u"filename");
    v.mimeType = r.string(u"mime_type");
    v.size = r.integer(u"size");
    v.url = r.string(u"url");
    return r.ok();
}

QJsonObject toJson(const Reaction& v)
{
    return {
        {u"emoji"_s, v.emoji}, {u"by"_s, enumName(v.by)}, {u"agent_id"_s, optionalJson(v.agentId)}};
}

bool fromJson(JsonReader& r, Reaction& v)
{
    v.emoji = r.string(u"emoji");
    if (r.ok() && v.emoji.isEmpty())
        r.fail(u"emoji", u"must not be empty"_s);
    v.by = r.enumeration<Direction>(u"by");
    v.agentId = r.optId(u"agent_id");
    return r.ok();
}

QJsonObject toJson(const Message& v)
{
    return {{u"id"_s, v.id},
            {u"chat_id"_s, v.chatId},
            {u"client_id"_s, v.clientId},
            {u"direction"_s, enumName(v.direction)},
            {u"source"_s, enumName(v.source)},
            {u"kind"_s, enumName(v.kind)},
            {u"agent_id"_s, optionalJson(v.agentId)},
            {u"text"_s, v.text},
            {u"attachments"_s, toJsonArray(v.attachments)},
            {u"reply_to"_s, optionalJson(v.replyTo)},
            {u"reactions"_s, toJsonArray(v.reactions)},
            {u"delivery"_s, enumName(v.delivery)},
            {u"edited_at"_s, optionalJson(v.editedAt)},
            {u"deleted"_s, v.deleted},
            {u"created_at"_s, formatTime(v.createdAt)},
            {u"ad_campaign"_s, optionalObject(v.adCampaign)},
            {u"story_url"_s, v.storyUrl},
            {u"bot_status"_s, optionalObject(v.botStatus)}};
}

bool fromJson(JsonReader& r, Message& v)
{
    v.id = r.id(u"id");
    v.chatId = r.id(u"chat_id");
    v.clientId = r.stringOr(u"client_id");
    v.direction = r.enumeration<Direction>(u"direction");
    v.source = r.enumeration<MessageSource>(u"source");
    if (r.ok() && (v.direction == Direction::In) != (v.source == MessageSource::Subscriber) &&
        v.source != MessageSource::System) {
        r.fail(u"source", u"does not match the direction"_s);
    }
    v.kind = r.enumeration<MessageKind>(u"kind");
    v.agentId = r.optId(u"agent_id");
    if (r.ok() && v.source == MessageSource::Agent && !v.agentId)
        r.fail(u"agent_id", u"is required for a message sent by an agent"_s);
    v.text = r.stringOr(u"text");
    v.attachments = r.optList<Attachment>(u"attachments");
    v.replyTo = r.optId(u"reply_to");
    v.reactions = r.optList<Reaction>(u"reactions");
    v.delivery = r.optEnumeration<DeliveryStatus>(u"delivery").value_or(DeliveryStatus::None);
    v.editedAt = r.optTime(u"edited_at");
    v.deleted = r.booleanOr(u"deleted", false);
    v.createdAt = r.time(u"created_at");
    v.adCampaign = r.optChild<AdCampaign>(u"ad_campaign");
    v.storyUrl = r.stringOr(u"story_url");
    v.botStatus = r.optChild<BotStatus>(u"bot_status");
    if (r.ok() && v.kind == MessageKind::BotStatusChange && !v.botStatus)
        r.fail(u"bot_status", u"is required for a bot status line"_s);
    return r.ok();
}

QJsonObject toJson(const MessagePage& v)
{
    return {{u"messages"_s, toJsonArray(v.messages)}, {u"has_more"_s, v.hasMore}};
}

bool fromJson(JsonReader& r, MessagePage& v)
{
    v.messages = r.list<Message>(u"messages");
    v.hasMore = r.boolean(u"has_more");
    return r.ok();
}

} // namespace baton::protocol
