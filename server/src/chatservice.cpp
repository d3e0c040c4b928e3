#include "apiutil.h"
#include "chatservice.h"

#include <protocol/chatwriter.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

Chat ChatService::get(const Caller& caller, qint64 chatId) const
{
    auto chat = chats_.chat(caller.workspaceId, chatId);
    if (!chat)
        failNotFound(u"chat"_s);
    return *chat;
}

QByteArray ChatService::listJson(const Caller& caller, const ChatQuery& query,
                                 const std::optional<ChatCursor>& cursor, int limit) const
{
    // The head first: a change committed after it only makes what is read
    // below newer than its key says, and the next request's head is newer
    // still, so a cached page is never older than the data it is served for.
    const qint64 head = events_.head(caller.workspaceId);
    if (!cachePages_)
        return jsonBytes(list(caller, query, cursor, limit, head));
    // Everything the answer depends on. "me" is already the caller's id in
    // assigneeId; nothing else about the caller changes what a page holds.
    // The search goes last: it is the only part that may hold a newline.
    const QString key = QStringList{QString::number(caller.workspaceId),
                                    enumName(query.list),
                                    query.channel ? enumName(*query.channel) : QString(),
                                    query.type ? enumName(*query.type) : QString(),
                                    QString::number(static_cast<int>(query.assignee)),
                                    QString::number(query.assigneeId),
                                    QString::number(limit),
                                    cursor ? QString::number(cursor->lastActivityMs) : QString(),
                                    cursor ? QString::number(cursor->chatId) : QString(),
                                    query.search}
                            .join(u'\n');
    const auto hit = pages_.find(key);
    if (hit != pages_.end() && hit->head == head) {
        hit->used = ++pageUses_;
        return hit->json;
    }
    QByteArray json = jsonBytes(list(caller, query, cursor, limit, head));
    keepPage(key, caller.workspaceId, head, json);
    return json;
}

void ChatService::keepPage(const QString& key, qint64 workspaceId, qint64 head,
                           const QByteArray& json) const
{
    if (json.size() > kMaxCachedBytes / 4)
        return;
    // Pages of this workspace built under another head can never be served
    // again: drop them first.
    for (auto it = pages_.begin(); it != pages_.end();) {
        if (it.key() == key || (it->workspaceId == workspaceId && it->head != head)) {
            pageBytes_ -= it->json.size();
            it = pages_.erase(it);
        } else {
            ++it;
        }
    }
    while (!pages_.isEmpty() &&
           (pages_.size() >= kMaxCachedPages || pageBytes_ + json.size() > kMaxCachedBytes)) {
        auto oldest = pages_.begin();
        for (auto it = pages_.begin(); it != pages_.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        pageBytes_ -= oldest->json.size();
        pages_.erase(oldest);
    }
    pages_.insert(key, {workspaceId, head, ++pageUses_, json});
    pageBytes_ += json.size();
}

ChatPage ChatService::list(const Caller& caller, const ChatQuery& query,
                           const std::optional<ChatCursor>& cursor, int limit, qint64 head) const
{
    ChatPage page;
    // One row more than asked tells whether another page exists.
    page.chats = chats_.list(caller.workspaceId, query, cursor, limit + 1);
    if (page.chats.size() > limit) {
        page.chats.removeLast();
        const Chat& last = page.chats.constLast();
        page.nextCursor =
            ChatCursor{last.lastActivityAt.toMSecsSinceEpoch(), last.id, filterFingerprint(query)}
                .encode();
    }
    page.counts = counts(caller, query, head);
    return page;
}

ListCounts ChatService::counts(const Caller& caller, const ChatQuery& query, qint64 head) const
{
    // Everything the counts depend on; the list tab is not among it.
    const QString key = QStringList{QString::number(caller.workspaceId),
                                    query.channel ? enumName(*query.channel) : QString(),
                                    query.type ? enumName(*query.type) : QString(),
                                    QString::number(static_cast<int>(query.assignee)),
                                    QString::number(query.assigneeId),
                                    query.search.trimmed()}
                            .join(u'\n');
    const auto hit = counts_.constFind(key);
    if (hit != counts_.cend() && hit->head == head)
        return hit->counts;
    const ListCounts fresh = chats_.counts(caller.workspaceId, query);
    // Searches make many keys; a bound keeps the memory flat.
    if (counts_.size() >= 1024)
        counts_.clear();
    counts_.insert(key, {head, fresh});
    return fresh;
}

Chat ChatService::change(const Caller& caller, qint64 chatId, const QDateTime& now,
                         const std::function<bool(const Chat&)>& apply)
{
    Transaction tx(db_);
    const auto before = chats_.chat(caller.workspaceId, chatId);
    if (!before)
        failNotFound(u"chat"_s);
    if (!apply(*before))
        return *before;
    const auto after = chats_.chat(caller.workspaceId, chatId);
    const StoredEvent event =
        events_.append(caller.workspaceId, EventType::ChatUpdated, *after, caller.origin(), now);
    tx.commit();
    hub_.publish(event);
    return *after;
}

Chat ChatService::close(const Caller& caller, qint64 chatId, const QDateTime& now)
{
    return change(caller, chatId, now, [&](const Chat& chat) {
        if (chat.state == ChatState::Closed)
            return false;
        chats_.setState(chat.id, ChatState::Closed, now);
        return true;
    });
}

Chat ChatService::reopen(const Caller& caller, qint64 chatId, const QDateTime& now)
{
    return change(caller, chatId, now, [&](const Chat& chat) {
        if (chat.state == ChatState::Open)
            return false;
        chats_.setState(chat.id, ChatState::Open, now);
        return true;
    });
}

Chat ChatService::markRead(const Caller& caller, qint64 chatId, const QDateTime& now)
{
    return change(caller, chatId, now, [&](const Chat& chat) {
        if (chat.unreadCount == 0)
            return false;
        chats_.setUnreadCount(chat.id, 0);
        return true;
    });
}

Chat ChatService::markUnread(const Caller& caller, qint64 chatId, const QDateTime& now)
{
    return change(caller, chatId, now, [&](const Chat& chat) {
        if (chat.unreadCount > 0)
            return false;
        chats_.setUnreadCount(chat.id, 1);
        return true;
    });
}

Chat ChatService::assign(const Caller& caller, qint64 chatId, std::optional<qint64> agentId,
                         const QDateTime& now)
{
    return change(caller, chatId, now, [&](const Chat& chat) {
        if (agentId) {
            // An agent of another workspace is answered like one that does not exist.
            const auto agent = workspaces_.agent(caller.workspaceId, *agentId);
            if (!agent)
                fail(ErrorCode::Unprocessable, u"no such agent"_s, u"agent_id"_s);
            if (!agent->conversations)
                fail(ErrorCode::Unprocessable,
                     u"this agent has no access to conversations and cannot be assigned"_s,
                     u"agent_id"_s);
        }
        if (chat.assigneeId == agentId)
            return false;
        chats_.setAssignee(chat.id, agentId);
        return true;
    });
}

} // namespace baton::server
