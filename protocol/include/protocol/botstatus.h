#pragma once

#include <protocol/json.h>

namespace baton::protocol {

struct Actor {
    ActorType type = ActorType::System;
    std::optional<qint64> agentId;

    bool operator==(const Actor&) const = default;
};

// A subscriber's bot status. `until` is the wake-up time: required for a
// snooze that wakes by itself, optional for inactive. `version` grows by one
// with every change and is what a change request is based on.
struct BotStatus {
    BotState state = BotState::Active;
    std::optional<QDateTime> until;
    BotStatusReason reason = BotStatusReason::Initial;
    Actor actor;
    QDateTime changedAt;
    qint64 version = 0;

    bool operator==(const BotStatus&) const = default;
};

QJsonObject toJson(const Actor& v);
bool fromJson(JsonReader& r, Actor& v);
QJsonObject toJson(const BotStatus& v);
bool fromJson(JsonReader& r, BotStatus& v);

} // namespace baton::protocol
