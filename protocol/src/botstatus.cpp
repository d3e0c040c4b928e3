#include <protocol/botstatus.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const Actor& v)
{
    return {{u"type"_s, enumName(v.type)}, {u"agent_id"_s, optionalJson(v.agentId)}};
}

bool fromJson(JsonReader& r, Actor& v)
{
    v.type = r.enumeration<ActorType>(u"type");
    v.agentId = r.optId(u"agent_id");
    if (r.ok() && v.type == ActorType::Agent && !v.agentId)
        r.fail(u"agent_id", u"is required when type is agent"_s);
    return r.ok();
}

QJsonObject toJson(const BotStatus& v)
{
    return {{u"state"_s, enumName(v.state)},
            {u"until"_s, optionalJson(v.until)},
            {u"reason"_s, enumName(v.reason)},
            {u"actor"_s, toJson(v.actor)},
            {u"changed_at"_s, formatTime(v.changedAt)},
            {u"version"_s, v.version}};
}

bool fromJson(JsonReader& r, BotStatus& v)
{
    v.state = r.enumeration<BotState>(u"state");
    v.until = r.optTime(u"until");
    if (r.ok() && v.state == BotState::Active && v.until)
        r.fail(u"until", u"must be null when the state is active"_s);
    v.reason = r.enumeration<BotStatusReason>(u"reason");
    v.actor = r.child<Actor>(u"actor");
    v.changedAt = r.time(u"changed_at");
    v.version = r.integer(u"version");
    return r.ok();
}

} // namespace baton::protocol
