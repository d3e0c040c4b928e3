#pragma once

#include <protocol/botstatus.h>
#include <protocol/chat.h>
#include <protocol/error.h>
#include <protocol/json.h>
#include <protocol/subscriber.h>
#include <protocol/workspace.h>

namespace baton::protocol {

// Request and response bodies of the REST API. Decoding checks shapes and
// types (400 on failure); validate() checks the domain limits (422, or 413/415
// for attachments) so both programs apply the same rules.

struct LoginRequest {
    QString email;
    QString password;
    bool operator==(const LoginRequest&) const = default;
};

struct LoginResponse {
    QString token;
    Agent agent;
    Workspace workspace;
    bool operator==(const LoginResponse&) const = default;
};

// GET /me: who the token belongs to.
struct MeResponse {
    Agent agent;
    Workspace workspace;
    bool operator==(const MeResponse&) const = default;
};

// One entry of the POST /bot-status/bulk answer: the new status or the error.
struct BulkResult {
    qint64 subscriberId = 0;
    std::optional<BotStatus> botStatus;
    std::optional<ApiError> error;
    bool operator==(const BulkResult&) const = default;
};

struct SendMessageRequest {
    QString text;
    std::optional<qint64> replyTo;
    QList<qint64> attachmentIds;
    bool operator==(const SendMessageRequest&) const = default;
};

struct EditMessageRequest {
    QString text;
    bool operator==(const EditMessageRequest&) const = default;
};

// Sets the agents' reaction on a message; an empty emoji removes it.
struct ReactionRequest {
    QString emoji;
    bool operator==(const ReactionRequest&) const = default;
};

struct NoteRequest {
    QString text;
    bool operator==(const NoteRequest&) const = default;
};

struct AssigneeRequest {
    std::optional<qint64> agentId; // null: unassign
    bool operator==(const AssigneeRequest&) const = default;
};

struct BotStatusRequest {
    BotState state = BotState::Active;
    std::optional<QDateTime> until;
    qint64 baseVersion = 0;
    bool operator==(const BotStatusRequest&) const = default;
};

struct ExtendRequest {
    qint64 minutes = 60;
    bool operator==(const ExtendRequest&) const = default;
};

struct BulkBotStatusRequest {
    QList<qint64> subscriberIds;
    BotState state = BotState::Active;
    std::optional<QDateTime> until;
    bool operator==(const BulkBotStatusRequest&) const = default;
};

struct TagsRequest {
    QStringList tags;
    bool operator==(const TagsRequest&) const = default;
};

// PUT /subscribers/ID/variables/NAME: the name is in the path.
struct VariableRequest {
    VariableValue value;
    bool operator==(const VariableRequest&) const = default;
};

struct DealRequest {
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString name;
    qint64 amountMinor = 0;
    QString currency;
    bool operator==(const DealRequest&) const = default;
};

// PATCH /deals/ID: only the fields present change.
struct DealPatch {
    std::optional<qint64> stageId;
    std::optional<QString> name;
    std::optional<qint64> amountMinor;
    std::optional<QString> currency;
    bool operator==(const DealPatch&) const = default;
};

struct ContactRequest {
    QString firstName;
    QString lastName;
    QString phone;
    bool operator==(const ContactRequest&) const = default;
};

// What a messaging-app connector delivers to POST /channels/BOT_ID/inbound.
struct InboundRequest {
    QString externalId; // the subscriber's id at the messaging app
    QString firstName;
    QString lastName;
    QString username;
    QString avatarUrl;
    MessageKind kind = MessageKind::Text; // text, button, story_mention, ad_click
    QString text;                         // the text, or the pressed button's caption
    std::optional<AdCampaign> adCampaign;
    QString storyUrl;
    std::optional<GroupInfo> group; // set when the message comes from a group chat
    bool operator==(const InboundRequest&) const = default;
};

// A message the business sent through another platform (source third_party_app).
struct ChannelOutboundRequest {
    QString externalId;
    QString text;
    bool operator==(const ChannelOutboundRequest&) const = default;
};

// A delivery receipt from the messaging app.
struct ChannelDeliveryRequest {
    qint64 messageId = 0;
    DeliveryStatus delivery = DeliveryStatus::Sent;
    bool operator==(const ChannelDeliveryRequest&) const = default;
};

// The subscriber's reaction; an empty emoji removes it.
struct ChannelReactionRequest {
    qint64 messageId = 0;
    QString emoji;
    bool operator==(const ChannelReactionRequest&) const = default;
};

std::optional<ApiError> validate(const SendMessageRequest& v);
std::optional<ApiError> validate(const EditMessageRequest& v);
std::optional<ApiError> validate(const NoteRequest& v);
std::optional<ApiError> validate(const BotStatusRequest& v, const QDateTime& now);
std::optional<ApiError> validate(const ExtendRequest& v);
std::optional<ApiError> validate(const BulkBotStatusRequest& v, const QDateTime& now);
std::optional<ApiError> validate(const TagsRequest& v);
std::optional<ApiError> validate(const DealRequest& v);
std::optional<ApiError> validate(const DealPatch& v);
std::optional<ApiError> validate(const ContactRequest& v);
std::optional<ApiError> validate(const InboundRequest& v);
std::optional<ApiError> validate(const ChannelOutboundRequest& v);
std::optional<ApiError> validate(const ChannelDeliveryRequest& v);

QJsonObject toJson(const LoginRequest& v);
bool fromJson(JsonReader& r, LoginRequest& v);
QJsonObject toJson(const LoginResponse& v);
bool fromJson(JsonReader& r, LoginResponse& v);
QJsonObject toJson(const MeResponse& v);
bool fromJson(JsonReader& r, MeResponse& v);
QJsonObject toJson(const BulkResult& v);
bool fromJson(JsonReader& r, BulkResult& v);
QJsonObject toJson(const SendMessageRequest& v);
bool fromJson(JsonReader& r, SendMessageRequest& v);
QJsonObject toJson(const EditMessageRequest& v);
bool fromJson(JsonReader& r, EditMessageRequest& v);
QJsonObject toJson(const ReactionRequest& v);
bool fromJson(JsonReader& r, ReactionRequest& v);
QJsonObject toJson(const NoteRequest& v);
bool fromJson(JsonReader& r, NoteRequest& v);
QJsonObject toJson(const AssigneeRequest& v);
bool fromJson(JsonReader& r, AssigneeRequest& v);
QJsonObject toJson(const BotStatusRequest& v);
bool fromJson(JsonReader& r, BotStatusRequest& v);
QJsonObject toJson(const ExtendRequest& v);
bool fromJson(JsonReader& r, ExtendRequest& v);
QJsonObject toJson(const BulkBotStatusRequest& v);
bool fromJson(JsonReader& r, BulkBotStatusRequest& v);
QJsonObject toJson(const TagsRequest& v);
bool fromJson(JsonReader& r, TagsRequest& v);
// The variable's type travels with the value: {"type":"number","value":3}.
QJsonObject toJson(const VariableRequest& v);
bool fromJson(JsonReader& r, VariableRequest& v);
QJsonObject toJson(const DealRequest& v);
bool fromJson(JsonReader& r, DealRequest& v);
QJsonObject toJson(const DealPatch& v);
bool fromJson(JsonReader& r, DealPatch& v);
QJsonObject toJson(const ContactRequest& v);
bool fromJson(JsonReader& r, ContactRequest& v);
QJsonObject toJson(const InboundRequest& v);
bool fromJson(JsonReader& r, InboundRequest& v);
QJsonObject toJson(const ChannelOutboundRequest& v);
bool fromJson(JsonReader& r, ChannelOutboundRequest& v);
QJsonObject toJson(const ChannelDeliveryRequest& v);
bool fromJson(JsonReader& r, ChannelDeliveryRequest& v);
QJsonObject toJson(const ChannelReactionRequest& v);
bool fromJson(JsonReader& r, ChannelReactionRequest& v);

} // namespace baton::protocol
