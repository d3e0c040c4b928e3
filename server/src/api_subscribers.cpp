// Routes: the subscriber card (tags, variables, disable/enable, contact).
#include "conversationroutes.h"
#include "router.h"
#include "subscriberservice.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addSubscriberRoutes(Router& router, SubscriberService& subscribers)
{
    router.add(u"GET"_s, u"/api/v1/subscribers/{id}"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   return HttpResponse::json(toJson(subscribers.get(c.caller, c.id(u"id"_s))));
               });
    router.add(u"PUT"_s, u"/api/v1/subscribers/{id}/tags"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   subscribers.get(c.caller, id); // 404 before any body error
                   const auto body = readBody<TagsRequest>(c.request);
                   return HttpResponse::json(
                       toJson(subscribers.setTags(c.caller, id, body, c.now)));
               });
    router.add(u"PUT"_s, u"/api/v1/subscribers/{id}/variables/{name}"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   subscribers.get(c.caller, id);
                   const QString name = c.param(u"name"_s);
                   SubscriberService::checkVariableName(name);
                   const auto body = readBody<VariableRequest>(c.request);
                   return HttpResponse::json(
                       toJson(subscribers.setVariable(c.caller, id, name, body, c.now)));
               });
    router.add(u"DELETE"_s, u"/api/v1/subscribers/{id}/variables/{name}"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   subscribers.get(c.caller, id);
                   const QString name = c.param(u"name"_s);
                   SubscriberService::checkVariableName(name);
                   return HttpResponse::json(
                       toJson(subscribers.deleteVariable(c.caller, id, name, c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/disable"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   return HttpResponse::json(
                       toJson(subscribers.disable(c.caller, c.id(u"id"_s), c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/enable"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   return HttpResponse::json(
                       toJson(subscribers.enable(c.caller, c.id(u"id"_s), c.now)));
               });
    router.add(u"PATCH"_s, u"/api/v1/subscribers/{id}/contact"_s, Router::Access::Agent,
               [&subscribers](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   subscribers.get(c.caller, id);
                   const auto body = readBody<ContactRequest>(c.request);
                   return HttpResponse::json(
                       toJson(subscribers.setContact(c.caller, id, body, c.now)));
               });
}

} // namespace baton::server
