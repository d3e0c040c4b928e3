#pragma once

#include "database.h"

#include <protocol/subscriber.h>

#include <optional>

namespace baton::server {

class FlowStore;

// The full Subscriber wire object (tags, variables, bot status, running
// flow), read in one place for the channel endpoints and the bot engine,
// scoped to a workspace.
std::optional<protocol::Subscriber> loadSubscriber(const Database& db, const FlowStore& flows,
                                                   qint64 workspaceId, qint64 subscriberId);
// The subscriber's tags and variables (the order loadSubscriber gives), for
// `s.id`, replacing what `s` holds.
void readTagsAndVariables(const Database& db, protocol::Subscriber& s);

} // namespace baton::server
