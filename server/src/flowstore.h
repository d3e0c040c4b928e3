#pragma once

#include "database.h"

#include <protocol/crm.h>
#include <protocol/flow.h>
#include <protocol/subscriber.h>

#include <QDateTime>
#include <QHash>

#include <optional>

namespace baton::server {

// What a flow sells: when the flow runs to its end, this becomes a deal of
// the subscriber (server-side configuration, not part of the Flow wire type).
struct FlowPurchase {
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString name;
    qint64 amountMinor = 0;
    QString currency;
};

// A flow with its purchase, as the engine tries a bot's flows.
struct BotFlow {
    protocol::Flow flow;
    std::optional<FlowPurchase> purchase;
};

// The flow a subscriber is in: the next step to run and, while a wait step
// lasts, when to go on.
struct FlowRun {
    qint64 subscriberId = 0;
    qint64 flowId = 0;
    int nextPosition = 0;
    std::optional<QDateTime> resumeAt;
    QDateTime startedAt;
    std::optional<qint64> startedBy;
};

// A run whose wait step is over, with what the engine needs to go on.
struct DueRun {
    qint64 workspaceId = 0;
    qint64 subscriberId = 0;
    QDateTime resumeAt;
    int nextPosition = 0;
};

// Flows, their steps and the subscribers' runs. Every read that takes an
// id from a client is scoped to a workspace.
class FlowStore {
public:
    explicit FlowStore(Database& db)
        : db_(db)
    {}

    static constexpr int kMaxListed = 100;

    qint64 create(qint64 workspaceId, const protocol::Flow& flow, const QDateTime& now,
                  const std::optional<FlowPurchase>& purchase = std::nullopt);
    std::optional<protocol::Flow> flow(qint64 workspaceId, qint64 flowId) const;
    // By name then id; `search` is a case-insensitive substring of the name.
    QList<protocol::Flow> list(qint64 workspaceId, const QString& search,
                               std::optional<qint64> botId) const;
    // The bot's flows by id: the order triggers are tried in. With their
    // purchases, without steps (steps() reads those of the one that matched).
    QList<BotFlow> flowsOfBot(qint64 workspaceId, qint64 botId) const;
    QList<protocol::FlowStep> steps(qint64 flowId) const;
    std::optional<FlowPurchase> purchase(qint64 flowId) const;

    std::optional<FlowRun> run(qint64 subscriberId) const;
    // Replaces the subscriber's run.
    void saveRun(const FlowRun& run);
    // Stores a run for a subscriber known to have none.
    void insertRun(const FlowRun& run);
    bool deleteRun(qint64 subscriberId);
    // Claims a due run for this process: true when it was still due at
    // `resumeAt` and `position` (no other instance or request took it).
    bool claimRun(qint64 subscriberId, const QDateTime& resumeAt, int position);
    QList<DueRun> dueRuns(const QDateTime& now, int limit) const;
    std::optional<QDateTime> nextResume() const;

    // The running flow and the texts still queued, for Subscriber.flow.
    std::optional<protocol::ActiveFlow> activeFlow(qint64 subscriberId) const;
    // The same for a run the caller has read (its flow, name and position).
    protocol::ActiveFlow activeFlow(qint64 flowId, const QString& name, qint64 position) const;

private:
    // parseList of a flow's stored triggers text; the same texts come back
    // in every inbound request. Keyed by the text itself, so a flow changed
    // by another instance reads as its new text: nothing to invalidate.
    QStringList triggersOf(const QString& stored) const;

    Database& db_;
    mutable QHash<QString, QStringList> parsedTriggers_;
};

// Triggers match case-insensitively as whole words of the text.
bool triggerMatches(const QString& trigger, const QString& text);
// The same in parts, so a text tried against many triggers is split once:
// a text's case-folded words (runs of letters, digits and marks), and
// whether `want` occurs in `have` as consecutive words.
QStringList triggerWords(const QString& text);
bool wordsMatch(const QStringList& want, const QStringList& have);
// The text a step sends: the text, and for a buttons step its captions.
QString stepMessageText(const protocol::FlowStep& step);

} // namespace baton::server
