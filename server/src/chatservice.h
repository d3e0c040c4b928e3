#pragma once

#include "caller.h"
#include "chatstore.h"
#include "eventhub.h"
#include "eventstore.h"
#include "workspacestore.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace baton::server {

// The chat rules: lists, opening and closing, unread, assignment. Every
// change writes its chat.updated event in the same transaction and
// publishes it after the commit. A change that changes nothing writes no
// event and answers the chat as it is.
class ChatService {
public:
    // cachePages false: every page is read from the database (batond
    // --no-page-cache; the staleness test compares against such an instance).
    ChatService(Database& db, ChatStore& chats, EventStore& events, EventHub& hub,
                WorkspaceStore& workspaces, bool cachePages = true)
        : db_(db)
        , chats_(chats)
        , events_(events)
        , hub_(hub)
        , workspaces_(workspaces)
        , cachePages_(cachePages)
    {}

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 200;

    protocol::Chat get(const Caller& caller, qint64 chatId) const;
    // A page of chats as the JSON text of its ChatPage (protocol/chatwriter.h).
    QByteArray listJson(const Caller& caller, const protocol::ChatQuery& query,
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

    protocol::ChatPage list(const Caller& caller, const protocol::ChatQuery& query,
                            const std::optional<ChatCursor>& cursor, int limit, qint64 head) const;
    // `head`: the workspace's head seq, read before anything the answer holds.
    protocol::ListCounts counts(const Caller& caller, const protocol::ChatQuery& query,
                                qint64 head) const;

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

    // The written bytes of recently served pages, on the same rule: every
    // change to anything a page shows appends an event in its transaction
    // (the audit in docs/server.md, "Chat pages"), so an entry is right
    // while the head it was built under is the workspace's head. Least
    // recently used entries go first once either bound is passed.
    struct CachedPage {
        qint64 workspaceId = 0;
        qint64 head = -1;
        quint64 used = 0;
        QByteArray json;
    };
    static constexpr qsizetype kMaxCachedPages = 64;
    static constexpr qsizetype kMaxCachedBytes = qsizetype{8} * 1024 * 1024;
    void keepPage(const QString& key, qint64 workspaceId, qint64 head,
                  const QByteArray& json) const;
    bool cachePages_ = true;
    mutable QHash<QString, CachedPage> pages_;
    mutable qsizetype pageBytes_ = 0;
    mutable quint64 pageUses_ = 0;
};

} // namespace baton::server
