#include "apiutil.h"
#include "botengine.h"
#include "botstatusservice.h"
#include "chatstore.h"
#include "crmservice.h"
#include "eventhub.h"
#include "logging.h"
#include "messagestore.h"
#include "rowreaders.h"
#include "sqlquery.h"
#include "subscriberview.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

constexpr int kDueBatch = 100;

bool hasDeliveryStatus(Channel channel)
{
    return channel == Channel::Instagram || channel == Channel::WhatsApp ||
           channel == Channel::Messenger;
}

} // namespace

BotEngine::BotEngine(Database& db, FlowStore& flows, ChatStore& chats, MessageStore& messages,
                     EventStore& events, EventHub& hub, BotStatusService& botStatus,
                     CrmService& crm, Clock clock, QObject* parent)
    : QObject(parent)
    , db_(db)
    , flows_(flows)
    , chats_(chats)
    , messages_(messages)
    , events_(events)
    , hub_(hub)
    , botStatus_(botStatus)
    , crm_(crm)
    , clock_(std::move(clock))
{
    // Waits are stored; a short poll finds those that are over, also the
    // ones written by other instances on the same database.
    bool ok = false;
    const int tickMs = qEnvironmentVariableIntValue("BATON_ENGINE_TICK_MS", &ok);
    timer_.setInterval(ok && tickMs > 0 ? tickMs : 1000);
    connect(&timer_, &QTimer::timeout, this, &BotEngine::tick);
    timer_.start();
}

std::optional<EngineTarget> BotEngine::target(qint64 workspaceId, qint64 subscriberId) const
{
    Query q(db_,
            u"SELECT c.id, s.bot_id, c.channel, s.status, c.state, s.bot_state, s.bot_until, "
            "s.bot_reason, s.bot_actor_type, s.bot_actor_agent_id, s.bot_changed_at, "
            "s.bot_version, s.bot_limit_since, w.message_limit, EXISTS (SELECT 1 FROM "
            "subscriber_flow_runs r WHERE r.subscriber_id = s.id) FROM subscribers s "
            "JOIN chats c ON c.subscriber_id = s.id JOIN workspaces w ON w.id = s.workspace_id "
            "WHERE s.workspace_id = ? AND s.id = ?"_s);
    q.bind(workspaceId).bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    EngineTarget t;
    t.workspaceId = workspaceId;
    t.subscriberId = subscriberId;
    t.chatId = q.integer(0);
    t.botId = q.integer(1);
    t.channel = enumFromString<Channel>(q.text(2)).value_or(Channel::Telegram);
    t.status = enumFromString<SubscriptionStatus>(q.text(3)).value_or(SubscriptionStatus::Active);
    t.chatState = enumFromString<ChatState>(q.text(4)).value_or(ChatState::Closed);
    t.botStatus = botStatusAt(q, 5);
    t.limitSince = q.optTime(12);
    t.messageLimit = q.integer(13);
    t.hasRun = q.boolean(14);
    return t;
}

void BotEngine::answerInbound(const EngineTarget& target, MessageKind kind, const QString& text,
                              const QDateTime& now, EngineOutcome& outcome)
{
    if (target.status == SubscriptionStatus::Disabled || text.trimmed().isEmpty())
        return;
    switch (kind) {
    case MessageKind::Button:
        break; // pressing the bot's buttons starts flows whatever the status
    case MessageKind::Text:
    case MessageKind::AdClick:
        // The status read with the target: nothing in this transaction
        // changed it before the engine runs.
        if (effectiveState(target.botStatus, now) != BotState::Active)
            return;
        break;
    case MessageKind::StoryMention:
    case MessageKind::BotStatusChange:
        return;
    }
    // The text is split into words once, not once per trigger tried.
    const QStringList have = triggerWords(text);
    for (const BotFlow& candidate : flows_.flowsOfBot(target.workspaceId, target.botId)) {
        for (const QString& trigger : candidate.flow.triggers) {
            if (!wordsMatch(triggerWords(trigger), have))
                continue;
            Flow flow = candidate.flow;
            flow.steps = flows_.steps(flow.id);
            outcome.answered = true;
            startFlow(target, flow, std::nullopt, now, outcome, &candidate.purchase);
            return;
        }
    }
}

void BotEngine::startFlow(const EngineTarget& target, const Flow& flow,
                          std::optional<qint64> agentId, const QDateTime& now,
                          EngineOutcome& outcome, const std::optional<FlowPurchase>* purchase)
{
    FlowRun run;
    run.subscriberId = target.subscriberId;
    run.flowId = flow.id;
    run.nextPosition = 0;
    run.startedAt = now;
    run.startedBy = agentId;
    // The running flow is replaced. The new run is stored only if it reaches
    // a wait: nothing in between reads it, and most flows end at once.
    if (target.hasRun)
        flows_.deleteRun(target.subscriberId);
    outcome.flowChanged = true;
    runSteps(target, run, flow, false, now, outcome, purchase);
}

void BotEngine::runSteps(const EngineTarget& target, const FlowRun& start, const Flow& flow,
                         bool stored, const QDateTime& now, EngineOutcome& outcome,
                         const std::optional<FlowPurchase>* purchase)
{
    FlowRun run = start;
    outcome.flowChanged = true;
    for (int i = run.nextPosition; i < flow.steps.size(); ++i) {
        const FlowStep& step = flow.steps.at(i);
        switch (step.type) {
        case FlowStepType::Text:
        case FlowStepType::Buttons:
            if (!sendBotMessage(target, stepMessageText(step), now, outcome)) {
                // Over the message limit: the flow stops, a human takes over.
                if (stored)
                    flows_.deleteRun(target.subscriberId);
                return;
            }
            break;
        case FlowStepType::Wait:
            if (step.waitSeconds > 0) {
                run.nextPosition = i + 1;
                run.resumeAt = now.addSecs(step.waitSeconds);
                if (stored)
                    flows_.saveRun(run);
                else
                    flows_.insertRun(run);
                outcome.waiting = run;
                outcome.waitingFlowName = flow.name;
                return;
            }
            break;
        case FlowStepType::OpenChat:
            openChat(target, now, outcome);
            break;
        }
    }
    if (stored)
        flows_.deleteRun(target.subscriberId);
    outcome.purchase = purchase ? *purchase : flows_.purchase(flow.id);
}

bool BotEngine::sendBotMessage(const EngineTarget& target, const QString& text,
                               const QDateTime& now, EngineOutcome& outcome)
{
    if (target.status != SubscriptionStatus::Active)
        return true; // nothing reaches a disabled or unsubscribed subscriber
    // Counted once; the messages this outcome sends are added as they go.
    if (!outcome.botMessagesInWindow)
        outcome.botMessagesInWindow =
            messages_.botMessagesSince(target.chatId, messageLimitStart(target.limitSince, now));
    if (*outcome.botMessagesInWindow >= target.messageLimit) {
        outcome.limitReached = true;
        openChat(target, now, outcome);
        return false;
    }
    Message m;
    m.chatId = target.chatId;
    m.direction = Direction::Out;
    m.source = MessageSource::Bot;
    m.kind = MessageKind::Text;
    m.text = text;
    m.delivery = hasDeliveryStatus(target.channel) ? DeliveryStatus::Sent : DeliveryStatus::None;
    m.createdAt = now;
    m.id = messages_.insert(target.workspaceId, m);
    ++*outcome.botMessagesInWindow;
    outcome.lastMessageId = m.id;
    outcome.sent.append(m);
    return true;
}

void BotEngine::openChat(const EngineTarget&, const QDateTime&, EngineOutcome& outcome)
{
    // writeChat() opens it (if it is not open already).
    outcome.chatOpened = true;
}

void BotEngine::writeChat(const EngineTarget& target, const EngineOutcome& outcome,
                          const QDateTime& now, qint64 unreadAdded, std::optional<qint64> inboundId)
{
    const std::optional<qint64> newest = outcome.lastMessageId ? outcome.lastMessageId : inboundId;
    chats_.recordActivity(target.chatId, newest, unreadAdded,
                          outcome.chatOpened && target.chatState != ChatState::Open, now);
}

BotStatus BotEngine::statusAfter(const EngineOutcome& outcome, const BotStatus& current,
                                 const QDateTime& now) const
{
    if (!outcome.limitReached || (current.state == BotState::Inactive && !current.until &&
                                  current.reason == BotStatusReason::MessageLimit))
        return current;
    BotStatus next;
    next.state = BotState::Inactive;
    next.reason = BotStatusReason::MessageLimit;
    next.actor = Actor{ActorType::System, std::nullopt};
    next.changedAt = now;
    next.version = current.version + 1;
    return next;
}

void BotEngine::complete(const EngineTarget& target, const EngineOutcome& outcome,
                         const QDateTime& now, QList<StoredEvent>& published)
{
    if (outcome.purchase) {
        DealRequest deal;
        deal.pipelineId = outcome.purchase->pipelineId;
        deal.stageId = outcome.purchase->stageId;
        deal.name = outcome.purchase->name;
        deal.amountMinor = outcome.purchase->amountMinor;
        deal.currency = outcome.purchase->currency;
        try {
            crm_.createInTransaction(target.workspaceId, target.subscriberId, deal, Origin{}, now,
                                     published);
        } catch (const ApiFailure&) {
            // A purchase configured with a pipeline or stage that is gone:
            // the flow still ran; the deal cannot be recorded.
            qCWarning(lcServer) << "flow purchase could not create a deal for subscriber"
                                << target.subscriberId;
        }
    }
    if (outcome.limitReached) {
        const auto row = botStatus_.row(target.workspaceId, target.subscriberId);
        if (row && statusAfter(outcome, row->status, now) != row->status) {
            botStatus_.change(target.workspaceId, target.subscriberId,
                              {BotState::Inactive, std::nullopt, BotStatusReason::MessageLimit,
                               Actor{ActorType::System, std::nullopt}},
                              Origin{}, now, published);
        }
    }
}

void BotEngine::writeEvents(const EngineTarget& target, const EngineOutcome& outcome,
                            const Origin& origin, const QDateTime& now,
                            QList<StoredEvent>& published)
{
    auto subscriber = loadSubscriber(db_, flows_, target.workspaceId, target.subscriberId);
    if (!subscriber)
        return;
    const BotStatus status = statusAfter(outcome, subscriber->botStatus, now);
    subscriber->botStatus = status;
    published.append(
        events_.append(target.workspaceId, EventType::SubscriberUpdated, *subscriber, origin, now));
    for (const Message& m : outcome.sent)
        published.append(
            events_.append(target.workspaceId, EventType::MessageCreated, m, origin, now));
    if (!outcome.sent.isEmpty() || outcome.chatOpened) {
        auto chat = chats_.chat(target.workspaceId, target.chatId);
        if (chat) {
            chat->botStatus = status;
            published.append(
                events_.append(target.workspaceId, EventType::ChatUpdated, *chat, origin, now));
        }
    }
}

QList<Flow> BotEngine::flows(const Caller& caller, const QString& search,
                             std::optional<qint64> botId) const
{
    return flows_.list(caller.workspaceId, search, botId);
}

Subscriber BotEngine::start(const Caller& caller, qint64 subscriberId, qint64 flowId,
                            const QDateTime& now)
{
    QList<StoredEvent> published;
    {
        Transaction tx(db_);
        const auto t = target(caller.workspaceId, subscriberId);
        if (!t)
            failNotFound(u"subscriber"_s);
        const auto flow = flows_.flow(caller.workspaceId, flowId);
        if (!flow)
            failNotFound(u"flow"_s);
        if (flow->botId != t->botId)
            fail(ErrorCode::Unprocessable, u"the flow belongs to another bot"_s, u"flow_id"_s);
        if (t->status == SubscriptionStatus::Disabled)
            fail(ErrorCode::Unprocessable,
                 u"the bot sends this subscriber nothing until re-enabled"_s);
        if (t->status == SubscriptionStatus::Unsubscribed)
            fail(ErrorCode::Unprocessable, u"the subscriber has unsubscribed"_s);
        EngineOutcome outcome;
        startFlow(*t, *flow, caller.agentId, now, outcome);
        writeChat(*t, outcome, now);
        writeEvents(*t, outcome, caller.origin(), now, published);
        complete(*t, outcome, now, published);
        tx.commit();
    }
    hub_.publish(published);
    return *loadSubscriber(db_, flows_, caller.workspaceId, subscriberId);
}

Subscriber BotEngine::stop(const Caller& caller, qint64 subscriberId, const QDateTime& now)
{
    QList<StoredEvent> published;
    {
        Transaction tx(db_);
        const auto t = target(caller.workspaceId, subscriberId);
        if (!t)
            failNotFound(u"subscriber"_s);
        if (flows_.deleteRun(subscriberId)) {
            EngineOutcome outcome;
            outcome.flowChanged = true;
            writeEvents(*t, outcome, caller.origin(), now, published);
        }
        tx.commit();
    }
    hub_.publish(published);
    return *loadSubscriber(db_, flows_, caller.workspaceId, subscriberId);
}

int BotEngine::resumeDueRuns()
{
    int resumed = 0;
    bool failed = false;
    for (;;) {
        const QDateTime now = clock_();
        const QList<DueRun> due = flows_.dueRuns(now, kDueBatch);
        for (const DueRun& d : due) {
            QList<StoredEvent> published;
            try {
                Transaction tx(db_);
                if (!flows_.claimRun(d.subscriberId, d.resumeAt, d.nextPosition))
                    continue; // another instance or a request got there first
                const auto t = target(d.workspaceId, d.subscriberId);
                const auto run = flows_.run(d.subscriberId);
                if (!t || !run) {
                    flows_.deleteRun(d.subscriberId);
                    tx.commit();
                    continue;
                }
                EngineOutcome outcome;
                const auto flow = t->status == SubscriptionStatus::Disabled
                                      ? std::nullopt
                                      : flows_.flow(t->workspaceId, run->flowId);
                if (!flow) {
                    // Disabled, or the flow is gone: the run ends here.
                    flows_.deleteRun(d.subscriberId);
                    outcome.flowChanged = true;
                } else {
                    runSteps(*t, *run, *flow, true, now, outcome);
                }
                writeChat(*t, outcome, now);
                writeEvents(*t, outcome, Origin{}, now, published);
                complete(*t, outcome, now, published);
                tx.commit();
                ++resumed;
            } catch (const std::exception& e) {
                // The run stays due; the next tick tries again.
                qCWarning(lcServer)
                    << "resuming the flow of subscriber" << d.subscriberId << "failed:" << e.what();
                failed = true;
                continue;
            }
            hub_.publish(published);
        }
        if (failed || due.size() < kDueBatch)
            break;
    }
    return resumed;
}

void BotEngine::tick()
{
    try {
        resumeDueRuns();
    } catch (const std::exception& e) {
        qCWarning(lcServer) << "the bot engine's tick failed:" << e.what();
    }
}

} // namespace baton::server
