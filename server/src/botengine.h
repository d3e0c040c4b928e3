#pragma once

#include "caller.h"
#include "eventstore.h"
#include "flowstore.h"

#include <protocol/message.h>
#include <protocol/requests.h>
#include <protocol/subscriber.h>

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
class WorkspaceStore;

// The subscriber and chat the engine works on, read in the caller's transaction.
struct EngineTarget {
    qint64 workspaceId = 0;
    qint64 subscriberId = 0;
    qint64 chatId = 0;
    qint64 botId = 0;
    protocol::Channel channel = protocol::Channel::Telegram;
    protocol::SubscriptionStatus status = protocol::SubscriptionStatus::Active;
    protocol::ChatState chatState = protocol::ChatState::Closed;
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
              WorkspaceStore& workspaces, Clock clock, QObject* parent = nullptr);

    // ---- inside the caller's transaction ----

    std::optional<EngineTarget> target(qint64 workspaceId, qint64 subscriberId) const;
    // An inbound message: the first flow of the bot whose trigger matches
    // starts, for text and ad clicks only while the bot is active, for a
    // pressed button whatever the status. Nothing for disabled subscribers.
    void answerInbound(const EngineTarget& target, protocol::MessageKind kind, const QString& text,
                       const QDateTime& now, EngineOutcome& outcome);
    // Starts `flow` (replacing the running one) and runs it up to its first wait.
    void startFlow(const EngineTarget& target, const protocol::Flow& flow,
                   std::optional<qint64> agentId, const QDateTime& now, EngineOutcome& outcome);
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
    void runSteps(const EngineTarget& target, const FlowRun& run, const QDateTime& now,
                  EngineOutcome& outcome);
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
    WorkspaceStore& workspaces_;
    Clock clock_;
    QTimer timer_;
};

} // namespace baton::server
