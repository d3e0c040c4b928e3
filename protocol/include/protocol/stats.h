#pragma once

#include <protocol/json.h>

namespace baton::protocol {

struct StatsFigures {
    qint64 messagesSent = 0;
    qint64 messagesReceived = 0;
    qint64 subscribers = 0;

    bool operator==(const StatsFigures&) const = default;
};

struct BotStats {
    qint64 botId = 0;
    StatsFigures figures;

    bool operator==(const BotStats&) const = default;
};

struct Stats {
    QList<BotStats> bots;
    StatsFigures total;

    bool operator==(const Stats&) const = default;
};

QJsonObject toJson(const StatsFigures& v);
bool fromJson(JsonReader& r, StatsFigures& v);
QJsonObject toJson(const BotStats& v);
bool fromJson(JsonReader& r, BotStats& v);
QJsonObject toJson(const Stats& v);
bool fromJson(JsonReader& r, Stats& v);

} // namespace baton::protocol
