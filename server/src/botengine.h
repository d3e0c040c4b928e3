#pragma once

#include "caller.h"
#include "eventstore.h"
#include "flowstore.h"

#include <protocol/message.h>
#include <protocol/requests.h>
#include <protocol/subscriber.h>
#include <protocol/workspace.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace baton::server {

class BotStatusService;
class ChatStore;
class CrmService;
class EventHub;
class MessageStore;

// The subscriber and chat the engine works on, read in the caller's transaction.
struct EngineTarget {
    qint64 workspaceId = 0;
    qint64 subscriberId = 0;
    qint64 chatId = 0;
    qint64 botId = 0;
    protocol::Channel channel = protocol::Channel::Telegram;
    protocol::SubscriptionStatus status = protocol::SubscriptionStatus::Active;
    protocol::ChatState chatState = protocol::ChatState::Closed;
    // Read with the rest, so answering needs no further lookups: the stored
    // bot status, subscribers.bot_limit_since and the workspace's limit.
    protocol::BotStatus botStatus;
    std::optional<QDateTime> limitSince;
    qint64 messageLimit = protocol::kDefaultMessageLimit;
    bool hasRun = false; // a subscriber_flow_runs row exists
};

// What the engine did in one transaction. The caller writes the events of
// the subscriber and chat first (they carry the state at commit), then the
// messages, then complete() adds the deal and the bot-status change.
struct EngineOutcome {
    bool answered = false;     // a flow started
    bool flowChanged = false;  // started, advanced, finished or stopped
    bool chatOpened = false;   // an open_chat step, or the message limit
    bool limitReached = false; // the bot must go inactive (message_limit)
    QList<protocol::Message> sent;
    std::optional<FlowPurchase> purchase; // a flow with a purchase ran to its end
    // Not yet written to the chat row (writeChat does, in one statement).
    std::optional<qint64> lastMessageId;
    // The chat's bot messages in the limit window, counted once per outcome.
    std::optional<qint64> botMessagesInWindow;
    // The run stored when a flow stopped at a wait, and its flow's name: with
    // flowChanged, the subscriber's running flow afterwards (none if unset).
    std::optional<FlowRun> waiting;
    QString waitingFlowName;
};

// The bot: keyword flows with text, buttons, wait and open-chat steps
// (docs/protocol.md 5.9, 5.12 and 6). Runs in the callers' transactions;
// waits are stored (subscriber_flow_runs.resume_at) and resumed by a timer,
// also after a restart.
class BotEngine : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    BotEngine(Database& db, FlowStore& flows, ChatStore& chats, MessageStore& messages,
              EventStore& events, EventHub& hub, BotStatusService& botStatus, CrmService& crm,
              Clock clock, QObject* parent = nullptr);

    // ---- inside the caller's transaction ----

    std::optional<EngineTarget> target(qint64 workspaceId, qint64 subscriberId) const;
    // An inbound message: the first flow of the bot whose trigger matches
    // starts, for text and ad clicks only while the bot is active, for a
    // pressed button whatever the status. Nothing for disabled subscribers.
    void answerInbound(const EngineTarget& target, protocol::MessageKind kind, const QString& text,
                       const QDateTime& now, EngineOutcome& outcome);
    // Starts `flow` (replacing the running one) and runs it up to its first wait.
    // `purchase`: the flow's purchase when the caller read it (else it is
    // read if the flow runs to its end).
    void startFlow(const EngineTarget& target, const protocol::Flow& flow,
                   std::optional<qint64> agentId, const QDateTime& now, EngineOutcome& outcome,
                   const std::optional<FlowPurchase>* purchase = nullptr);
    // Writes what the steps did to the chat row (newest message, opened) in
    // one statement; `unreadAdded` and `inboundId` are the caller's inbound
    // message, if any. Must run before the chat is read for its event.
    void writeChat(const EngineTarget& target, const EngineOutcome& outcome, const QDateTime& now,
                   qint64 unreadAdded = 0, std::optional<qint64> inboundId = std::nullopt);
    // The bot status the subscriber will have once complete() switched the
    // bot off, for events written before it.
    protocol::BotStatus statusAfter(const EngineOutcome& outcome,
                                    const protocol::BotStatus& current, const QDateTime& now) const;
    // Writes what must follow the message events: the purchase deal and the
    // message-limit switch-off (bot-status line and bot_status.changed).
    void complete(const EngineTarget& target, const EngineOutcome& outcome, const QDateTime& now,
                  QList<StoredEvent>& published);

    // ---- REST (each its own transaction; publishes) ----

    QList<protocol::Flow> flows(const Caller& caller, const QString& search,
                                std::optional<qint64> botId) const;
    protocol::Subscriber start(const Caller& caller, qint64 subscriberId, qint64 flowId,
                               const QDateTime& now);
    protocol::Subscriber stop(const Caller& caller, qint64 subscriberId, const QDateTime& now);

    // ---- waits ----

    // Runs every flow whose wait is over; main() calls it before serving.
    int resumeDueRuns();

private:
    // Runs `flow` from run.nextPosition. `stored`: the run has a row (a
    // resumed run); a started one gets a row only if it reaches a wait.
    void runSteps(const EngineTarget& target, const FlowRun& run, const protocol::Flow& flow,
                  bool stored, const QDateTime& now, EngineOutcome& outcome,
                  const std::optional<FlowPurchase>* purchase = nullptr);
    bool sendBotMessage(const EngineTarget& target, const QString& text, const QDateTime& now,
                        EngineOutcome& outcome);
    void openChat(const EngineTarget& target, const QDateTime& now, EngineOutcome& outcome);
    // subscriber.updated, the bot messages and chat.updated, in that order.
    void writeEvents(const EngineTarget& target, const EngineOutcome& outcome,
                     const protocol::Origin& origin, const QDateTime& now,
                     QList<StoredEvent>& published);
    void tick();

    Database& db_;
    FlowStore& flows_;
    ChatStore& chats_;
    MessageStore& messages_;
    EventStore& events_;
    EventHub& hub_;
    BotStatusService& botStatus_;
    CrmService& crm_;
    Clock clock_;
    QTimer timer_;
};

} // namespace baton::server
