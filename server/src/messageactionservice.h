#pragma once

#include "caller.h"
#include "eventstore.h"

#include <protocol/message.h>
#include <protocol/requests.h>

#include <QDateTime>

namespace baton::server {

class ChatStore;
class Database;
class EventHub;
class MessageStore;

// What agents do to a message after it was sent: read it by id, edit or
// delete their own Telegram messages within 48 hours, and set the
// business's reaction. Each change writes message.updated, and chat.updated
// when the chat's preview changed, in the same transaction.
class MessageActionService {
public:
    MessageActionService(Database& db, ChatStore& chats, MessageStore& messages, EventStore& events,
                         EventHub& hub)
        : db_(db)
        , chats_(chats)
        , messages_(messages)
        , events_(events)
        , hub_(hub)
    {}

    static constexpr qsizetype kMaxEmojiCodePoints = 16;

    protocol::Message get(const Caller& caller, qint64 messageId) const;
    protocol::Message edit(const Caller& caller, qint64 messageId,
                           const protocol::EditMessageRequest& request, const QDateTime& now);
    protocol::Message remove(const Caller& caller, qint64 messageId, const QDateTime& now);
    protocol::Message react(const Caller& caller, qint64 messageId,
                            const protocol::ReactionRequest& request, const QDateTime& now);

private:
    // 403 unless the caller sent it; then 422 off Telegram or after 48 hours.
    static void requireOwn(const Caller& caller, const protocol::Message& message);
    void requireEditable(const protocol::Message& message, const QDateTime& now) const;
    // The chat's id of last_message and its channel.
    struct ChatInfo {
        std::optional<qint64> lastMessageId;
        protocol::Channel channel = protocol::Channel::Telegram;
    };
    ChatInfo chatInfo(qint64 chatId) const;

    Database& db_;
    ChatStore& chats_;
    MessageStore& messages_;
    EventStore& events_;
    EventHub& hub_;
};

} // namespace baton::server
