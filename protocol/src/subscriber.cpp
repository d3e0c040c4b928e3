#include <protocol/limits.h>
#include <protocol/subscriber.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QString Subscriber::displayName() const
{
    QString full = QString(firstName + u' ' + lastName).trimmed();
    if (!full.isEmpty())
        return full;
    if (!username.isEmpty())
        return username;
    return u"#"_s + QString::number(id);
}

bool isValidVariableName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

bool isValidTag(QStringView tag)
{
    if (tag.trimmed().isEmpty() || codePointCount(tag) > 64)
        return false;
    for (QChar c : tag) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return !checkText(tag, 64).has_value();
}

QJsonValue variableValueToJson(const VariableValue& value)
{
    struct Visitor {
        QJsonValue operator()(const QString& s) const { return s; }
        QJsonValue operator()(double d) const { return d; }
        QJsonValue operator()(const QDate& d) const { return d.toString(Qt::ISODate); }
        QJsonValue operator()(bool b) const { return b; }
    };
    return std::visit(Visitor{}, value);
}

VariableValue readVariableValue(JsonReader& r, QStringView key, VariableType type)
{
    switch (type) {
    case VariableType::Text:
        return r.string(key);
    case VariableType::Number:
        return r.number(key);
    case VariableType::Boolean:
        return r.boolean(key);
    case VariableType::Date: {
        const QString text = r.string(key);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (r.ok() && (text.size() != 10 || !date.isValid()))
            r.fail(key, u"expected a date like 2026-01-31"_s);
        return date;
    }
    }
    return QString();
}

QJsonObject toJson(const Variable& v)
{
    return {{u"name"_s, v.name},
            {u"type"_s, enumName(v.type())},
            {u"value"_s, variableValueToJson(v.value)}};
}

bool fromJson(JsonReader& r, Variable& v)
{
    v.name = r.string(u"name");
    if (r.ok() && !isValidVariableName(v.name))
        r.fail(u"name", u"expected letters, digits and underscores, starting with a letter"_s);
    const auto type = r.enumeration<VariableType>(u"type");
    if (r.ok())
        v.value = readVariableValue(r, u"value", type);
    return r.ok();
}

QJsonObject toJson(const AdCampaign& v)
{
    return {{u"name"_s, v.name}, {u"url"_s, v.url}};
}

bool fromJson(JsonReader& r, AdCampaign& v)
{
    v.name = r.string(u"name");
    v.url = r.stringOr(u"url");
    return r.ok();
}

QJsonObject toJson(const InstagramFollow& v)
{
    return {{u"follows_business"_s, v.followsBusiness},
            {u"followed_by_business"_s, v.followedByBusiness}};
}

bool fromJson(JsonReader& r, InstagramFollow& v)
{
    v.followsBusiness = r.boolean(u"follows_business");
    v.followedByBusiness = r.boolean(u"followed_by_business");
    return r.ok();
}

QJsonObject toJson(const GroupInfo& v)
{
    return {{u"member_count"_s, v.memberCount},
            {u"share_link"_s, v.shareLink},
            {u"invite_link"_s, v.inviteLink}};
}

bool fromJson(JsonReader& r, GroupInfo& v)
{
    v.memberCount = r.integer(u"member_count");
    v.shareLink = r.stringOr(u"share_link");
    v.inviteLink = r.stringOr(u"invite_link");
    return r.ok();
}

QJsonObject toJson(const ActiveFlow& v)
{
    return {{u"flow_id"_s, v.flowId},
            {u"name"_s, v.name},
            {u"queued"_s, QJsonArray::fromStringList(v.queued)}};
}

bool fromJson(JsonReader& r, ActiveFlow& v)
{
    v.flowId = r.id(u"flow_id");
    v.name = r.string(u"name");
    v.queued = r.optStringList(u"queued");
    return r.ok();
}

QJsonObject toJson(const Subscriber& v)
{
    return {{u"id"_s, v.id},
            {u"bot_id"_s, v.botId},
            {u"channel"_s, enumName(v.channel)},
            {u"first_name"_s, v.firstName},
            {u"last_name"_s, v.lastName},
            {u"username"_s, v.username},
            {u"avatar_url"_s, v.avatarUrl},
            {u"email"_s, v.email},
            {u"phone"_s, v.phone},
            {u"status"_s, enumName(v.status)},
            {u"subscribed_at"_s, formatTime(v.subscribedAt)},
            {u"last_activity_at"_s, formatTime(v.lastActivityAt)},
            {u"last_inbound_at"_s, optionalJson(v.lastInboundAt)},
            {u"ad_campaign"_s, optionalObject(v.adCampaign)},
            {u"instagram"_s, optionalObject(v.instagram)},
            {u"group"_s, optionalObject(v.group)},
            {u"tags"_s, QJsonArray::fromStringList(v.tags)},
            {u"variables"_s, toJsonArray(v.variables)},
            {u"bot_status"_s, toJson(v.botStatus)},
            {u"flow"_s, optionalObject(v.flow)}};
}

bool fromJson(JsonReader& r, Subscriber& v)
{
    v.id = r.id(u"id");
    v.botId = r.id(u"bot_id");
    v.channel = r.enumeration<Channel>(u"channel");
    v.firstName = r.stringOr(u"first_name");
    v.lastName = r.stringOr(u"last_name");
    v.username = r.stringOr(u"username");
    v.avatarUrl = r.stringOr(u"avatar_url");
    v.email = r.stringOr(u"email");
    v.phone = r.stringOr(u"phone");
    v.status = r.enumeration<SubscriptionStatus>(u"status");
    v.subscribedAt = r.time(u"subscribed_at");
    v.lastActivityAt = r.time(u"last_activity_at");
    v.lastInboundAt = r.optTime(u"last_inbound_at");
    v.adCampaign = r.optChild<AdCampaign>(u"ad_campaign");
    v.instagram = r.optChild<InstagramFollow>(u"instagram");
    v.group = r.optChild<GroupInfo>(u"group");
    v.tags = r.optStringList(u"tags");
    v.variables = r.optList<Variable>(u"variables");
    v.botStatus = r.child<BotStatus>(u"bot_status");
    v.flow = r.optChild<ActiveFlow>(u"flow");
    return r.ok();
}

} // namespace baton::protocol
