// Routes: a subscriber's bot status, by hand, +60, continue and in bulk.
#include "botstatusservice.h"
#include "conversationroutes.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addBotStatusRoutes(Router& router, BotStatusService& botStatus)
{
    router.add(u"GET"_s, u"/api/v1/subscribers/{id}/bot-status"_s, Router::Access::Agent,
               [&botStatus](RequestContext& c) {
                   return HttpResponse::json(toJson(botStatus.get(c.caller, c.id(u"id"_s))));
               });
    router.add(u"PUT"_s, u"/api/v1/subscribers/{id}/bot-status"_s, Router::Access::Agent,
               [&botStatus](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   botStatus.get(c.caller, id); // 404 before any body error
                   const auto body = readBody<BotStatusRequest>(c.request);
                   return HttpResponse::json(toJson(botStatus.put(c.caller, id, body, c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/bot-status/extend"_s, Router::Access::Agent,
               [&botStatus](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   botStatus.get(c.caller, id);
                   // The body is optional: minutes defaults to 60.
                   ExtendRequest body;
                   if (!c.request.body.trimmed().isEmpty())
                       body = readBody<ExtendRequest>(c.request);
                   return HttpResponse::json(
                       toJson(botStatus.extend(c.caller, id, body.minutes, c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/bot-status/continue"_s, Router::Access::Agent,
               [&botStatus](RequestContext& c) {
                   return HttpResponse::json(
                       toJson(botStatus.continueBot(c.caller, c.id(u"id"_s), c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/bot-status/bulk"_s, Router::Access::Agent,
               [&botStatus](RequestContext& c) {
                   const auto body = readBody<BulkBotStatusRequest>(c.request);
                   QJsonArray results;
                   for (const BulkResult& r : botStatus.bulk(c.caller, body, c.now))
                       results.append(toJson(r));
                   return HttpResponse::json({{u"results"_s, results}});
               });
}

} // namespace baton::server
