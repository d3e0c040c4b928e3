#pragma once

#include <protocol/json.h>

namespace baton::protocol {

struct Stage {
    qint64 id = 0;
    QString name;
    qint64 position = 0;

    bool operator==(const Stage&) const = default;
};

struct Pipeline {
    qint64 id = 0;
    QString name;
    QList<Stage> stages; // in order

    bool operator==(const Pipeline&) const = default;
};

// Amounts are integers in the currency's minor unit (cents) so no rounding
// ever happens on the way through.
struct Deal {
    qint64 id = 0;
    qint64 subscriberId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString name;
    qint64 amountMinor = 0;
    QString currency; // ISO 4217, three upper-case letters
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Deal&) const = default;
};

bool isValidCurrency(QStringView code);

QJsonObject toJson(const Stage& v);
bool fromJson(JsonReader& r, Stage& v);
QJsonObject toJson(const Pipeline& v);
bool fromJson(JsonReader& r, Pipeline& v);
QJsonObject toJson(const Deal& v);
bool fromJson(JsonReader& r, Deal& v);

} // namespace baton::protocol
