#include <protocol/crm.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

bool isValidCurrency(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

QJsonObject toJson(const Stage& v)
{
    return {{u"id"_s, v.id}, {u"name"_s, v.name}, {u"position"_s, v.position}};
}

bool fromJson(JsonReader& r, Stage& v)
{
    v.id = r.id(u"id");
    v.name = r.string(u"name");
    v.position = r.integer(u"position");
    return r.ok();
}

QJsonObject toJson(const Pipeline& v)
{
    return {{u"id"_s, v.id}, {u"name"_s, v.name}, {u"stages"_s, toJsonArray(v.stages)}};
}

bool fromJson(JsonReader& r, Pipeline& v)
{
    v.id = r.id(u"id");
    v.name = r.string(u"name");
    v.stages = r.list<Stage>(u"stages");
    return r.ok();
}

QJsonObject toJson(const Deal& v)
{
    return {{u"id"_s, v.id},
            {u"subscriber_id"_s, v.subscriberId},
            {u"pipeline_id"_s, v.pipelineId},
            {u"stage_id"_s, v.stageId},
            {u"name"_s, v.name},
            {u"amount_minor"_s, v.amountMinor},
            {u"currency"_s, v.currency},
            {u"created_at"_s, formatTime(v.createdAt)},
            {u"updated_at"_s, formatTime(v.updatedAt)}};
}

bool fromJson(JsonReader& r, Deal& v)
{
    v.id = r.id(u"id");
    v.subscriberId = r.id(u"subscriber_id");
    v.pipelineId = r.id(u"pipeline_id");
    v.stageId = r.id(u"stage_id");
    v.name = r.string(u"name");
    v.amountMinor = r.integer(u"amount_minor", -kMaxSafeInteger);
    v.currency = r.string(u"currency");
    if (r.ok() && !isValidCurrency(v.currency))
        r.fail(u"currency", u"expected a three-letter ISO 4217 code such as EUR"_s);
    v.createdAt = r.time(u"created_at");
    v.updatedAt = r.time(u"updated_at");
    return r.ok();
}

} // namespace baton::protocol
