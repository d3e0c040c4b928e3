#include <protocol/flow.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const FlowStep& v)
{
    return {{u"type"_s, enumName(v.type)},
            {u"text"_s, v.text},
            {u"buttons"_s, QJsonArray::fromStringList(v.buttons)},
            {u"wait_seconds"_s, v.waitSeconds}};
}

bool fromJson(JsonReader& r, FlowStep& v)
{
    v.type = r.enumeration<FlowStepType>(u"type");
    v.text = r.stringOr(u"text");
    v.buttons = r.optStringList(u"buttons");
    v.waitSeconds = r.optInteger(u"wait_seconds").value_or(0);
    if (r.ok() && v.type == FlowStepType::Buttons && v.buttons.isEmpty())
        r.fail(u"buttons", u"a buttons step needs at least one button"_s);
    return r.ok();
}

QJsonObject toJson(const Flow& v)
{
    return {{u"id"_s, v.id},
            {u"bot_id"_s, v.botId},
            {u"name"_s, v.name},
            {u"triggers"_s, QJsonArray::fromStringList(v.triggers)},
            {u"steps"_s, toJsonArray(v.steps)}};
}

bool fromJson(JsonReader& r, Flow& v)
{
    v.id = r.id(u"id");
    v.botId = r.id(u"bot_id");
    v.name = r.string(u"name");
    v.triggers = r.optStringList(u"triggers");
    v.steps = r.list<FlowStep>(u"steps");
    return r.ok();
}

} // namespace baton::protocol
