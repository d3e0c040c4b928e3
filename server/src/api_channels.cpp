// Routes: the messaging-app connectors' endpoints, authenticated by the
// bot's channel secret instead of a bearer token.
#include "channelservice.h"
#include "extraroutes.h"
#include "router.h"

#include <protocol/requests.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

ChannelBot channelBot(const ChannelService& channels, const RequestContext& c)
{
    return channels.authenticate(c.param(u"bot_id"_s), c.request.header("x-channel-secret"));
}

} // namespace

void addChannelRoutes(Router& router, ChannelService& channels)
{
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/inbound"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<InboundRequest>(c.request);
                   return HttpResponse::json(toJson(channels.inbound(bot, body, c.now)), 201);
               });
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/outbound"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<ChannelOutboundRequest>(c.request);
                   return HttpResponse::json(toJson(channels.outbound(bot, body, c.now)), 201);
               });
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/delivery"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<ChannelDeliveryRequest>(c.request);
                   return HttpResponse::json(toJson(channels.delivery(bot, body, c.now)));
               });
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/reactions"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<ChannelReactionRequest>(c.request);
                   return HttpResponse::json(toJson(channels.reaction(bot, body, c.now)));
               });
}

} // namespace baton::server
