// Routes: one message by id, and what its sender may do to it.
#include "conversationroutes.h"
#include "messageactionservice.h"
#include "router.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addMessageActionRoutes(Router& router, MessageActionService& messages)
{
    router.add(u"GET"_s, u"/api/v1/messages/{id}"_s, Router::Access::Agent,
               [&messages](RequestContext& c) {
                   return HttpResponse::json(toJson(messages.get(c.caller, c.id(u"id"_s))));
               });
    router.add(u"PATCH"_s, u"/api/v1/messages/{id}"_s, Router::Access::Agent,
               [&messages](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   messages.get(c.caller, id); // 404 before any body error
                   const auto body = readBody<EditMessageRequest>(c.request);
                   return HttpResponse::json(toJson(messages.edit(c.caller, id, body, c.now)));
               });
    router.add(u"DELETE"_s, u"/api/v1/messages/{id}"_s, Router::Access::Agent,
               [&messages](RequestContext& c) {
                   return HttpResponse::json(
                       toJson(messages.remove(c.caller, c.id(u"id"_s), c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/messages/{id}/reactions"_s, Router::Access::Agent,
               [&messages](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   messages.get(c.caller, id);
                   const auto body = readBody<ReactionRequest>(c.request);
                   return HttpResponse::json(toJson(messages.react(c.caller, id, body, c.now)));
               });
}

} // namespace baton::server
