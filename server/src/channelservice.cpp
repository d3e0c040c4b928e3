#include "apiutil.h"
#include "botengine.h"
#include "channelservice.h"
#include "chatstore.h"
#include "crypto.h"
#include "flowstore.h"
#include "messagestore.h"
#include "rowreaders.h"
#include "sqlquery.h"
#include "subscriberview.h"

#include <protocol/limits.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

constexpr qsizetype kMaxEmojiCodePoints = 16;

bool hasDeliveryStatus(Channel channel)
{
    return channel == Channel::Instagram || channel == Channel::WhatsApp ||
           channel == Channel::Messenger;
}

bool hasReactions(Channel channel)
{
    return channel == Channel::Telegram || channel == Channel::Instagram ||
           channel == Channel::WhatsApp;
}

int deliveryRank(DeliveryStatus d)
{
    return static_cast<int>(d);
}

[[noreturn]] void failUnauthorized()
{
    fail(ErrorCode::Unauthorized, u"unknown bot or wrong channel secret"_s);
}

// The stored subscriber fields an inbound message may change, its chat and
// what the bot engine needs (EngineTarget): one read per inbound message.
struct Known {
    qint64 id = 0;
    SubscriptionStatus status = SubscriptionStatus::Active;
    QString firstName, lastName, username, avatarUrl, email, phone;
    std::optional<GroupInfo> group;
    qint64 chatId = 0;
    ChatState chatState = ChatState::Closed;
    BotStatus botStatus;
    std::optional<QDateTime> limitSince;
    qint64 messageLimit = 0;
    bool hasRun = false;
    // The rest of the subscriber and chat events (built, not read back).
    QDateTime subscribedAt;
    std::optional<AdCampaign> adCampaign;
    std::optional<InstagramFollow> instagram;
    qint64 chatBotId = 0;
    Channel chatChannel = Channel::Telegram;
    ChatType chatType = ChatType::Personal;
    qint64 unreadCount = 0;
    std::optional<qint64> assigneeId;
    QDateTime chatLastActivityAt;
    bool hasTagsOrVariables = false;
};

// The workspace row is always there, so a first contact learns the message
// limit from the same read (`messageLimit`).
std::optional<Known> findSubscriber(const Database& db, const ChannelBot& bot,
                                    const QString& externalId, qint64* messageLimit = nullptr)
{
    Query q(db, u"SELECT s.id, s.status, s.first_name, s.last_name, s.username, s.avatar_url, "
                "s.email, s.phone, s.group_member_count, s.group_share_link, s.group_invite_link, "
                "c.id, c.state, s.bot_state, s.bot_until, s.bot_reason, s.bot_actor_type, "
                "s.bot_actor_agent_id, s.bot_changed_at, s.bot_version, s.bot_limit_since, "
                "w.message_limit, EXISTS (SELECT 1 FROM subscriber_flow_runs r WHERE "
                "r.subscriber_id = s.id), s.subscribed_at, s.ad_campaign_name, s.ad_campaign_url, "
                "s.ig_follows_business, s.ig_followed_by_business, c.bot_id, c.channel, c.type, "
                "c.unread_count, c.assignee_id, c.last_activity_at, "
                "EXISTS (SELECT 1 FROM subscriber_tags t WHERE t.subscriber_id = s.id) OR "
                "EXISTS (SELECT 1 FROM subscriber_variables v WHERE v.subscriber_id = s.id) "
                "FROM workspaces w LEFT JOIN subscribers s ON "
                "s.workspace_id = w.id AND s.bot_id = ? AND s.external_id = ? "
                "LEFT JOIN chats c ON c.subscriber_id = s.id WHERE w.id = ?"_s);
    q.bind(bot.botId).bind(externalId).bind(bot.workspaceId).exec();
    if (!q.next())
        throw DbError("expected a row, got none"); // the bot's workspace is gone
    if (messageLimit)
        *messageLimit = q.integer(21);
    if (q.isNull(0))
        return std::nullopt;
    Known k;
    k.id = q.integer(0);
    k.status = enumAt(q, 1, SubscriptionStatus::Active);
    k.firstName = q.text(2);
    k.lastName = q.text(3);
    k.username = q.text(4);
    k.avatarUrl = q.text(5);
    k.email = q.text(6);
    k.phone = q.text(7);
    if (!q.isNull(8))
        k.group = GroupInfo{q.integer(8), q.text(9), q.text(10)};
    // Every subscriber has its chat (created together); a row without one
    // fails like the separate chat lookup did.
    if (q.isNull(11))
        throw DbError("expected a row, got none");
    k.chatId = q.integer(11);
    k.chatState = enumAt(q, 12, ChatState::Closed);
    k.botStatus = botStatusAt(q, 13);
    k.limitSince = q.optTime(20);
    k.messageLimit = q.integer(21);
    k.hasRun = q.boolean(22);
    k.subscribedAt = q.time(23);
    if (!q.isNull(24))
        k.adCampaign = AdCampaign{q.text(24), q.text(25)};
    if (!q.isNull(26))
        k.instagram = InstagramFollow{q.boolean(26), q.boolean(27)};
    k.chatBotId = q.integer(28);
    k.chatChannel = enumAt(q, 29, Channel::Telegram);
    k.chatType = enumAt(q, 30, ChatType::Personal);
    k.unreadCount = q.integer(31);
    k.assigneeId = q.optInteger(32);
    k.chatLastActivityAt = q.time(33);
    k.hasTagsOrVariables = q.boolean(34);
    return k;
}

} // namespace

ChannelBot ChannelService::authenticate(const QString& botIdSegment, const QByteArray& secret) const
{
    bool ok = false;
    const qint64 botId = botIdSegment.toLongLong(&ok);
    const bool wellFormed =
        ok && botId >= 1 && botId <= kMaxSafeInteger && QString::number(botId) == botIdSegment;
    QByteArray stored = "no bot: compared anyway so an unknown bot takes as long";
    ChannelBot bot;
    bool found = false;
    if (wellFormed) {
        Query q(db_, u"SELECT workspace_id, channel, channel_secret FROM bots WHERE id = ?"_s);
        q.bind(botId).exec();
        if (q.next()) {
            found = true;
            bot.botId = botId;
            bot.workspaceId = q.integer(0);
            bot.channel = enumFromString<Channel>(q.text(1)).value_or(Channel::Telegram);
            stored = q.text(2).toUtf8();
        }
    }
    const bool match = crypto::constantTimeEquals(stored, secret);
    if (!found || !match || secret.isEmpty())
        failUnauthorized();
    return bot;
}

Message ChannelService::inbound(const ChannelBot& bot, const InboundRequest& request,
                                const QDateTime& now)
{
    if (const auto problem = validate(request))
        throw ApiFailure(*problem);
    QList<StoredEvent> published;
    Message in;
    {
        Transaction tx(db_);
        // One inbound at a time per bot, so a first contact is created once
        // also when a connector delivers two messages at once.
        if (db_.dialect() == Dialect::Postgresql) {
            Query(db_, u"SELECT id FROM bots WHERE id = ? FOR UPDATE"_s).bind(bot.botId).exec();
            // The subscriber's and chat's rows too: their events are built from
            // the read below and this request's own writes, so no other
            // transaction may change those rows in between (on SQLite, BEGIN
            // IMMEDIATE keeps every other writer out already).
            Query(db_, u"SELECT s.id FROM subscribers s JOIN chats c ON c.subscriber_id = s.id "
                       "WHERE s.bot_id = ? AND s.external_id = ? FOR UPDATE"_s)
                .bind(bot.botId)
                .bind(request.externalId)
                .exec();
        }
        // Times as a read of the stored milliseconds gives them back.
        const QDateTime at = fromMs(toMs(now));
        qint64 messageLimit = 0;
        const auto known = findSubscriber(db_, bot, request.externalId, &messageLimit);
        const bool firstContact = !known;
        qint64 subscriberId = 0;
        qint64 chatId = 0;
        std::optional<EngineTarget> target;
        // The subscriber and chat as they are once this request's writes are
        // done (before the engine), for their events.
        Subscriber after;
        Chat chatAfter;
        if (firstContact) {
            Subscriber s;
            s.botId = bot.botId;
            s.channel = bot.channel;
            s.firstName = request.firstName;
            s.lastName = request.lastName;
            s.username = request.username;
            s.avatarUrl = request.avatarUrl;
            s.status = SubscriptionStatus::Active;
            s.subscribedAt = now;
            s.lastActivityAt = now;
            s.lastInboundAt = now;
            if (request.kind == MessageKind::AdClick)
                s.adCampaign = request.adCampaign;
            if (bot.channel == Channel::Instagram)
                s.instagram = InstagramFollow{};
            s.group = request.group;
            s.botStatus.state = BotState::Active;
            s.botStatus.reason = BotStatusReason::Initial;
            s.botStatus.actor = Actor{ActorType::System, std::nullopt};
            s.botStatus.changedAt = now;
            s.botStatus.version = 1;
            subscriberId = chats_.createSubscriber(bot.workspaceId, s, request.externalId, now);
            Chat chat;
            chat.subscriberId = subscriberId;
            chat.botId = bot.botId;
            chat.channel = bot.channel;
            chat.type = request.group ? ChatType::Group : ChatType::Personal;
            chat.state = ChatState::Closed;
            chat.lastActivityAt = now;
            chatId = chats_.createChat(bot.workspaceId, chat, now);
            // What BotEngine::target() would read back: just written.
            target = EngineTarget{bot.workspaceId, subscriberId, chatId,     bot.botId,
                                  bot.channel,     s.status,     chat.state, s.botStatus,
                                  std::nullopt,    messageLimit, false};
            after = s;
            after.id = subscriberId;
            after.subscribedAt = at;
            after.lastActivityAt = at;
            after.lastInboundAt = at;
            after.botStatus.changedAt = at;
            chatAfter = chat;
            chatAfter.id = chatId;
            chatAfter.lastActivityAt = at;
        } else {
            subscriberId = known->id;
            // A connector may leave a field out: only what it sends replaces.
            Subscriber s;
            s.id = subscriberId;
            s.firstName = request.firstName.isEmpty() ? known->firstName : request.firstName;
            s.lastName = request.lastName.isEmpty() ? known->lastName : request.lastName;
            s.username = request.username.isEmpty() ? known->username : request.username;
            s.avatarUrl = request.avatarUrl.isEmpty() ? known->avatarUrl : request.avatarUrl;
            s.email = known->email;
            s.phone = known->phone;
            s.group = request.group ? request.group : known->group;
            const SubscriptionStatus status = known->status == SubscriptionStatus::Unsubscribed
                                                  ? SubscriptionStatus::Active
                                                  : known->status;
            // Only what changes is set. The profile (and the search columns
            // made from it) mostly stays as it is; status only when it
            // changes: setting an indexed column, even to its value, rewrites
            // its index entry (subscribers_bot), one more page per message.
            const bool profileChanges = s.firstName != known->firstName ||
                                        s.lastName != known->lastName ||
                                        s.username != known->username ||
                                        s.avatarUrl != known->avatarUrl || s.group != known->group;
            const bool statusChanges = status != known->status;
            static const QString times =
                u"UPDATE subscribers SET last_inbound_at = ?, last_activity_at = ?"_s;
            static const QString profile =
                u", first_name = ?, last_name = ?, username = ?, avatar_url = ?, "
                "group_member_count = ?, group_share_link = ?, group_invite_link = ?, "
                "search_title = ?, search_username = ?, search_email = ?, search_phone = ?, "
                "phone_digits = ?"_s;
            static const QString setStatus = u", status = ?"_s;
            static const QString where = u" WHERE id = ?"_s;
            static const QString updates[4] = {times + where, times + setStatus + where,
                                               times + profile + where,
                                               times + profile + setStatus + where};
            Query write(db_, updates[(profileChanges ? 2 : 0) + (statusChanges ? 1 : 0)]);
            write.bind(now).bind(now);
            if (profileChanges) {
                // The search columns from the same fields (ChatStore::writeSearch's rule).
                const SearchFields search = searchFieldsOf(s);
                write.bind(s.firstName)
                    .bind(s.lastName)
                    .bind(s.username)
                    .bind(s.avatarUrl)
                    .bind(s.group ? std::optional(s.group->memberCount) : std::nullopt)
                    .bind(s.group ? std::optional(s.group->shareLink) : std::nullopt)
                    .bind(s.group ? std::optional(s.group->inviteLink) : std::nullopt)
                    .bind(search.title)
                    .bind(search.username)
                    .bind(search.email)
                    .bind(search.phone)
                    .bind(search.phoneDigits);
            }
            if (statusChanges)
                write.bind(enumName(status));
            write.bind(subscriberId).exec();
            if (request.kind == MessageKind::AdClick && request.adCampaign) {
                Query(db_, u"UPDATE subscribers SET ad_campaign_name = ?, ad_campaign_url = ? "
                           "WHERE id = ?"_s)
                    .bind(request.adCampaign->name)
                    .bind(request.adCampaign->url)
                    .bind(subscriberId)
                    .exec();
            }
            chatId = known->chatId;
            target = EngineTarget{bot.workspaceId,     subscriberId,     chatId,
                                  bot.botId,           bot.channel,      status,
                                  known->chatState,    known->botStatus, known->limitSince,
                                  known->messageLimit, known->hasRun};
            after = s;
            after.botId = bot.botId;
            after.channel = bot.channel;
            after.status = status;
            after.subscribedAt = known->subscribedAt;
            after.lastActivityAt = at;
            after.lastInboundAt = at;
            after.adCampaign = request.kind == MessageKind::AdClick && request.adCampaign
                                   ? request.adCampaign
                                   : known->adCampaign;
            after.instagram = known->instagram;
            after.botStatus = known->botStatus;
            // Tags and variables: nothing in this request changes them (most
            // subscribers have none; then there is nothing to read).
            if (known->hasTagsOrVariables)
                readTagsAndVariables(db_, after);
            chatAfter.id = chatId;
            chatAfter.subscriberId = subscriberId;
            chatAfter.botId = known->chatBotId;
            chatAfter.channel = known->chatChannel;
            chatAfter.type = known->chatType;
            chatAfter.state = known->chatState;
            chatAfter.unreadCount = known->unreadCount;
            chatAfter.assigneeId = known->assigneeId;
            chatAfter.lastActivityAt = known->chatLastActivityAt;
        }

        in.chatId = chatId;
        in.direction = Direction::In;
        in.source = MessageSource::Subscriber;
        in.kind = request.kind;
        in.text = request.text;
        if (request.kind == MessageKind::AdClick)
            in.adCampaign = request.adCampaign;
        if (request.kind == MessageKind::StoryMention)
            in.storyUrl = request.storyUrl;
        in.createdAt = now;
        in.id = messages_.insert(bot.workspaceId, in);

        if (!target)
            throw DbError("expected a row, got none");
        EngineOutcome outcome;
        engine_.answerInbound(*target, request.kind, request.text, now, outcome);
        // Nothing answered: a human has to.
        if (!outcome.answered)
            outcome.chatOpened = true;
        // The inbound message, the bot's answers and the opening: one write.
        engine_.writeChat(*target, outcome, now, 1, in.id);

        // The events are built from what was read and written above, not
        // read back (docs/server.md, "Inbound writes", round 4); what a
        // GET would return.
        if (outcome.flowChanged) {
            if (outcome.waiting)
                after.flow = flows_.activeFlow(outcome.waiting->flowId, outcome.waitingFlowName,
                                               outcome.waiting->nextPosition);
        } else if (target->hasRun) {
            after.flow = flows_.activeFlow(subscriberId);
        }
        const BotStatus status = engine_.statusAfter(outcome, after.botStatus, now);
        after.botStatus = status;
        Chat& chat = chatAfter;
        // As writeChat's update: open if the engine opened it, one unread
        // more, the newest message, activity never moved back.
        if (outcome.chatOpened)
            chat.state = ChatState::Open;
        chat.unreadCount += 1;
        chat.title = after.displayName();
        chat.username = after.username;
        chat.email = after.email;
        chat.phone = after.phone;
        chat.avatarUrl = after.avatarUrl;
        if (toMs(chat.lastActivityAt) < toMs(at))
            chat.lastActivityAt = at;
        chat.lastInboundAt = at;
        chat.botStatus = status;
        const bool botNewest = outcome.lastMessageId && !outcome.sent.isEmpty();
        MessagePreview newest = previewOf(botNewest ? outcome.sent.constLast() : in);
        newest.at = fromMs(toMs(newest.at));
        chat.lastMessage = newest;
        QList<EventDraft> drafts{
            {EventType::SubscriberUpdated, after},
            {firstContact ? EventType::ChatCreated : EventType::ChatUpdated, chat},
            {EventType::MessageCreated, in}};
        for (const Message& m : std::as_const(outcome.sent))
            drafts.append({EventType::MessageCreated, m});
        published.append(events_.append(bot.workspaceId, drafts, Origin{}, now));
        engine_.complete(*target, outcome, now, published);
        tx.commit();
    }
    hub_.publish(published);
    return in;
}

Message ChannelService::outbound(const ChannelBot& bot, const ChannelOutboundRequest& request,
                                 const QDateTime& now)
{
    if (const auto problem = validate(request))
        throw ApiFailure(*problem);
    QList<StoredEvent> published;
    Message out;
    {
        Transaction tx(db_);
        const auto known = findSubscriber(db_, bot, request.externalId);
        if (!known)
            fail(ErrorCode::Unprocessable, u"no subscriber of this bot has this external id"_s,
                 u"external_id"_s);
        out.chatId = known->chatId;
        out.direction = Direction::Out;
        out.source = MessageSource::ThirdPartyApp;
        out.kind = MessageKind::Text;
        out.text = request.text;
        out.delivery = hasDeliveryStatus(bot.channel) ? DeliveryStatus::Sent : DeliveryStatus::None;
        out.createdAt = now;
        out.id = messages_.insert(bot.workspaceId, out);
        chats_.setLastMessage(out.chatId, out.id, now);
        published.append(
            events_.append(bot.workspaceId, EventType::MessageCreated, out, Origin{}, now));
        published.append(events_.append(bot.workspaceId, EventType::ChatUpdated,
                                        *chats_.chat(bot.workspaceId, out.chatId), Origin{}, now));
        tx.commit();
    }
    hub_.publish(published);
    return out;
}

qint64 ChannelService::chatOfBotMessage(const ChannelBot& bot, qint64 messageId) const
{
    Query q(db_, u"SELECT m.chat_id, m.kind FROM messages m JOIN chats c ON c.id = m.chat_id "
                 "WHERE m.id = ? AND c.bot_id = ?"_s);
    q.bind(messageId).bind(bot.botId).exec();
    if (!q.next() || q.text(1) == u"bot_status"_s)
        fail(ErrorCode::Unprocessable, u"no such message in this bot's chats"_s, u"message_id"_s);
    return q.integer(0);
}

Message ChannelService::delivery(const ChannelBot& bot, const ChannelDeliveryRequest& request,
                                 const QDateTime& now)
{
    if (const auto problem = validate(request))
        throw ApiFailure(*problem);
    if (!hasDeliveryStatus(bot.channel))
        fail(ErrorCode::Unprocessable, u"this messaging app sends no delivery receipts"_s);
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        const qint64 chatId = chatOfBotMessage(bot, request.messageId);
        const auto current = messages_.message(chatId, request.messageId);
        if (!current || current->direction != Direction::Out ||
            current->source == MessageSource::System)
            fail(ErrorCode::Unprocessable, u"not an outgoing message of this bot's chats"_s,
                 u"message_id"_s);
        message = *current;
        // Receipts only move forward: sent -> delivered -> read.
        if (deliveryRank(request.delivery) <= deliveryRank(current->delivery))
            return message;
        Query(db_, u"UPDATE messages SET delivery = ? WHERE id = ?"_s)
            .bind(enumName(request.delivery))
            .bind(request.messageId)
            .exec();
        message = *messages_.message(chatId, request.messageId);
        published.append(
            events_.append(bot.workspaceId, EventType::MessageUpdated, message, Origin{}, now));
        tx.commit();
    }
    hub_.publish(published);
    return message;
}

Message ChannelService::reaction(const ChannelBot& bot, const ChannelReactionRequest& request,
                                 const QDateTime& now)
{
    if (codePointCount(request.emoji) > kMaxEmojiCodePoints)
        fail(ErrorCode::InvalidField, u"emoji must be at most 16 code points"_s, u"emoji"_s);
    if (!hasReactions(bot.channel))
        fail(ErrorCode::Unprocessable, u"this messaging app has no reactions"_s);
    QList<StoredEvent> published;
    Message message;
    {
        Transaction tx(db_);
        const qint64 chatId = chatOfBotMessage(bot, request.messageId);
        Query current(db_,
                      u"SELECT emoji FROM reactions WHERE message_id = ? AND direction = 'in'"_s);
        current.bind(request.messageId).exec();
        const QString before = current.next() ? current.text(0) : QString();
        if (before == request.emoji) {
            message = *messages_.message(chatId, request.messageId);
            return message;
        }
        Query(db_, u"DELETE FROM reactions WHERE message_id = ? AND direction = 'in'"_s)
            .bind(request.messageId)
            .exec();
        if (!request.emoji.isEmpty()) {
            Query(db_, u"INSERT INTO reactions (message_id, direction, agent_id, emoji, "
                       "created_at) VALUES (?, 'in', NULL, ?, ?)"_s)
                .bind(request.messageId)
                .bind(request.emoji)
                .bind(now)
                .exec();
        }
        message = *messages_.message(chatId, request.messageId);
        published.append(
            events_.append(bot.workspaceId, EventType::MessageUpdated, message, Origin{}, now));
        tx.commit();
    }
    hub_.publish(published);
    return message;
}

} // namespace baton::server
