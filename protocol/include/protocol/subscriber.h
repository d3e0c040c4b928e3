#pragma once

#include <protocol/botstatus.h>
#include <protocol/json.h>

#include <QDate>

#include <variant>

namespace baton::protocol {

using VariableValue = std::variant<QString, double, QDate, bool>;

// A typed custom field. On the wire `value` is a string, number, `YYYY-MM-DD`
// string or boolean, matching `type`.
struct Variable {
    QString name;
    VariableValue value;

    VariableType type() const { return static_cast<VariableType>(value.index()); }
    bool operator==(const Variable&) const = default;
};

struct AdCampaign {
    QString name;
    QString url;

    bool operator==(const AdCampaign&) const = default;
};

struct InstagramFollow {
    bool followsBusiness = false;
    bool followedByBusiness = false;

    bool operator==(const InstagramFollow&) const = default;
};

// A Telegram group the bot is a member of.
struct GroupInfo {
    qint64 memberCount = 0;
    QString shareLink;
    QString inviteLink;

    bool operator==(const GroupInfo&) const = default;
};

struct ActiveFlow {
    qint64 flowId = 0;
    QString name;
    QStringList queued;

    bool operator==(const ActiveFlow&) const = default;
};

struct Subscriber {
    qint64 id = 0;
    qint64 botId = 0;
    Channel channel = Channel::Telegram;
    QString firstName;
    QString lastName;
    QString username;
    QString avatarUrl;
    QString email;
    QString phone;
    SubscriptionStatus status = SubscriptionStatus::Active;
    QDateTime subscribedAt;
    QDateTime lastActivityAt;
    // Last message from the subscriber; the support window runs from here.
    std::optional<QDateTime> lastInboundAt;
    std::optional<AdCampaign> adCampaign;
    std::optional<InstagramFollow> instagram;
    std::optional<GroupInfo> group;
    QStringList tags;
    QList<Variable> variables;
    BotStatus botStatus;
    std::optional<ActiveFlow> flow;

    QString displayName() const;
    bool operator==(const Subscriber&) const = default;
};

// Variable names: a letter or underscore, then letters, digits or underscores; at most 64.
bool isValidVariableName(QStringView name);
// Tags: 1..64 code points, not blank, no control characters.
bool isValidTag(QStringView tag);

QJsonValue variableValueToJson(const VariableValue& value);
// Reads `value` of the given type from `key` of the reader's object.
VariableValue readVariableValue(JsonReader& r, QStringView key, VariableType type);

QJsonObject toJson(const Variable& v);
bool fromJson(JsonReader& r, Variable& v);
QJsonObject toJson(const AdCampaign& v);
bool fromJson(JsonReader& r, AdCampaign& v);
QJsonObject toJson(const InstagramFollow& v);
bool fromJson(JsonReader& r, InstagramFollow& v);
QJsonObject toJson(const GroupInfo& v);
bool fromJson(JsonReader& r, GroupInfo& v);
QJsonObject toJson(const ActiveFlow& v);
bool fromJson(JsonReader& r, ActiveFlow& v);
QJsonObject toJson(const Subscriber& v);
bool fromJson(JsonReader& r, Subscriber& v);

} // namespace baton::protocol
