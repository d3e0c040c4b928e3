#pragma once

#include <protocol/json.h>

namespace baton::protocol {

struct FlowStep {
    FlowStepType type = FlowStepType::Text;
    QString text;        // text and buttons steps
    QStringList buttons; // buttons step
    qint64 waitSeconds = 0;

    bool operator==(const FlowStep&) const = default;
};

struct Flow {
    qint64 id = 0;
    qint64 botId = 0;
    QString name;
    QStringList triggers; // keywords, matched case-insensitively as whole words
    QList<FlowStep> steps;

    bool operator==(const Flow&) const = default;
};

QJsonObject toJson(const FlowStep& v);
bool fromJson(JsonReader& r, FlowStep& v);
QJsonObject toJson(const Flow& v);
bool fromJson(JsonReader& r, Flow& v);

} // namespace baton::protocol
