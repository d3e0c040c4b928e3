// Routes: the chat lists, one chat, and the chat state changes.
#include "api.h"
#include "chatservice.h"

#include <protocol/chatwriter.h>
#include <protocol/requests.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

template <class E>
std::optional<E> queryEnum(const HttpRequest& request, const QString& key)
{
    const QString text = request.queryValue(key);
    if (text.isEmpty())
        return std::nullopt;
    const auto value = enumFromString<E>(text);
    if (!value)
        fail(ErrorCode::InvalidField,
             u"%1 must be one of: %2"_s.arg(key, enumNames<E>().join(u", "_s)), key);
    return value;
}

ChatQuery chatQuery(const RequestContext& c)
{
    ChatQuery query;
    query.list = queryEnum<ChatList>(c.request, u"list"_s).value_or(ChatList::Open);
    query.channel = queryEnum<Channel>(c.request, u"channel"_s);
    query.type = queryEnum<ChatType>(c.request, u"type"_s);
    const QString assignee = c.request.queryValue(u"assignee"_s);
    if (assignee.isEmpty() || assignee == u"all"_s) {
        query.assignee = AssigneeFilter::All;
    } else if (assignee == u"me"_s) {
        query.assignee = AssigneeFilter::Me;
        query.assigneeId = c.caller.agentId;
    } else if (assignee == u"unassigned"_s) {
        query.assignee = AssigneeFilter::Unassigned;
    } else {
        bool ok = false;
        query.assignee = AssigneeFilter::Agent;
        query.assigneeId = assignee.toLongLong(&ok);
        if (!ok || query.assigneeId < 1)
            fail(ErrorCode::InvalidField, u"assignee must be me, unassigned, all or an agent id"_s,
                 u"assignee"_s);
    }
    query.search = c.request.queryValue(u"q"_s).trimmed();
    if (query.search.size() > 200)
        fail(ErrorCode::InvalidField, u"q is longer than 200 characters"_s, u"q"_s);
    return query;
}

// HttpResponse::json()'s answer, from text the chat writer made directly (or
// kept, for a page): a page of chats is the hottest read there is
// (docs/server.md).
HttpResponse jsonAnswer(QByteArray body)
{
    HttpResponse out;
    out.body = std::move(body);
    out.headers.emplaceBack("Cache-Control", "no-store");
    return out;
}

HttpResponse chatAnswer(const Chat& chat)
{
    return jsonAnswer(jsonBytes(chat));
}

} // namespace

void Api::addChatRoutes()
{
    router_.add(u"GET"_s, u"/api/v1/chats"_s, Router::Access::Agent, [this](RequestContext& c) {
        const ChatQuery query = chatQuery(c);
        const int limit = static_cast<int>(queryInteger(
            c.request, u"limit"_s, ChatService::kDefaultPageSize, 1, ChatService::kMaxPageSize));
        std::optional<ChatCursor> cursor;
        const QString cursorText = c.request.queryValue(u"cursor"_s);
        if (!cursorText.isEmpty()) {
            cursor = ChatCursor::decode(cursorText);
            if (!cursor || cursor->filter != filterFingerprint(query))
                fail(ErrorCode::InvalidField, u"cursor is not one this server gave out"_s,
                     u"cursor"_s);
        }
        return jsonAnswer(s_.chats.listJson(c.caller, query, cursor, limit));
    });

    router_.add(
        u"GET"_s, u"/api/v1/chats/{id}"_s, Router::Access::Agent,
        [this](RequestContext& c) { return chatAnswer(s_.chats.get(c.caller, c.id(u"id"_s))); });

    router_.add(u"POST"_s, u"/api/v1/chats/{id}/close"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    return chatAnswer(s_.chats.close(c.caller, c.id(u"id"_s), c.now));
                });
    router_.add(u"POST"_s, u"/api/v1/chats/{id}/reopen"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    return chatAnswer(s_.chats.reopen(c.caller, c.id(u"id"_s), c.now));
                });
    router_.add(u"POST"_s, u"/api/v1/chats/{id}/read"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    return chatAnswer(s_.chats.markRead(c.caller, c.id(u"id"_s), c.now));
                });
    router_.add(u"POST"_s, u"/api/v1/chats/{id}/unread"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    return chatAnswer(s_.chats.markUnread(c.caller, c.id(u"id"_s), c.now));
                });
    router_.add(u"PUT"_s, u"/api/v1/chats/{id}/assignee"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    const qint64 chatId = c.id(u"id"_s);
                    s_.chats.get(c.caller, chatId); // 404 before any body error
                    const auto body = readBody<AssigneeRequest>(c.request);
                    return chatAnswer(s_.chats.assign(c.caller, chatId, body.agentId, c.now));
                });
}

} // namespace baton::server
