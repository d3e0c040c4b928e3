#pragma once

#include "database.h"

#include <protocol/message.h>

#include <QDateTime>

#include <optional>

namespace baton::server {

struct StoredSend {
    protocol::Message message;
    QString requestHash;
};

// Messages of chats. Callers check the chat belongs to their workspace first.
class MessageStore {
public:
    explicit MessageStore(Database& db)
        : db_(db)
    {}

    // Writes a message; `requestHash` identifies an API send for idempotency.
    qint64 insert(qint64 workspaceId, const protocol::Message& message,
                  const QString& requestHash = {});
    // The same, but nothing when another transaction already stored (or is
    // storing and then commits) a message with this client id: the unique key
    // is checked by ON CONFLICT DO NOTHING, so a racing duplicate never raises
    // a database error (PostgreSQL waits for the other writer's commit).
    std::optional<qint64> insertUnlessDuplicate(qint64 workspaceId,
                                                const protocol::Message& message,
                                                const QString& requestHash);
    std::optional<protocol::Message> message(qint64 chatId, qint64 messageId) const;
    // Client ids are unique per workspace, across chats.
    std::optional<StoredSend> byClientId(qint64 workspaceId, const QString& clientId) const;
    // Up to `limit` messages older than `before` (or the newest), oldest first.
    protocol::MessagePage page(qint64 chatId, std::optional<qint64> before, int limit) const;
    // Bot messages to this chat since `since` (the workspace message limit).
    qint64 botMessagesSince(qint64 chatId, const QDateTime& since) const;
    // A message of the workspace by id, whatever its chat.
    std::optional<protocol::Message> byId(qint64 workspaceId, qint64 messageId) const;

private:
    // Reads the attachments and reactions of messages (one query each).
    void fillExtras(QList<protocol::Message>& messages) const;

    Database& db_;
};

} // namespace baton::server
