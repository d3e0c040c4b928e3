#pragma once

#include "caller.h"
#include "chatstore.h"
#include "eventhub.h"
#include "eventstore.h"
#include "workspacestore.h"

#include <QHash>

#include <functional>

namespace baton::server {

// The chat rules: lists, opening and closing, unread, assignment. Every
// change writes its chat.updated event in the same transaction and
// publishes it after the commit. A change that changes nothing writes no
// event and answers the chat as it is.
class ChatService {
public:
    ChatService(Database& db, ChatStore& chats, EventStore& events, EventHub& hub,
                WorkspaceStore& workspaces)
        : db_(db)
        , chats_(chats)
        , events_(events)
        , hub_(hub)
        , workspaces_(workspaces)
    {}

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 200;

    protocol::Chat get(const Caller& caller, qint64 chatId) const;
    protocol::ChatPage list(const Caller& caller, const protocol::ChatQuery& query,
                            const std::optional<ChatCursor>& cursor, int limit) const;

    protocol::Chat close(const Caller& caller, qint64 chatId, const QDateTime& now);
    protocol::Chat reopen(const Caller& caller, qint64 chatId, const QDateTime& now);
    protocol::Chat markRead(const Caller& caller, qint64 chatId, const QDateTime& now);
    protocol::Chat markUnread(const Caller& caller, qint64 chatId, const QDateTime& now);
    protocol::Chat assign(const Caller& caller, qint64 chatId, std::optional<qint64> agentId,
                          const QDateTime& now);

private:
    // Runs `apply` on the current chat inside a transaction; `apply` returns
    // false when there is nothing to change.
    protocol::Chat change(const Caller& caller, qint64 chatId, const QDateTime& now,
                          const std::function<bool(const protocol::Chat&)>& apply);

    protocol::ListCounts counts(const Caller& caller, const protocol::ChatQuery& query) const;

    Database& db_;
    ChatStore& chats_;
    EventStore& events_;
    EventHub& hub_;
    WorkspaceStore& workspaces_;

    // Counting scans every chat of the workspace, on every page read. Every
    // change a count depends on (state, unread, assignee, a new chat, a
    // subscriber's name) appends an event, so counts stay right while the
    // workspace's head seq is unchanged, also with other instances writing.
    struct CachedCounts {
        qint64 head = -1;
        protocol::ListCounts counts;
    };
    mutable QHash<QString, CachedCounts> counts_;
};

} // namespace baton::server
