#include <protocol/stats.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const StatsFigures& v)
{
    return {{u"messages_sent"_s, v.messagesSent},
            {u"messages_received"_s, v.messagesReceived},
            {u"subscribers"_s, v.subscribers}};
}

bool fromJson(JsonReader& r, StatsFigures& v)
{
    v.messagesSent = r.integer(u"messages_sent");
    v.messagesReceived = r.integer(u"messages_received");
    v.subscribers = r.integer(u"subscribers");
    return r.ok();
}

// A bot's figures sit beside its id in one flat object.
QJsonObject toJson(const BotStats& v)
{
    QJsonObject out = toJson(v.figures);
    out.insert(u"bot_id"_s, v.botId);
    return out;
}

bool fromJson(JsonReader& r, BotStats& v)
{
    v.botId = r.id(u"bot_id");
    fromJson(r, v.figures);
    return r.ok();
}

QJsonObject toJson(const Stats& v)
{
    return {{u"bots"_s, toJsonArray(v.bots)}, {u"total"_s, toJson(v.total)}};
}

bool fromJson(JsonReader& r, Stats& v)
{
    v.bots = r.list<BotStats>(u"bots");
    v.total = r.child<StatsFigures>(u"total");
    return r.ok();
}

} // namespace baton::protocol
