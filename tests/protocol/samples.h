#pragma once

#include <protocol/event.h>
#include <protocol/flow.h>
#include <protocol/requests.h>
#include <protocol/stats.h>
#include <protocol/stream.h>
#include <protocol/workspace.h>

#include <QTimeZone>

// Fully populated values of every wire type, for round trips. Times carry
// milliseconds because that is the wire precision.
namespace samples {

using namespace baton::protocol;
using namespace Qt::StringLiterals;

inline QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, minute, 7, 123), QTimeZone::utc());
}

inline BotStatus snoozed()
{
    return {BotState::Snoozed,     at(59), BotStatusReason::ManualMessage,
            {ActorType::Agent, 7}, at(1),  4};
}

inline Subscriber subscriber()
{
    Subscriber s;
    s.id = 42;
    s.botId = 3;
    s.channel = Channel::Instagram;
    s.firstName = u"Zoë"_s;
    s.lastName = u"Łukasiewicz"_s;
    s.username = u"zoe.l"_s;
    s.avatarUrl = u"https://cdn.example/a/42.jpg"_s;
    s.email = u"zoe@example.org"_s;
    s.phone = u"+48 600 100 200"_s;
    s.status = SubscriptionStatus::Active;
    s.subscribedAt = at(0);
    s.lastActivityAt = at(30);
    s.lastInboundAt = at(29);
    s.adCampaign = AdCampaign{u"Winter sale"_s, u"https://ads.example/c/9"_s};
    s.instagram = InstagramFollow{true, false};
    s.group = GroupInfo{1250, u"https://t.me/acme"_s, u"https://t.me/+abc"_s};
    s.tags = QStringList{u"vip"_s, u"returning 🛍️"_s};
    s.variables = {{u"plan"_s, u"gold"_s},
                   {u"orders"_s, 3.5},
                   {u"birthday"_s, QDate(1990, 2, 28)},
                   {u"opted_in"_s, true}};
    s.botStatus = snoozed();
    s.flow = ActiveFlow{11, u"Order status"_s, QStringList{u"Your order ships today"_s}};
    return s;
}

inline Chat chat()
{
    Chat c;
    c.id = 9007199254740991; // the largest id the wire can carry exactly
    c.subscriberId = 42;
    c.botId = 3;
    c.channel = Channel::WhatsApp;
    c.type = ChatType::Group;
    c.state = ChatState::Closed;
    c.unreadCount = 5;
    c.assigneeId = 7;
    c.title = u"Zoë Łukasiewicz"_s;
    c.username = u"zoe.l"_s;
    c.email = u"zoe@example.org"_s;
    c.phone = u"+48 600 100 200"_s;
    c.avatarUrl = u"https://cdn.example/a/42.jpg"_s;
    c.lastMessage = MessagePreview{u"Where is my order? 📦"_s,
                                   Direction::In,
                                   MessageSource::Subscriber,
                                   MessageKind::Text,
                                   std::nullopt,
                                   at(29),
                                   1000};
    c.lastActivityAt = at(30);
    c.lastInboundAt = at(29);
    c.botStatus = snoozed();
    return c;
}

inline Message message()
{
    Message m;
    m.id = 1001;
    m.chatId = 77;
    m.clientId = u"6f1c2c1e-8a51-4c1e-9a8e-0d6f7e5b2a10"_s;
    m.direction = Direction::Out;
    m.source = MessageSource::Agent;
    m.kind = MessageKind::Text;
    m.agentId = 7;
    m.text = u"Your parcel left the warehouse 🚚"_s;
    m.attachments = {Attachment{5, u"c0ffee00-0000-4000-8000-000000000001"_s, u"label.pdf"_s,
                                u"application/pdf"_s, 48213, u"/api/v1/attachments/5"_s}};
    m.replyTo = 1000;
    m.reactions = {Reaction{u"👍"_s, Direction::In, std::nullopt},
                   Reaction{u"❤️"_s, Direction::Out, 7}};
    m.delivery = DeliveryStatus::Delivered;
    m.editedAt = at(31);
    m.deleted = false;
    m.createdAt = at(30);
    m.adCampaign = AdCampaign{u"Winter sale"_s, u"https://ads.example/c/9"_s};
    m.storyUrl = u"https://instagram.example/s/1"_s;
    m.botStatus = snoozed();
    return m;
}

inline Note note()
{
    return {12, 77, 7, u"Prefers email. Don't call before 10:00 ☕"_s, at(5), at(6)};
}

inline Deal deal()
{
    return {8, 42, 2, 5, u"Annual plan"_s, 129900, u"EUR"_s, at(1), at(2)};
}

inline Flow flow()
{
    return {11,
            3,
            u"Order status"_s,
            {u"order"_s, u"where is"_s},
            {FlowStep{FlowStepType::Text, u"Let me check"_s, {}, 0},
             FlowStep{FlowStepType::Buttons, u"Pick one"_s, {u"Track"_s, u"Agent"_s}, 0},
             FlowStep{FlowStepType::Wait, {}, {}, 300},
             FlowStep{FlowStepType::OpenChat, {}, {}, 0}}};
}

inline Pipeline pipeline()
{
    return {2, u"Sales"_s, {Stage{4, u"Lead"_s, 0}, Stage{5, u"Won"_s, 1}}};
}

inline Stats stats()
{
    return {{BotStats{3, {120, 340, 55}}, BotStats{4, {1, 2, 3}}}, {121, 342, 58}};
}

inline Event event(EventPayload payload, EventType type)
{
    return {17, type, at(40), Origin{7, u"6f1c2c1e-8a51-4c1e-9a8e-0d6f7e5b2a10"_s},
            std::move(payload)};
}

inline QList<Event> everyEvent()
{
    return {
        event(chat(), EventType::ChatCreated),
        event(chat(), EventType::ChatUpdated),
        event(message(), EventType::MessageCreated),
        event(message(), EventType::MessageUpdated),
        event(note(), EventType::NoteCreated),
        event(note(), EventType::NoteUpdated),
        event(NoteDeleted{12, 77}, EventType::NoteDeleted),
        event(subscriber(), EventType::SubscriberUpdated),
        event(BotStatusChanged{42, 77, snoozed()}, EventType::BotStatusChanged),
        event(deal(), EventType::DealCreated),
        event(deal(), EventType::DealUpdated),
    };
}

} // namespace samples
