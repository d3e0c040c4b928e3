#pragma once

#include "database.h"

#include <protocol/chat.h>
#include <protocol/chatlist.h>
#include <protocol/message.h>
#include <protocol/subscriber.h>

#include <QDateTime>

#include <optional>

namespace baton::server {

// Where a chat-list page ends: the last row's sort key. Opaque to clients.
struct ChatCursor {
    qint64 lastActivityMs = 0;
    qint64 chatId = 0;
    // Which filters the cursor was made for: a cursor only continues its own list.
    QString filter;

    QString encode() const;
    static std::optional<ChatCursor> decode(const QString& text);
};

// A short digest of a query's filters, carried in its cursors.
QString filterFingerprint(const protocol::ChatQuery& query);

// The case-folded texts the chat search looks in (title, username, email,
// phone), made by protocol::SearchKey so the server's search is
// protocol::matchesSearch; `subscriber.id` must be set (a nameless
// subscriber's title is "#id").
struct SearchFields {
    QString title;
    QString username;
    QString email;
    QString phone;
    QString phoneDigits;
};
SearchFields searchFieldsOf(const protocol::Subscriber& subscriber);

// A chat's last_message for `m` as a chat read shows it; `firstFile` is the
// name of the message's first file (shown when it has no text).
protocol::MessagePreview previewOf(const protocol::Message& m, const QString& firstFile = {});

// Chats and the subscriber fields a chat row shows. Every query is scoped
// to one workspace.
class ChatStore {
public:
    explicit ChatStore(Database& db)
        : db_(db)
    {}

    std::optional<protocol::Chat> chat(qint64 workspaceId, qint64 chatId) const;
    // One page in list order, starting after `cursor`; asks for limit rows.
    QList<protocol::Chat> list(qint64 workspaceId, const protocol::ChatQuery& query,
                               const std::optional<ChatCursor>& cursor, int limit) const;
    // How many chats each list holds under the query's other filters.
    protocol::ListCounts counts(qint64 workspaceId, const protocol::ChatQuery& query) const;

    void setState(qint64 chatId, protocol::ChatState state, const QDateTime& now);
    void setUnreadCount(qint64 chatId, qint64 count);
    void setAssignee(qint64 chatId, std::optional<qint64> agentId);
    void setLastMessage(qint64 chatId, qint64 messageId, const QDateTime& at);
    // What one request did to a chat, in one statement: its newest message
    // (activity only moves forward), unread + `unreadAdded`, opened (at `at`).
    // Writes nothing when there is nothing to write.
    void recordActivity(qint64 chatId, std::optional<qint64> lastMessageId, qint64 unreadAdded,
                        bool open, const QDateTime& at);

    protocol::SubscriptionStatus subscriptionStatus(qint64 subscriberId) const;
    void setBotStatus(qint64 subscriberId, const protocol::BotStatus& status);

    // Creation, for the inbound endpoint and demo seeding.
    // Rewrites a subscriber's search columns from its stored fields.
    void refreshSearch(qint64 subscriberId);
    // Writes the search columns from fields the caller already has (`id`,
    // names, username, email and phone set as stored).
    void writeSearch(const protocol::Subscriber& subscriber);
    // Fills the search columns of rows written before they existed.
    void fillMissingSearch();
    qint64 createSubscriber(qint64 workspaceId, const protocol::Subscriber& subscriber,
                            const QString& externalId, const QDateTime& now);
    qint64 createChat(qint64 workspaceId, const protocol::Chat& chat, const QDateTime& now);

private:
    Database& db_;
};

} // namespace baton::server
