#include <protocol/crm.h>
#include <protocol/limits.h>
#include <protocol/requests.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace baton::protocol {
namespace {

inline constexpr qsizetype kMaxAttachmentsPerMessage = 10;
inline constexpr qsizetype kMaxTags = 100;
inline constexpr qsizetype kMaxBulk = 500;
inline constexpr qint64 kMaxExtendMinutes = qint64{7} * 24 * 60;
inline constexpr qint64 kMaxStatusDays = 366;
inline constexpr qsizetype kMaxInboundCodePoints = 4096;

ApiError unprocessable(const QString& field, const QString& message)
{
    return {ErrorCode::Unprocessable, field + u": "_s + message, field, {}};
}

std::optional<ApiError> checkTextField(const QString& field, QStringView text, qsizetype max)
{
    if (auto problem = checkText(text, max))
        return unprocessable(field, describe(*problem, max));
    return std::nullopt;
}

std::optional<ApiError> checkName(const QString& field, QStringView text, bool required)
{
    if (!required && text.isEmpty())
        return std::nullopt;
    return checkTextField(field, text, kMaxNameCodePoints);
}

std::optional<ApiError> checkUntil(const std::optional<QDateTime>& until, BotState state,
                                   const QDateTime& now)
{
    if (!until)
        return std::nullopt;
    if (state == BotState::Active)
        return unprocessable(u"until"_s, u"must be empty when the bot is made active"_s);
    if (*until <= now)
        return unprocessable(u"until"_s, u"must be in the future"_s);
    if (*until > now.addDays(kMaxStatusDays))
        return unprocessable(u"until"_s, u"must be within a year"_s);
    return std::nullopt;
}

bool isPhone(QStringView phone)
{
    if (phone.size() > 32)
        return false;
    for (QChar c : phone) {
        if (!c.isDigit() && c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return true;
}

std::optional<ApiError> checkDealFields(const std::optional<QString>& name,
                                        const std::optional<qint64>& amount,
                                        const std::optional<QString>& currency)
{
    if (name) {
        if (auto e = checkName(u"name"_s, *name, true))
            return e;
    }
    if (amount && *amount < 0)
        return unprocessable(u"amount_minor"_s, u"must not be negative"_s);
    if (currency && !isValidCurrency(*currency))
        return unprocessable(u"currency"_s, u"expected a three-letter code such as EUR"_s);
    return std::nullopt;
}

} // namespace

std::optional<ApiError> validate(const SendMessageRequest& v)
{
    if (v.attachmentIds.size() > kMaxAttachmentsPerMessage) {
        return unprocessable(u"attachment_ids"_s, u"at most %1 attachments per message"_s.arg(
                                                      kMaxAttachmentsPerMessage));
    }
    // A message carrying files may go without text; the text is still capped.
    if (!v.attachmentIds.isEmpty() && v.text.isEmpty())
        return std::nullopt;
    return checkTextField(u"text"_s, v.text, kMaxMessageCodePoints);
}

std::optional<ApiError> validate(const EditMessageRequest& v)
{
    return checkTextField(u"text"_s, v.text, kMaxMessageCodePoints);
}

std::optional<ApiError> validate(const NoteRequest& v)
{
    return checkTextField(u"text"_s, v.text, kMaxNoteCodePoints);
}

std::optional<ApiError> validate(const BotStatusRequest& v, const QDateTime& now)
{
    return checkUntil(v.until, v.state, now);
}

std::optional<ApiError> validate(const ExtendRequest& v)
{
    if (v.minutes < 1 || v.minutes > kMaxExtendMinutes)
        return unprocessable(u"minutes"_s, u"must be between 1 and %1"_s.arg(kMaxExtendMinutes));
    return std::nullopt;
}

std::optional<ApiError> validate(const BulkBotStatusRequest& v, const QDateTime& now)
{
    if (v.subscriberIds.isEmpty())
        return unprocessable(u"subscriber_ids"_s, u"must name at least one subscriber"_s);
    if (v.subscriberIds.size() > kMaxBulk)
        return unprocessable(u"subscriber_ids"_s,
                             u"at most %1 subscribers at once"_s.arg(kMaxBulk));
    QSet<qint64> seen;
    for (qsizetype i = 0; i < v.subscriberIds.size(); ++i) {
        if (seen.contains(v.subscriberIds[i])) {
            return unprocessable(u"subscriber_ids[%1]"_s.arg(i), u"is listed twice"_s);
        }
        seen.insert(v.subscriberIds[i]);
    }
    return checkUntil(v.until, v.state, now);
}

std::optional<ApiError> validate(const TagsRequest& v)
{
    if (v.tags.size() > kMaxTags)
        return unprocessable(u"tags"_s, u"at most %1 tags"_s.arg(kMaxTags));
    for (qsizetype i = 0; i < v.tags.size(); ++i) {
        if (!isValidTag(v.tags[i])) {
            return unprocessable(u"tags[%1]"_s.arg(i), u"a tag is 1 to 64 characters, not blank"_s);
        }
    }
    return std::nullopt;
}

std::optional<ApiError> validate(const DealRequest& v)
{
    return checkDealFields(v.name, v.amountMinor, v.currency);
}

std::optional<ApiError> validate(const DealPatch& v)
{
    if (!v.stageId && !v.name && !v.amountMinor && !v.currency)
        return unprocessable(QString(), u"nothing to change"_s);
    return checkDealFields(v.name, v.amountMinor, v.currency);
}

std::optional<ApiError> validate(const ContactRequest& v)
{
    if (auto e = checkName(u"first_name"_s, v.firstName, false))
        return e;
    if (auto e = checkName(u"last_name"_s, v.lastName, false))
        return e;
    if (!isPhone(v.phone)) {
        return unprocessable(u"phone"_s,
                             u"digits, spaces and + - ( ) only, at most 32 characters"_s);
    }
    return std::nullopt;
}

std::optional<ApiError> validate(const InboundRequest& v)
{
    if (auto e = checkName(u"external_id"_s, v.externalId, true))
        return e;
    if (auto e = checkName(u"first_name"_s, v.firstName, false))
        return e;
    if (auto e = checkName(u"last_name"_s, v.lastName, false))
        return e;
    switch (v.kind) {
    case MessageKind::Text:
    case MessageKind::Button:
        return checkTextField(u"text"_s, v.text, kMaxInboundCodePoints);
    case MessageKind::AdClick:
        if (!v.adCampaign)
            return unprocessable(u"ad_campaign"_s, u"is required for an ad click"_s);
        return std::nullopt;
    case MessageKind::StoryMention:
        if (v.storyUrl.isEmpty())
            return unprocessable(u"story_url"_s, u"is required for a story mention"_s);
        return std::nullopt;
    case MessageKind::BotStatusChange:
        break;
    }
    return unprocessable(u"kind"_s, u"is not something a subscriber can send"_s);
}

std::optional<ApiError> validate(const ChannelOutboundRequest& v)
{
    if (auto e = checkName(u"external_id"_s, v.externalId, true))
        return e;
    return checkTextField(u"text"_s, v.text, kMaxInboundCodePoints);
}

std::optional<ApiError> validate(const ChannelDeliveryRequest& v)
{
    if (v.delivery == DeliveryStatus::None)
        return unprocessable(u"delivery"_s, u"a receipt is sent, delivered or read"_s);
    return std::nullopt;
}

QJsonObject toJson(const MeResponse& v)
{
    return {{u"agent"_s, toJson(v.agent)}, {u"workspace"_s, toJson(v.workspace)}};
}

bool fromJson(JsonReader& r, MeResponse& v)
{
    v.agent = r.child<Agent>(u"agent");
    v.workspace = r.child<Workspace>(u"workspace");
    return r.ok();
}

QJsonObject toJson(const BulkResult& v)
{
    return {{u"subscriber_id"_s, v.subscriberId},
            {u"bot_status"_s, optionalObject(v.botStatus)},
            {u"error"_s, v.error ? toJson(*v.error).value(u"error"_s) : QJsonValue()}};
}

bool fromJson(JsonReader& r, BulkResult& v)
{
    v.subscriberId = r.id(u"subscriber_id");
    v.botStatus = r.optChild<BotStatus>(u"bot_status");
    v.error = r.optChild<ApiError>(u"error");
    if (r.ok() && v.botStatus.has_value() == v.error.has_value())
        r.fail(u"error", u"exactly one of bot_status and error is set"_s);
    return r.ok();
}

QJsonObject toJson(const LoginRequest& v)
{
    return {{u"email"_s, v.email}, {u"password"_s, v.password}};
}

bool fromJson(JsonReader& r, LoginRequest& v)
{
    v.email = r.string(u"email");
    v.password = r.string(u"password");
    return r.ok();
}

QJsonObject toJson(const LoginResponse& v)
{
    return {{u"token"_s, v.token},
            {u"agent"_s, toJson(v.agent)},
            {u"workspace"_s, toJson(v.workspace)}};
}

bool fromJson(JsonReader& r, LoginResponse& v)
{
    v.token = r.string(u"token");
    v.agent = r.child<Agent>(u"agent");
    v.workspace = r.child<Workspace>(u"workspace");
    return r.ok();
}

QJsonObject toJson(const SendMessageRequest& v)
{
    return {{u"text"_s, v.text},
            {u"reply_to"_s, optionalJson(v.replyTo)},
            {u"attachment_ids"_s, idsToJson(v.attachmentIds)}};
}

bool fromJson(JsonReader& r, SendMessageRequest& v)
{
    v.text = r.stringOr(u"text");
    v.replyTo = r.optId(u"reply_to");
    v.attachmentIds = r.optIdList(u"attachment_ids");
    return r.ok();
}

QJsonObject toJson(const EditMessageRequest& v)
{
    return {{u"text"_s, v.text}};
}

bool fromJson(JsonReader& r, EditMessageRequest& v)
{
    v.text = r.string(u"text");
    return r.ok();
}

QJsonObject toJson(const ReactionRequest& v)
{
    return {{u"emoji"_s, v.emoji}};
}

bool fromJson(JsonReader& r, ReactionRequest& v)
{
    v.emoji = r.string(u"emoji");
    if (r.ok() && codePointCount(v.emoji) > 16)
        r.fail(u"emoji", u"expected a single emoji"_s);
    return r.ok();
}

QJsonObject toJson(const NoteRequest& v)
{
    return {{u"text"_s, v.text}};
}

bool fromJson(JsonReader& r, NoteRequest& v)
{
    v.text = r.string(u"text");
    return r.ok();
}

QJsonObject toJson(const AssigneeRequest& v)
{
    return {{u"agent_id"_s, optionalJson(v.agentId)}};
}

bool fromJson(JsonReader& r, AssigneeRequest& v)
{
    // Explicit null unassigns; a missing key is a mistake, not a request.
    if (!r.has(u"agent_id"))
        r.fail(u"agent_id", u"is required (null to unassign)"_s);
    v.agentId = r.optId(u"agent_id");
    return r.ok();
}

QJsonObject toJson(const BotStatusRequest& v)
{
    return {{u"state"_s, enumName(v.state)},
            {u"until"_s, optionalJson(v.until)},
            {u"base_version"_s, v.baseVersion}};
}

bool fromJson(JsonReader& r, BotStatusRequest& v)
{
    v.state = r.enumeration<BotState>(u"state");
    v.until = r.optTime(u"until");
    v.baseVersion = r.integer(u"base_version");
    return r.ok();
}

QJsonObject toJson(const ExtendRequest& v)
{
    return {{u"minutes"_s, v.minutes}};
}

bool fromJson(JsonReader& r, ExtendRequest& v)
{
    v.minutes = r.optInteger(u"minutes").value_or(60);
    return r.ok();
}

QJsonObject toJson(const BulkBotStatusRequest& v)
{
    return {{u"subscriber_ids"_s, idsToJson(v.subscriberIds)},
            {u"state"_s, enumName(v.state)},
            {u"until"_s, optionalJson(v.until)}};
}

bool fromJson(JsonReader& r, BulkBotStatusRequest& v)
{
    v.subscriberIds = r.idList(u"subscriber_ids");
    v.state = r.enumeration<BotState>(u"state");
    v.until = r.optTime(u"until");
    return r.ok();
}

QJsonObject toJson(const TagsRequest& v)
{
    return {{u"tags"_s, QJsonArray::fromStringList(v.tags)}};
}

bool fromJson(JsonReader& r, TagsRequest& v)
{
    v.tags = r.stringList(u"tags");
    return r.ok();
}

QJsonObject toJson(const VariableRequest& v)
{
    return {{u"type"_s, enumName(static_cast<VariableType>(v.value.index()))},
            {u"value"_s, variableValueToJson(v.value)}};
}

bool fromJson(JsonReader& r, VariableRequest& v)
{
    const auto type = r.enumeration<VariableType>(u"type");
    if (r.ok())
        v.value = readVariableValue(r, u"value", type);
    return r.ok();
}

QJsonObject toJson(const DealRequest& v)
{
    return {{u"pipeline_id"_s, v.pipelineId},
            {u"stage_id"_s, v.stageId},
            {u"name"_s, v.name},
            {u"amount_minor"_s, v.amountMinor},
            {u"currency"_s, v.currency}};
}

bool fromJson(JsonReader& r, DealRequest& v)
{
    v.pipelineId = r.id(u"pipeline_id");
    v.stageId = r.id(u"stage_id");
    v.name = r.string(u"name");
    v.amountMinor = r.integer(u"amount_minor", -kMaxSafeInteger);
    v.currency = r.string(u"currency");
    return r.ok();
}

QJsonObject toJson(const DealPatch& v)
{
    QJsonObject out;
    if (v.stageId)
        out.insert(u"stage_id"_s, *v.stageId);
    if (v.name)
        out.insert(u"name"_s, *v.name);
    if (v.amountMinor)
        out.insert(u"amount_minor"_s, *v.amountMinor);
    if (v.currency)
        out.insert(u"currency"_s, *v.currency);
    return out;
}

bool fromJson(JsonReader& r, DealPatch& v)
{
    v.stageId = r.optId(u"stage_id");
    v.name = r.optString(u"name");
    v.amountMinor = r.optInteger(u"amount_minor", -kMaxSafeInteger);
    v.currency = r.optString(u"currency");
    return r.ok();
}

QJsonObject toJson(const ContactRequest& v)
{
    return {{u"first_name"_s, v.firstName}, {u"last_name"_s, v.lastName}, {u"phone"_s, v.phone}};
}

bool fromJson(JsonReader& r, ContactRequest& v)
{
    v.firstName = r.string(u"first_name");
    v.lastName = r.string(u"last_name");
    v.phone = r.string(u"phone");
    return r.ok();
}

QJsonObject toJson(const InboundRequest& v)
{
    return {{u"external_id"_s, v.externalId},
            {u"first_name"_s, v.firstName},
            {u"last_name"_s, v.lastName},
            {u"username"_s, v.username},
            {u"avatar_url"_s, v.avatarUrl},
            {u"kind"_s, enumName(v.kind)},
            {u"text"_s, v.text},
            {u"ad_campaign"_s, optionalObject(v.adCampaign)},
            {u"story_url"_s, v.storyUrl},
            {u"group"_s, optionalObject(v.group)}};
}

bool fromJson(JsonReader& r, InboundRequest& v)
{
    v.externalId = r.string(u"external_id");
    v.firstName = r.stringOr(u"first_name");
    v.lastName = r.stringOr(u"last_name");
    v.username = r.stringOr(u"username");
    v.avatarUrl = r.stringOr(u"avatar_url");
    v.kind = r.optEnumeration<MessageKind>(u"kind").value_or(MessageKind::Text);
    v.text = r.stringOr(u"text");
    v.adCampaign = r.optChild<AdCampaign>(u"ad_campaign");
    v.storyUrl = r.stringOr(u"story_url");
    v.group = r.optChild<GroupInfo>(u"group");
    return r.ok();
}

} // namespace baton::protocol

namespace baton::protocol {

QJsonObject toJson(const ChannelOutboundRequest& v)
{
    return {{u"external_id"_s, v.externalId}, {u"text"_s, v.text}};
}

bool fromJson(JsonReader& r, ChannelOutboundRequest& v)
{
    v.externalId = r.string(u"external_id");
    v.text = r.string(u"text");
    return r.ok();
}

QJsonObject toJson(const ChannelDeliveryRequest& v)
{
    return {{u"message_id"_s, v.messageId}, {u"delivery"_s, enumName(v.delivery)}};
}

bool fromJson(JsonReader& r, ChannelDeliveryRequest& v)
{
    v.messageId = r.id(u"message_id");
    v.delivery = r.enumeration<DeliveryStatus>(u"delivery");
    return r.ok();
}

QJsonObject toJson(const ChannelReactionRequest& v)
{
    return {{u"message_id"_s, v.messageId}, {u"emoji"_s, v.emoji}};
}

bool fromJson(JsonReader& r, ChannelReactionRequest& v)
{
    v.messageId = r.id(u"message_id");
    v.emoji = r.string(u"emoji");
    if (r.ok() && codePointCount(v.emoji) > 16)
        r.fail(u"emoji", u"expected a single emoji"_s);
    return r.ok();
}

} // namespace baton::protocol
