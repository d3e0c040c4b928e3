#pragma once

#include <protocol/botstatus.h>
#include <protocol/json.h>

namespace baton::protocol {

struct MessagePreview {
    QString text;
    Direction direction = Direction::In;
    MessageSource source = MessageSource::Subscriber;
    MessageKind kind = MessageKind::Text;
    std::optional<qint64> agentId;
    QDateTime at;
    // The message shown; lets a client match message.updated to the preview.
    std::optional<qint64> messageId;

    bool operator==(const MessagePreview&) const = default;
};

// One chat per subscriber: what a chat-list row shows, plus the fields the
// list filters and searches on.
struct Chat {
    qint64 id = 0;
    qint64 subscriberId = 0;
    qint64 botId = 0;
    Channel channel = Channel::Telegram;
    ChatType type = ChatType::Personal;
    ChatState state = ChatState::Open;
    qint64 unreadCount = 0;
    std::optional<qint64> assigneeId;
    QString title;
    QString username;
    QString email;
    QString phone;
    QString avatarUrl;
    std::optional<MessagePreview> lastMessage;
    QDateTime lastActivityAt;
    std::optional<QDateTime> lastInboundAt;
    BotStatus botStatus;

    bool operator==(const Chat&) const = default;
};

struct ListCounts {
    qint64 open = 0;
    qint64 unread = 0;
    qint64 closed = 0;
    qint64 all = 0;

    bool operator==(const ListCounts&) const = default;
};

struct ChatPage {
    QList<Chat> chats;
    QString nextCursor; // empty on the last page
    ListCounts counts;

    bool operator==(const ChatPage&) const = default;
};

QJsonObject toJson(const MessagePreview& v);
bool fromJson(JsonReader& r, MessagePreview& v);
QJsonObject toJson(const Chat& v);
bool fromJson(JsonReader& r, Chat& v);
QJsonObject toJson(const ListCounts& v);
bool fromJson(JsonReader& r, ListCounts& v);
QJsonObject toJson(const ChatPage& v);
bool fromJson(JsonReader& r, ChatPage& v);

} // namespace baton::protocol
