// Routes: the messaging-app connectors' endpoints, authenticated by the
// bot's channel secret instead of a bearer token.
#include "channelservice.h"
#include "extraroutes.h"
#include "router.h"

#include <protocol/eventwriter.h>
#include <protocol/requests.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

ChannelBot channelBot(const ChannelService& channels, const RequestContext& c)
{
    return channels.authenticate(c.param(u"bot_id"_s), c.request.header("x-channel-secret"));
}

// The message written directly (protocol/eventwriter.h): the same text as
// HttpResponse::json(toJson(m)) without building a QJsonObject, on the
// connectors' hottest route.
HttpResponse messageResponse(const Message& m, int status)
{
    QByteArray text;
    JsonWriter w(text);
    writeJson(w, m);
    return HttpResponse::jsonText(std::move(text), status);
}

} // namespace

void addChannelRoutes(Router& router, ChannelService& channels)
{
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/inbound"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<InboundRequest>(c.request);
                   return messageResponse(channels.inbound(bot, body, c.now), 201);
               });
    router.add(u"POST"_s, u"/api/v1/channels/{bot_id}/outbound"_s, Router::Access::Public,
               [&channels](RequestContext& c) {
                   const ChannelBot bot = channelBot(channels, c);
                   const auto body = readBody<ChannelOutboundRequest>(c.request);
                   return messageResponse(channels.outbound(bot, body, c.now), 201);
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
