#pragma once

#include <protocol/json.h>

namespace baton::protocol {

inline constexpr int kDefaultMessageLimit = 25;

struct Workspace {
    qint64 id = 0;
    QString name;
    // Bot messages to one subscriber in a rolling 24 hours before the bot goes inactive.
    int messageLimit = kDefaultMessageLimit;

    bool operator==(const Workspace&) const = default;
};

struct Agent {
    qint64 id = 0;
    QString name;
    QString email;
    QString avatarUrl;
    Role role = Role::Agent;
    // The "Conversations and audience" permission: only such agents may be assignees.
    bool conversations = true;

    bool operator==(const Agent&) const = default;
};

struct Bot {
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Telegram;
    QString username;

    bool operator==(const Bot&) const = default;
};

QJsonObject toJson(const Workspace& v);
bool fromJson(JsonReader& r, Workspace& v);
QJsonObject toJson(const Agent& v);
bool fromJson(JsonReader& r, Agent& v);
QJsonObject toJson(const Bot& v);
bool fromJson(JsonReader& r, Bot& v);

} // namespace baton::protocol
