// Routes: a chat's message history and idempotent agent sends.
#include "api.h"
#include "chatservice.h"
#include "messageservice.h"

#include <protocol/requests.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void Api::addMessageRoutes()
{
    router_.add(
        u"GET"_s, u"/api/v1/chats/{id}/messages"_s, Router::Access::Agent,
        [this](RequestContext& c) {
            const qint64 chatId = c.id(u"id"_s);
            std::optional<qint64> before;
            if (c.request.hasQuery(u"before"_s))
                before = queryInteger(c.request, u"before"_s, 0, 1, kMaxSafeInteger);
            const int limit = static_cast<int>(queryInteger(c.request, u"limit"_s,
                                                            MessageService::kDefaultPageSize, 1,
                                                            MessageService::kMaxPageSize));
            return HttpResponse::json(toJson(s_.messages.page(c.caller, chatId, before, limit)));
        });

    router_.add(u"PUT"_s, u"/api/v1/chats/{id}/messages/{client_id}"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    const qint64 chatId = c.id(u"id"_s);
                    s_.chats.get(c.caller, chatId); // 404 before any body error
                    const auto body = readBody<SendMessageRequest>(c.request);
                    const SendResult result =
                        s_.messages.send(c.caller, chatId, c.param(u"client_id"_s), body, c.now);
                    return HttpResponse::json(toJson(result.message), result.created ? 201 : 200);
                });
}

} // namespace baton::server
