#pragma once

#include "eventhub.h"
#include "eventstore.h"

#include <protocol/message.h>
#include <protocol/requests.h>

#include <QDateTime>

namespace baton::server {

class BotEngine;
class ChatStore;
class FlowStore;
class MessageStore;

// The bot a channel request is for, after its secret was checked.
struct ChannelBot {
    qint64 botId = 0;
    qint64 workspaceId = 0;
    protocol::Channel channel = protocol::Channel::Telegram;
};

// The messaging-app side (docs/protocol.md 5.12): what subscribers do, what
// the business sent elsewhere, receipts and the subscribers' reactions.
// Every change has the system origin.
class ChannelService {
public:
    ChannelService(Database& db, ChatStore& chats, MessageStore& messages, EventStore& events,
                   EventHub& hub, FlowStore& flows, BotEngine& engine)
        : db_(db)
        , chats_(chats)
        , messages_(messages)
        , events_(events)
        , hub_(hub)
        , flows_(flows)
        , engine_(engine)
    {}

    // 401 for a path segment that is no bot, an unknown bot or a wrong
    // secret, all alike; the secret is compared in constant time.
    ChannelBot authenticate(const QString& botIdSegment, const QByteArray& secret) const;

    protocol::Message inbound(const ChannelBot& bot, const protocol::InboundRequest& request,
                              const QDateTime& now);
    protocol::Message outbound(const ChannelBot& bot,
                               const protocol::ChannelOutboundRequest& request,
                               const QDateTime& now);
    protocol::Message delivery(const ChannelBot& bot,
                               const protocol::ChannelDeliveryRequest& request,
                               const QDateTime& now);
    protocol::Message reaction(const ChannelBot& bot,
                               const protocol::ChannelReactionRequest& request,
                               const QDateTime& now);

private:
    // The chat of a message of this bot, or 422 on message_id.
    qint64 chatOfBotMessage(const ChannelBot& bot, qint64 messageId) const;

    Database& db_;
    ChatStore& chats_;
    MessageStore& messages_;
    EventStore& events_;
    EventHub& hub_;
    FlowStore& flows_;
    BotEngine& engine_;
};

} // namespace baton::server
