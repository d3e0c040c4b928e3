// Routes: the flow catalogue, and starting or stopping a subscriber's flow.
#include "botengine.h"
#include "extraroutes.h"
#include "router.h"

#include <protocol/limits.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addFlowRoutes(Router& router, BotEngine& engine)
{
    router.add(u"GET"_s, u"/api/v1/flows"_s, Router::Access::Agent, [&engine](RequestContext& c) {
        const QString q = c.request.queryValue(u"q"_s).trimmed();
        if (codePointCount(q) > 200)
            fail(ErrorCode::InvalidField, u"q is longer than 200 characters"_s, u"q"_s);
        std::optional<qint64> botId;
        if (c.request.hasQuery(u"bot_id"_s))
            botId = queryInteger(c.request, u"bot_id"_s, 0, 1, kMaxSafeInteger);
        QJsonArray flows;
        for (const Flow& f : engine.flows(c.caller, q, botId))
            flows.append(toJson(f));
        return HttpResponse::json({{u"flows"_s, flows}});
    });
    router.add(u"POST"_s, u"/api/v1/subscribers/{id}/flows/{flow_id}/start"_s,
               Router::Access::Agent, [&engine](RequestContext& c) {
                   const qint64 subscriberId = c.id(u"id"_s);
                   const qint64 flowId = c.id(u"flow_id"_s);
                   return HttpResponse::json(
                       toJson(engine.start(c.caller, subscriberId, flowId, c.now)));
               });
    router.add(u"DELETE"_s, u"/api/v1/subscribers/{id}/flow"_s, Router::Access::Agent,
               [&engine](RequestContext& c) {
                   return HttpResponse::json(toJson(engine.stop(c.caller, c.id(u"id"_s), c.now)));
               });
}

} // namespace baton::server
