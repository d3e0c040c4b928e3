#include <protocol/workspace.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const Workspace& v)
{
    return {{u"id"_s, v.id}, {u"name"_s, v.name}, {u"message_limit"_s, v.messageLimit}};
}

bool fromJson(JsonReader& r, Workspace& v)
{
    v.id = r.id(u"id");
    v.name = r.string(u"name");
    v.messageLimit = static_cast<int>(r.integer(u"message_limit", 1, 100'000));
    return r.ok();
}

QJsonObject toJson(const Agent& v)
{
    return {{u"id"_s, v.id},
            {u"name"_s, v.name},
            {u"email"_s, v.email},
            {u"avatar_url"_s, v.avatarUrl},
            {u"role"_s, enumName(v.role)},
            {u"conversations"_s, v.conversations}};
}

bool fromJson(JsonReader& r, Agent& v)
{
    v.id = r.id(u"id");
    v.name = r.string(u"name");
    v.email = r.string(u"email");
    v.avatarUrl = r.stringOr(u"avatar_url");
    v.role = r.enumeration<Role>(u"role");
    v.conversations = r.booleanOr(u"conversations", true);
    return r.ok();
}

QJsonObject toJson(const Bot& v)
{
    return {{u"id"_s, v.id},
            {u"name"_s, v.name},
            {u"channel"_s, enumName(v.channel)},
            {u"username"_s, v.username}};
}

bool fromJson(JsonReader& r, Bot& v)
{
    v.id = r.id(u"id");
    v.name = r.string(u"name");
    v.channel = r.enumeration<Channel>(u"channel");
    v.username = r.stringOr(u"username");
    return r.ok();
}

} // namespace baton::protocol
