#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace baton::protocol {

enum class Channel { Telegram, WhatsApp, Instagram, Messenger, Viber, LiveChat };
enum class Role { Admin, Agent };
enum class SubscriptionStatus { Active, Unsubscribed, Disabled };
enum class VariableType { Text, Number, Date, Boolean };
enum class ChatState { Open, Closed };
enum class ChatType { Personal, Group };
enum class ChatList { Open, Unread, Closed, All };
enum class Direction { In, Out };
// Who produced a message. Inbound messages come from the subscriber; bot
// status lines in the history come from the system.
enum class MessageSource { Subscriber, Bot, Agent, ThirdPartyApp, System };
enum class MessageKind { Text, Button, StoryMention, AdClick, BotStatusChange };
enum class DeliveryStatus { None, Sent, Delivered, Read };
enum class BotState { Active, Snoozed, Inactive };
enum class BotStatusReason {
    Initial,
    Agent,
    ManualMessage,
    MessageLimit,
    WakeUp,
    Extend,
    Continue
};
enum class ActorType { System, Agent };
enum class FlowStepType { Text, Buttons, Wait, OpenChat };
enum class EventType {
    ChatCreated,
    ChatUpdated,
    MessageCreated,
    MessageUpdated,
    NoteCreated,
    NoteUpdated,
    NoteDeleted,
    SubscriberUpdated,
    BotStatusChanged,
    DealCreated,
    DealUpdated,
};

// The wire name of every enum value, in one table per enum.
template <class E>
struct EnumTraits;

#define BATON_ENUM_NAMES(E, N, ...)                                                                \
    template <>                                                                                    \
    struct EnumTraits<E> {                                                                         \
        static constexpr std::array<std::pair<E, const char*>, N> names{{__VA_ARGS__}};            \
    }

BATON_ENUM_NAMES(Channel, 6, {Channel::Telegram, "telegram"}, {Channel::WhatsApp, "whatsapp"},
                 {Channel::Instagram, "instagram"}, {Channel::Messenger, "messenger"},
                 {Channel::Viber, "viber"}, {Channel::LiveChat, "livechat"});
BATON_ENUM_NAMES(Role, 2, {Role::Admin, "admin"}, {Role::Agent, "agent"});
BATON_ENUM_NAMES(SubscriptionStatus, 3, {SubscriptionStatus::Active, "active"},
                 {SubscriptionStatus::Unsubscribed, "unsubscribed"},
                 {SubscriptionStatus::Disabled, "disabled"});
BATON_ENUM_NAMES(VariableType, 4, {VariableType::Text, "text"}, {VariableType::Number, "number"},
                 {VariableType::Date, "date"}, {VariableType::Boolean, "boolean"});
BATON_ENUM_NAMES(ChatState, 2, {ChatState::Open, "open"}, {ChatState::Closed, "closed"});
BATON_ENUM_NAMES(ChatType, 2, {ChatType::Personal, "personal"}, {ChatType::Group, "group"});
BATON_ENUM_NAMES(ChatList, 4, {ChatList::Open, "open"}, {ChatList::Unread, "unread"},
                 {ChatList::Closed, "closed"}, {ChatList::All, "all"});
BATON_ENUM_NAMES(Direction, 2, {Direction::In, "in"}, {Direction::Out, "out"});
BATON_ENUM_NAMES(MessageSource, 5, {MessageSource::Subscriber, "subscriber"},
                 {MessageSource::Bot, "bot"}, {MessageSource::Agent, "agent"},
                 {MessageSource::ThirdPartyApp, "third_party_app"},
                 {MessageSource::System, "system"});
BATON_ENUM_NAMES(MessageKind, 5, {MessageKind::Text, "text"}, {MessageKind::Button, "button"},
                 {MessageKind::StoryMention, "story_mention"}, {MessageKind::AdClick, "ad_click"},
                 {MessageKind::BotStatusChange, "bot_status"});
BATON_ENUM_NAMES(DeliveryStatus, 4, {DeliveryStatus::None, "none"}, {DeliveryStatus::Sent, "sent"},
                 {DeliveryStatus::Delivered, "delivered"}, {DeliveryStatus::Read, "read"});
BATON_ENUM_NAMES(BotState, 3, {BotState::Active, "active"}, {BotState::Snoozed, "snoozed"},
                 {BotState::Inactive, "inactive"});
BATON_ENUM_NAMES(BotStatusReason, 7, {BotStatusReason::Initial, "initial"},
                 {BotStatusReason::Agent, "agent"},
                 {BotStatusReason::ManualMessage, "manual_message"},
                 {BotStatusReason::MessageLimit, "message_limit"},
                 {BotStatusReason::WakeUp, "wake_up"}, {BotStatusReason::Extend, "extend"},
                 {BotStatusReason::Continue, "continue"});
BATON_ENUM_NAMES(ActorType, 2, {ActorType::System, "system"}, {ActorType::Agent, "agent"});
BATON_ENUM_NAMES(FlowStepType, 4, {FlowStepType::Text, "text"}, {FlowStepType::Buttons, "buttons"},
                 {FlowStepType::Wait, "wait"}, {FlowStepType::OpenChat, "open_chat"});
BATON_ENUM_NAMES(EventType, 11, {EventType::ChatCreated, "chat.created"},
                 {EventType::ChatUpdated, "chat.updated"},
                 {EventType::MessageCreated, "message.created"},
                 {EventType::MessageUpdated, "message.updated"},
                 {EventType::NoteCreated, "note.created"}, {EventType::NoteUpdated, "note.updated"},
                 {EventType::NoteDeleted, "note.deleted"},
                 {EventType::SubscriberUpdated, "subscriber.updated"},
                 {EventType::BotStatusChanged, "bot_status.changed"},
                 {EventType::DealCreated, "deal.created"},
                 {EventType::DealUpdated, "deal.updated"});

#undef BATON_ENUM_NAMES

template <class E>
QString enumName(E value)
{
    for (const auto& [v, name] : EnumTraits<E>::names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <class E>
std::optional<E> enumFromString(QStringView text)
{
    for (const auto& [v, name] : EnumTraits<E>::names) {
        if (text == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

template <class E>
QStringList enumNames()
{
    QStringList out;
    for (const auto& entry : EnumTraits<E>::names)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

template <class E>
constexpr auto allValues()
{
    std::array<E, EnumTraits<E>::names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = EnumTraits<E>::names[i].first;
    return out;
}

} // namespace baton::protocol
