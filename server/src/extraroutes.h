#pragma once

// Routes of the channel, flow, CRM and statistics areas. They are added to
// the Api's router (Api::mutableRouter()) and so get the same checks,
// authentication and JSON errors as every other route.

namespace baton::server {

class BotEngine;
class ChannelService;
class CrmService;
class Router;
class StatsService;

// POST /api/v1/channels/{bot_id}/inbound|outbound|delivery|reactions (X-Channel-Secret).
void addChannelRoutes(Router& router, ChannelService& channels);
// GET /api/v1/flows, POST .../flows/{flow_id}/start, DELETE .../flow.
void addFlowRoutes(Router& router, BotEngine& engine);
// GET /api/v1/pipelines, GET|POST .../deals, PATCH /api/v1/deals/{id}.
void addCrmRoutes(Router& router, CrmService& crm);
// GET /api/v1/stats, GET /api/v1/tags.
void addStatsRoutes(Router& router, StatsService& stats);

} // namespace baton::server
