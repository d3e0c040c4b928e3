#include "apiutil.h"
#include "crypto.h"
#include "messageservice.h"
#include "uploadservice.h"

#include <protocol/limits.h>
#include <protocol/supportwindow.h>

#include <QJsonDocument>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

bool hasDeliveryStatus(Channel channel)
{
    return channel == Channel::Instagram || channel == Channel::WhatsApp ||
           channel == Channel::Messenger;
}

QString requestHash(qint64 chatId, const SendMessageRequest& request)
{
    // The decoded request re-encoded: QJsonObject sorts keys and the codec
    // writes every key, so equal requests give equal bytes whatever their form.
    QJsonObject canonical = toJson(request);
    canonical.insert(u"chat_id"_s, chatId);
    return crypto::sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

// Test hook for the fault tests: BATON_FAULT=crash-before-commit:send or
// crash-after-commit:send kills the process there, as kill -9 would, so a
// crash lands on exactly one side of the commit. Inert when unset.
void faultPoint(const char* point)
{
    static const QByteArray fault = qgetenv("BATON_FAULT");
    if (!fault.isEmpty() && fault == point)
        std::raise(SIGKILL);
}

} // namespace

std::optional<QString> MessageService::normalizeClientId(const QString& clientId)
{
    // 8-4-4-4-12 hexadecimal digits, any version, either case; kept in lower case.
    if (clientId.size() != 36 || QUuid::fromString(clientId).isNull())
        return std::nullopt;
    for (qsizetype i = 0; i < clientId.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (clientId.at(i) == u'-'))
            return std::nullopt;
    }
    return clientId.toLower();
}

MessagePage MessageService::page(const Caller& caller, qint64 chatId, std::optional<qint64> before,
                                 int limit) const
{
    if (!chats_.chat(caller.workspaceId, chatId))
        failNotFound(u"chat"_s);
    return messages_.page(chatId, before, limit);
}

SendResult MessageService::send(const Caller& caller, qint64 chatId, const QString& rawClientId,
                                const SendMessageRequest& request, const QDateTime& now)
{
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        // The documented order: 404 chat, 400 client id, replay or 409, 422.
        const auto chat = chats_.chat(caller.workspaceId, chatId);
        if (!chat)
            failNotFound(u"chat"_s);
        const auto clientId = normalizeClientId(rawClientId);
        if (!clientId)
            fail(ErrorCode::InvalidField, u"the client id must be a UUID"_s, u"client_id"_s);
        const QString hash = requestHash(chatId, request);
        // A retry answers the original, before any rule that may have changed since.
        const auto replay = [&](const StoredSend& existing) -> SendResult {
            if (existing.requestHash != hash)
                fail(ErrorCode::Conflict, u"this client id was used for a different message"_s,
                     u"client_id"_s);
            return {existing.message, false};
        };
        if (const auto existing = messages_.byClientId(caller.workspaceId, *clientId))
            return replay(*existing);
        if (const auto problem = validate(request))
            throw ApiFailure(*problem);
        UploadService::checkForSend(db_, caller.workspaceId, request.attachmentIds);
        switch (chats_.subscriptionStatus(chat->subscriberId)) {
        case SubscriptionStatus::Disabled:
            fail(ErrorCode::Unprocessable,
                 u"the bot sends this subscriber nothing until re-enabled"_s);
        case SubscriptionStatus::Unsubscribed:
            fail(ErrorCode::Unprocessable, u"the subscriber has unsubscribed"_s);
        case SubscriptionStatus::Active:
            break;
        }
        if (!canSendFreeText(chat->channel, chat->lastInboundAt, now))
            fail(ErrorCode::Unprocessable,
                 u"the support window is closed: the subscriber has not written recently"_s,
                 u"text"_s);
        if (request.replyTo && !messages_.message(chatId, *request.replyTo))
            fail(ErrorCode::Unprocessable, u"no such message in this chat"_s, u"reply_to"_s);

        message.chatId = chatId;
        message.clientId = *clientId;
        message.direction = Direction::Out;
        message.source = MessageSource::Agent;
        message.kind = MessageKind::Text;
        message.agentId = caller.agentId;
        message.text = request.text;
        message.replyTo = request.replyTo;
        message.delivery =
            hasDeliveryStatus(chat->channel) ? DeliveryStatus::Sent : DeliveryStatus::None;
        message.createdAt = now;
        const auto id = messages_.insertUnlessDuplicate(caller.workspaceId, message, hash);
        if (!id) {
            // Another instance stored the same client id since our check and
            // committed; nothing is written yet, so this is a plain replay.
            const auto existing = messages_.byClientId(caller.workspaceId, *clientId);
            if (!existing)
                throw DbError("a concurrent send with this client id vanished");
            return replay(*existing);
        }
        message.id = *id;
        if (!request.attachmentIds.isEmpty()) {
            UploadService::attach(db_, request.attachmentIds, message.id);
            message = *messages_.message(chatId, message.id);
        }
        published.append(events_.append(caller.workspaceId, EventType::MessageCreated, message,
                                        caller.origin(), now));

        // The manual-message snooze: the bot-status service owns every change.
        botStatus_.manualMessageSnooze(caller, chat->subscriberId, now, published);
        // Writing in a chat opens it.
        if (chat->state == ChatState::Closed)
            chats_.setState(chatId, ChatState::Open, now);
        // The preview shows what was said, not the status line after it.
        chats_.setLastMessage(chatId, message.id, now);
        const auto updated = chats_.chat(caller.workspaceId, chatId);
        published.append(events_.append(caller.workspaceId, EventType::ChatUpdated, *updated,
                                        caller.origin(), now));
        faultPoint("crash-before-commit:send");
        tx.commit();
        faultPoint("crash-after-commit:send");
    }
    hub_.publish(published);
    return {message, true};
}

} // namespace baton::server
