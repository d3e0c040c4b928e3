// Routes: workspace statistics and the tags in use.
#include "extraroutes.h"
#include "router.h"
#include "statsservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addStatsRoutes(Router& router, StatsService& stats)
{
    router.add(u"GET"_s, u"/api/v1/stats"_s, Router::Access::Agent, [&stats](RequestContext& c) {
        return HttpResponse::json(toJson(stats.stats(c.caller.workspaceId)));
    });
    router.add(u"GET"_s, u"/api/v1/tags"_s, Router::Access::Agent, [&stats](RequestContext& c) {
        return HttpResponse::json(
            {{u"tags"_s, QJsonArray::fromStringList(stats.tags(c.caller.workspaceId))}});
    });
}

} // namespace baton::server
