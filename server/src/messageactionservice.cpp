#include "apiutil.h"
#include "chatstore.h"
#include "database.h"
#include "eventhub.h"
#include "messageactionservice.h"
#include "messagestore.h"
#include "sqlquery.h"

#include <protocol/limits.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

bool hasReactions(Channel channel)
{
    return channel == Channel::Telegram || channel == Channel::Instagram ||
           channel == Channel::WhatsApp;
}

} // namespace

Message MessageActionService::get(const Caller& caller, qint64 messageId) const
{
    const auto message = messages_.byId(caller.workspaceId, messageId);
    if (!message)
        failNotFound(u"message"_s);
    return *message;
}

MessageActionService::ChatInfo MessageActionService::chatInfo(qint64 chatId) const
{
    Query q(db_, u"SELECT last_message_id, channel FROM chats WHERE id = ?"_s);
    q.bind(chatId).exec();
    ChatInfo out;
    if (q.next()) {
        out.lastMessageId = q.optInteger(0);
        out.channel = enumFromString<Channel>(q.text(1)).value_or(Channel::Telegram);
    }
    return out;
}

void MessageActionService::requireOwn(const Caller& caller, const Message& message)
{
    // Nobody edits another agent's words, admins included.
    if (message.source != MessageSource::Agent || message.agentId != caller.agentId)
        fail(ErrorCode::Forbidden, u"only the agent who sent a message may change it"_s);
}

void MessageActionService::requireEditable(const Message& message, const QDateTime& now) const
{
    if (chatInfo(message.chatId).channel != Channel::Telegram)
        fail(ErrorCode::Unprocessable, u"only Telegram messages can be edited or deleted"_s);
    const qint64 windowSecs = std::chrono::duration_cast<std::chrono::seconds>(kEditWindow).count();
    if (now >= message.createdAt.addSecs(windowSecs))
        fail(ErrorCode::Unprocessable, u"messages can be changed for 48 hours after sending"_s);
}

Message MessageActionService::edit(const Caller& caller, qint64 messageId,
                                   const EditMessageRequest& request, const QDateTime& now)
{
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        message = get(caller, messageId);
        requireOwn(caller, message);
        // A retried edit is answered before the 48-hour rule.
        if (message.text == request.text)
            return message;
        requireEditable(message, now);
        if (message.deleted)
            fail(ErrorCode::Unprocessable, u"a deleted message cannot be edited"_s);
        if (!(request.text.isEmpty() && !message.attachments.isEmpty())) {
            if (const auto problem = validate(request))
                throw ApiFailure(*problem);
        }
        Query(db_, u"UPDATE messages SET text = ?, edited_at = ? WHERE id = ?"_s)
            .bind(request.text)
            .bind(now)
            .bind(messageId)
            .exec();
        message = get(caller, messageId);
        published.append(events_.append(caller.workspaceId, EventType::MessageUpdated, message,
                                        caller.origin(), now));
        if (chatInfo(message.chatId).lastMessageId == messageId) {
            const auto chat = chats_.chat(caller.workspaceId, message.chatId);
            published.append(events_.append(caller.workspaceId, EventType::ChatUpdated, *chat,
                                            caller.origin(), now));
        }
        tx.commit();
    }
    hub_.publish(published);
    return message;
}

Message MessageActionService::remove(const Caller& caller, qint64 messageId, const QDateTime& now)
{
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        message = get(caller, messageId);
        requireOwn(caller, message);
        if (message.deleted)
            return message; // a repeat, even after 48 hours
        requireEditable(message, now);
        Query(db_, u"UPDATE messages SET deleted = ? WHERE id = ?"_s)
            .bind(true)
            .bind(messageId)
            .exec();
        message = get(caller, messageId);
        published.append(events_.append(caller.workspaceId, EventType::MessageUpdated, message,
                                        caller.origin(), now));
        if (chatInfo(message.chatId).lastMessageId == messageId) {
            // The preview moves to the newest remaining message; the chat
            // keeps its place in the list.
            Query newest(db_, u"SELECT id FROM messages WHERE chat_id = ? AND deleted = ? AND "
                              "kind <> 'bot_status' ORDER BY id DESC LIMIT 1"_s);
            newest.bind(message.chatId).bind(false).exec();
            const std::optional<qint64> previewId =
                newest.next() ? std::optional<qint64>(newest.integer(0)) : std::nullopt;
            Query(db_, u"UPDATE chats SET last_message_id = ? WHERE id = ?"_s)
                .bind(previewId)
                .bind(message.chatId)
                .exec();
            const auto chat = chats_.chat(caller.workspaceId, message.chatId);
            published.append(events_.append(caller.workspaceId, EventType::ChatUpdated, *chat,
                                            caller.origin(), now));
        }
        tx.commit();
    }
    hub_.publish(published);
    return message;
}

Message MessageActionService::react(const Caller& caller, qint64 messageId,
                                    const ReactionRequest& request, const QDateTime& now)
{
    if (codePointCount(request.emoji) > kMaxEmojiCodePoints)
        fail(ErrorCode::InvalidField, u"emoji: at most %1 characters"_s.arg(kMaxEmojiCodePoints),
             u"emoji"_s);
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        message = get(caller, messageId);
        if (!hasReactions(chatInfo(message.chatId).channel))
            fail(ErrorCode::Unprocessable,
                 u"reactions exist on Telegram, Instagram and WhatsApp only"_s);
        if (message.kind == MessageKind::BotStatusChange || message.deleted)
            fail(ErrorCode::Unprocessable,
                 u"bot-status lines and deleted messages take no reactions"_s);
        std::optional<Reaction> ours;
        for (const Reaction& r : std::as_const(message.reactions)) {
            if (r.by == Direction::Out)
                ours = r;
        }
        const bool same = request.emoji.isEmpty() ? !ours : (ours && ours->emoji == request.emoji);
        if (same)
            return message;
        Query(db_, u"DELETE FROM reactions WHERE message_id = ? AND direction = 'out'"_s)
            .bind(messageId)
            .exec();
        if (!request.emoji.isEmpty()) {
            Query(db_, u"INSERT INTO reactions (message_id, direction, agent_id, emoji, "
                       "created_at) VALUES (?, 'out', ?, ?, ?)"_s)
                .bind(messageId)
                .bind(caller.agentId)
                .bind(request.emoji)
                .bind(now)
                .exec();
        }
        message = get(caller, messageId);
        published.append(events_.append(caller.workspaceId, EventType::MessageUpdated, message,
                                        caller.origin(), now));
        tx.commit();
    }
    hub_.publish(published);
    return message;
}

} // namespace baton::server
