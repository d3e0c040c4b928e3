#pragma once

#include "botstatusservice.h"
#include "caller.h"
#include "chatstore.h"
#include "eventhub.h"
#include "eventstore.h"
#include "messagestore.h"

#include <protocol/requests.h>

namespace baton::server {

struct SendResult {
    protocol::Message message;
    bool created = false; // false: a repeat of an earlier send with the same body
};

// Message history and agent sends: idempotency by client id, the support
// window, opening the chat, and the manual-message snooze.
class MessageService {
public:
    MessageService(Database& db, ChatStore& chats, MessageStore& messages, EventStore& events,
                   EventHub& hub, BotStatusService& botStatus)
        : db_(db)
        , chats_(chats)
        , messages_(messages)
        , events_(events)
        , hub_(hub)
        , botStatus_(botStatus)
    {}

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 200;

    protocol::MessagePage page(const Caller& caller, qint64 chatId, std::optional<qint64> before,
                               int limit) const;
    SendResult send(const Caller& caller, qint64 chatId, const QString& clientId,
                    const protocol::SendMessageRequest& request, const QDateTime& now);

    // The client id in its stored form (lower case), or nullopt if it is no UUID.
    static std::optional<QString> normalizeClientId(const QString& clientId);

private:
    Database& db_;
    ChatStore& chats_;
    MessageStore& messages_;
    EventStore& events_;
    EventHub& hub_;
    BotStatusService& botStatus_;
};

} // namespace baton::server
