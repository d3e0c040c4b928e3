#pragma once

#include <protocol/chatlist.h>

#include <QByteArray>
#include <QString>

#include <limits>
#include <memory>

namespace baton::models::detail {

// A chat as ChatListModel keeps it: numbers and enums in place, instants as
// milliseconds since the epoch, and the six strings in one UTF-8 block. A
// protocol::Chat is ~370 bytes plus one heap block per string (each with its
// own header and malloc overhead); at 100,000 chats that was most of the
// client's memory. toChat() gives back a chat equal (operator==) to the one
// stored; its instants are in UTC (the protocol reads every time as UTC).
struct ChatRow {
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    // ms since the epoch, kNoTime for an invalid QDateTime. Qt orders an
    // invalid QDateTime before every valid one, and so does kNoTime.
    static qint64 timeKey(const QDateTime& t)
    {
        return t.isValid() ? t.toMSecsSinceEpoch() : kNoTime;
    }
    static QDateTime timeOf(qint64 ms);

    enum Text { Title, Username, Email, Phone, AvatarUrl, LastText, TextCount };
    enum Flag : quint16 {
        HasAssignee = 1 << 0,
        HasLastMessage = 1 << 1,
        HasLastAgent = 1 << 2,
        HasLastMessageId = 1 << 3,
        HasLastInbound = 1 << 4,
        HasBotUntil = 1 << 5,
        HasActorAgent = 1 << 6,
    };

    ChatRow() = default;
    // Keeps the strings in a block of its own.
    explicit ChatRow(const protocol::Chat& chat);
    // Points at strings appendTexts() put into a block of many rows (one
    // allocation for a whole load, so the freed decoded chats are not
    // scattered between 100,000 small blocks); null when it had none. The
    // block must outlive the row and its copies.
    ChatRow(const protocol::Chat& chat, const char* texts);
    // Appends the strings of `chat` in this form to `block` and returns
    // true, or false when every one is empty.
    static bool appendTexts(const protocol::Chat& chat, QByteArray& block);
    ChatRow(const ChatRow& other);
    ChatRow& operator=(const ChatRow& other);
    ChatRow(ChatRow&&) noexcept = default;
    ChatRow& operator=(ChatRow&&) noexcept = default;

    protocol::Chat toChat() const;
    protocol::FilterKey filterKey() const;
    QString text(Text which) const;
    bool has(Flag f) const { return (flags & f) != 0; }
    std::optional<qint64> assignee() const
    {
        return has(HasAssignee) ? std::optional<qint64>(assigneeId) : std::nullopt;
    }
    std::optional<QDateTime> lastInbound() const
    {
        return has(HasLastInbound) ? std::optional<QDateTime>(timeOf(lastInboundAt)) : std::nullopt;
    }

    qint64 id = 0;
    qint64 lastActivityAt = kNoTime;
    qint64 subscriberId = 0;
    qint64 botId = 0;
    qint64 unreadCount = 0;
    qint64 assigneeId = 0;
    qint64 lastInboundAt = kNoTime;
    qint64 lastAt = kNoTime;
    qint64 lastAgentId = 0;
    qint64 lastMessageId = 0;
    qint64 botUntil = kNoTime;
    qint64 botChangedAt = kNoTime;
    qint64 botVersion = 0;
    qint64 botActorAgentId = 0;
    quint16 flags = 0;
    quint8 channel = 0;
    quint8 type = 0;
    quint8 state = 0;
    quint8 lastDirection = 0;
    quint8 lastSource = 0;
    quint8 lastKind = 0;
    quint8 botState = 0;
    quint8 botReason = 0;
    quint8 actorType = 0;

private:
    void setFields(const protocol::Chat& chat);
    const char* texts() const { return texts_ ? texts_.get() : borrowed_; }

    // The ends of the six strings (bytes after the header), then the UTF-8
    // text; null when every string is empty. Owned, or borrowed from a
    // block the model keeps.
    std::unique_ptr<char[]> texts_;
    const char* borrowed_ = nullptr;
};

} // namespace baton::models::detail
