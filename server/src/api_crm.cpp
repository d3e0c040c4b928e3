// Routes: pipelines and the deals of a contact.
#include "crmservice.h"
#include "extraroutes.h"
#include "router.h"

#include <protocol/requests.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addCrmRoutes(Router& router, CrmService& crm)
{
    router.add(u"GET"_s, u"/api/v1/pipelines"_s, Router::Access::Agent, [&crm](RequestContext& c) {
        QJsonArray pipelines;
        for (const Pipeline& p : crm.pipelines(c.caller.workspaceId))
            pipelines.append(toJson(p));
        return HttpResponse::json({{u"pipelines"_s, pipelines}});
    });
    router.add(u"GET"_s, u"/api/v1/subscribers/{id}/deals"_s, Router::Access::Agent,
               [&crm](RequestContext& c) {
                   QJsonArray deals;
                   for (const Deal& d : crm.deals(c.caller, c.id(u"id"_s)))
                       deals.append(toJson(d));
                   return HttpResponse::json({{u"deals"_s, deals}});
               });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/deals"_s, Router::Access::Agent,
               [&crm](RequestContext& c) {
                   const qint64 subscriberId = c.id(u"id"_s);
                   if (!crm.subscriberExists(c.caller.workspaceId, subscriberId))
                       failNotFound(u"subscriber"_s); // 404 before any body error
                   const auto body = readBody<DealRequest>(c.request);
                   const DealResult result = crm.create(c.caller, subscriberId, body, c.now);
                   return HttpResponse::json(toJson(result.deal), result.created ? 201 : 200);
               });
    router.add(u"PATCH"_s, u"/api/v1/deals/{id}"_s, Router::Access::Agent,
               [&crm](RequestContext& c) {
                   const qint64 dealId = c.id(u"id"_s);
                   if (!crm.deal(c.caller.workspaceId, dealId))
                       failNotFound(u"deal"_s);
                   const auto body = readBody<DealPatch>(c.request);
                   return HttpResponse::json(toJson(crm.patch(c.caller, dealId, body, c.now)));
               });
}

} // namespace baton::server
