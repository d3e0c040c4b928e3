#pragma once

#include <protocol/botstatus.h>
#include <protocol/json.h>
#include <protocol/subscriber.h>

namespace baton::protocol {

struct Attachment {
    qint64 id = 0;
    QString clientId;
    QString filename;
    QString mimeType;
    qint64 size = 0;
    // Download path, relative to the server (`/api/v1/attachments/ID`) or absolute.
    QString url;

    bool operator==(const Attachment&) const = default;
};

struct Reaction {
    QString emoji;
    // In: the subscriber reacted; out: an agent did.
    Direction by = Direction::In;
    std::optional<qint64> agentId;

    bool operator==(const Reaction&) const = default;
};

struct Message {
    qint64 id = 0;
    qint64 chatId = 0;
    // The sender's idempotency key (a UUID); empty for messages not sent through the API.
    QString clientId;
    Direction direction = Direction::In;
    MessageSource source = MessageSource::Subscriber;
    MessageKind kind = MessageKind::Text;
    std::optional<qint64> agentId;
    QString text;
    QList<Attachment> attachments;
    std::optional<qint64> replyTo;
    QList<Reaction> reactions;
    DeliveryStatus delivery = DeliveryStatus::None;
    std::optional<QDateTime> editedAt;
    bool deleted = false;
    QDateTime createdAt;
    // kind ad_click: the campaign the subscriber came from.
    std::optional<AdCampaign> adCampaign;
    // kind story_mention: link to the story.
    QString storyUrl;
    // kind bot_status: the status this line records.
    std::optional<BotStatus> botStatus;

    bool operator==(const Message&) const = default;
};

struct MessagePage {
    QList<Message> messages; // oldest first
    bool hasMore = false;    // older messages exist before the first one

    bool operator==(const MessagePage&) const = default;
};

// Delivery only moves forward: sent -> delivered -> read.
bool deliveryAdvances(DeliveryStatus from, DeliveryStatus to);

QJsonObject toJson(const Attachment& v);
bool fromJson(JsonReader& r, Attachment& v);
QJsonObject toJson(const Reaction& v);
bool fromJson(JsonReader& r, Reaction& v);
QJsonObject toJson(const Message& v);
bool fromJson(JsonReader& r, Message& v);
QJsonObject toJson(const MessagePage& v);
bool fromJson(JsonReader& r, MessagePage& v);

} // namespace baton::protocol
