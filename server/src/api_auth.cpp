// Routes: login, logout, the current agent, the workspace's agents and bots.
#include "api.h"
#include "auth.h"
#include "workspacestore.h"

#include <protocol/requests.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void Api::addAuthRoutes()
{
    router_.add(u"POST"_s, u"/api/v1/auth/login"_s, Router::Access::Public,
                [this](RequestContext& c) {
                    const auto body = readBody<LoginRequest>(c.request);
                    return HttpResponse::json(toJson(s_.auth.login(body, c.request.peer)));
                });

    router_.add(u"POST"_s, u"/api/v1/auth/logout"_s, Router::Access::Agent,
                [this](RequestContext& c) {
                    s_.auth.logout(AuthService::bearerToken(c.request.header("authorization")));
                    return HttpResponse::noContent();
                });

    router_.add(u"GET"_s, u"/api/v1/me"_s, Router::Access::Agent, [this](RequestContext& c) {
        const auto agent = s_.workspaces.agent(c.caller.workspaceId, c.caller.agentId);
        const auto workspace = s_.workspaces.workspace(c.caller.workspaceId);
        if (!agent || !workspace)
            fail(ErrorCode::Unauthorized, u"the agent no longer exists"_s);
        return HttpResponse::json(
            {{u"agent"_s, toJson(*agent)}, {u"workspace"_s, toJson(*workspace)}});
    });

    router_.add(u"GET"_s, u"/api/v1/agents"_s, Router::Access::Agent, [this](RequestContext& c) {
        return HttpResponse::json(
            {{u"agents"_s, toJsonArray(s_.workspaces.agents(c.caller.workspaceId))}});
    });

    router_.add(u"GET"_s, u"/api/v1/bots"_s, Router::Access::Agent, [this](RequestContext& c) {
        return HttpResponse::json(
            {{u"bots"_s, toJsonArray(s_.workspaces.bots(c.caller.workspaceId))}});
    });
}

} // namespace baton::server
