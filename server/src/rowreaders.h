#pragma once

#include "sqlquery.h"

#include <protocol/botstatus.h>
#include <protocol/enums.h>

namespace baton::server {

// The enum stored as its wire name in `column`; `fallback` for an unknown
// or missing name.
template <class E>
E enumAt(const Query& q, int column, E fallback)
{
    return protocol::enumFromString<E>(q.text(column)).value_or(fallback);
}

// The bot-status columns in their stored order (state, until, reason, actor
// type, actor agent, changed at, version), starting at `column`.
inline protocol::BotStatus botStatusAt(const Query& q, int column)
{
    protocol::BotStatus b;
    b.state = enumAt(q, column, protocol::BotState::Active);
    b.until = q.optTime(column + 1);
    b.reason = enumAt(q, column + 2, protocol::BotStatusReason::Initial);
    b.actor.type = enumAt(q, column + 3, protocol::ActorType::System);
    b.actor.agentId = q.optInteger(column + 4);
    b.changedAt = q.time(column + 5);
    b.version = q.integer(column + 6);
    return b;
}

} // namespace baton::server
