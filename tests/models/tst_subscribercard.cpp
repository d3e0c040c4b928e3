#include "fixtures.h"

#include <models/agentdirectory.h>
#include <models/subscribercard.h>

#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::AgentDirectory;
using baton::models::SubscriberCard;

namespace {

constexpr qint64 kSub = 4821;

struct Spies {
    explicit Spies(SubscriberCard* card)
        : subscriber(card, &SubscriberCard::subscriberChanged)
        , tags(card, &SubscriberCard::tagsChanged)
        , variables(card, &SubscriberCard::variablesChanged)
        , bot(card, &SubscriberCard::botStatusChanged)
        , window(card, &SubscriberCard::supportWindowChanged)
        , flow(card, &SubscriberCard::flowChanged)
        , conflict(card, &SubscriberCard::conflictChanged)
    {}
    int total() const
    {
        return int(subscriber.count() + tags.count() + variables.count() + bot.count() +
                   window.count() + flow.count() + conflict.count());
    }
    QSignalSpy subscriber, tags, variables, bot, window, flow, conflict;
};

} // namespace

class TestSubscriberCard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheSubscriber();
    void followsOnlyItsSubscriber();
    void botStatusOnlyMovesForward();
    void supportWindow();
    void proposedChangeAndConflict();
};

void TestSubscriberCard::showsTheSubscriber()
{
    SubscriberCard card;
    QVERIFY(!card.loaded());
    Spies spies(&card);
    Subscriber s = subscriber(kSub);
    s.flow = ActiveFlow{31, u"Order status"_s, {u"Anything else I can help you with?"_s}};
    s.variables.append({u"points"_s, 1250.0});
    card.setSubscriber(s);
    QVERIFY(card.loaded());
    QCOMPARE(spies.subscriber.count(), 1);
    QCOMPARE(spies.flow.count(), 1);
    QCOMPARE(card.property("displayName").toString(), u"Lena Vogel"_s);
    QCOMPARE(card.property("subscriberId").toLongLong(), kSub);
    QCOMPARE(card.tags(), QStringList{u"vip"_s});
    QCOMPARE(card.flowName(), u"Order status"_s);
    QCOMPARE(card.flowQueued().size(), 1);
    const auto vars = card.variables();
    QCOMPARE(vars.size(), 2);
    QCOMPARE(vars.at(1).toMap().value(u"value"_s).toDouble(), 1250.0);
    QCOMPARE(vars.at(1).toMap().value(u"type"_s).toInt(), static_cast<int>(VariableType::Number));
    QCOMPARE(card.botState(), static_cast<int>(BotState::Active));
    QCOMPARE(card.botStatusText(), u"Active"_s);

    card.clear();
    QVERIFY(!card.loaded());
    QCOMPARE(card.displayName(), QString());
}

void TestSubscriberCard::followsOnlyItsSubscriber()
{
    SubscriberCard card;
    card.setSubscriber(subscriber(kSub));
    Spies spies(&card);
    Stream stream;

    // Someone else's changes: nothing.
    Subscriber other = subscriber(kSub + 1);
    other.tags = {u"refund"_s};
    card.applyEvent(stream.next(EventType::SubscriberUpdated, other));
    card.applyEvent(stream.botStatusChanged(kSub + 1, 1, botStatus(BotState::Inactive, 9)));
    Chat otherChat = chat(1, at(50000));
    card.applyEvent(stream.chatUpdated(otherChat));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(card.tags(), QStringList{u"vip"_s});

    // Its own: only the sections that changed signal.
    Subscriber mine = subscriber(kSub);
    mine.tags = {u"refund"_s, u"vip"_s};
    card.applyEvent(stream.next(EventType::SubscriberUpdated, mine));
    QCOMPARE(spies.tags.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(card.tags(), (QStringList{u"refund"_s, u"vip"_s}));

    mine.phone = u"+49 151 99999999"_s;
    mine.flow = ActiveFlow{31, u"Order status"_s, {}};
    card.applyEvent(stream.next(EventType::SubscriberUpdated, mine));
    QCOMPARE(spies.subscriber.count(), 1);
    QCOMPARE(spies.flow.count(), 1);
    QCOMPARE(spies.variables.count(), 0);
    QCOMPARE(card.phone(), u"+49 151 99999999"_s);
    QVERIFY(card.hasFlow());
}

void TestSubscriberCard::botStatusOnlyMovesForward()
{
    AgentDirectory agents;
    agents.setAgents({Agent{12, u"Ann"_s, {}, {}, Role::Agent, true}});
    SubscriberCard card(&agents);
    card.setSubscriber(subscriber(kSub)); // version 3
    Spies spies(&card);
    Stream stream;

    const BotStatus snoozed = botStatus(BotState::Snoozed, 4, at(3600), 12);
    card.applyEvent(stream.botStatusChanged(kSub, 3907, snoozed));
    QCOMPARE(spies.bot.count(), 1);
    QCOMPARE(card.botStatus(), snoozed);
    QCOMPARE(card.botVersion(), 4);
    QCOMPARE(card.botUntil(), at(3600));
    QCOMPARE(card.botActorAgentId().toLongLong(), 12);
    QVERIFY(card.botStatusText().startsWith(u"Snoozed"_s));

    // A late event, a stale subscriber.updated and a stale REST answer keep v4.
    card.applyEvent(stream.botStatusChanged(kSub, 3907, botStatus(BotState::Active, 3)));
    card.applyEvent(stream.next(EventType::SubscriberUpdated, subscriber(kSub)));
    card.setSubscriber(subscriber(kSub));
    QCOMPARE(card.botVersion(), 4);
    QCOMPARE(spies.bot.count(), 1);

    // A chat.updated carrying a newer status (e.g. after a resync) is taken.
    Chat c = chat(3907, at(100));
    c.subscriberId = kSub;
    c.botStatus = botStatus(BotState::Inactive, 5, {}, {}, BotStatusReason::MessageLimit);
    card.applyEvent(stream.chatUpdated(c));
    QCOMPARE(card.botVersion(), 5);
    QCOMPARE(card.botState(), static_cast<int>(BotState::Inactive));
    QCOMPARE(spies.bot.count(), 2);
}

void TestSubscriberCard::supportWindow()
{
    SubscriberCard card;
    Subscriber s = subscriber(kSub, Channel::WhatsApp);
    s.lastInboundAt = at(0);
    card.setSubscriber(s);
    QVERIFY(card.hasSupportWindow());
    QCOMPARE(card.supportWindowEnd(), at(24 * 3600));
    QCOMPARE(card.timeLeft(at(23 * 3600)), std::optional(std::chrono::milliseconds(3600 * 1000)));
    QCOMPARE(card.timeLeftMs(at(25 * 3600)), 0);
    QVERIFY(card.canSendFreeText(at(3600)));
    QVERIFY(!card.canSendFreeText(at(24 * 3600)));

    // An inbound message reaches the card through chat.updated: the window restarts.
    QSignalSpy window(&card, &SubscriberCard::supportWindowChanged);
    Stream stream;
    Chat c = chat(3907, at(20 * 3600));
    c.subscriberId = kSub;
    c.channel = Channel::WhatsApp;
    c.lastInboundAt = at(20 * 3600);
    c.botStatus = s.botStatus;
    card.applyEvent(stream.chatUpdated(c));
    QCOMPARE(window.count(), 1);
    QCOMPARE(card.supportWindowEnd(), at(44 * 3600));
    QVERIFY(card.canSendFreeText(at(30 * 3600)));
    // An older chat state does not close it again.
    c.lastInboundAt = at(3600);
    card.applyEvent(stream.chatUpdated(c));
    QCOMPARE(card.supportWindowEnd(), at(44 * 3600));

    // Telegram: no window at all. Instagram: seven days.
    card.setSubscriber(subscriber(kSub + 1, Channel::Telegram));
    QVERIFY(!card.hasSupportWindow());
    QCOMPARE(card.timeLeft(at(0)), std::nullopt);
    QCOMPARE(card.timeLeftMs(at(0)), -1);
    QVERIFY(card.canSendFreeText(at(999999)));
    card.setSubscriber(subscriber(kSub + 2, Channel::Instagram));
    QCOMPARE(card.supportWindowEnd(), at(7 * 24 * 3600));
    // Never wrote: the window is closed.
    Subscriber silent = subscriber(kSub + 3, Channel::Messenger);
    silent.lastInboundAt.reset();
    card.setSubscriber(silent);
    QCOMPARE(card.timeLeftMs(at(0)), 0);
}

void TestSubscriberCard::proposedChangeAndConflict()
{
    AgentDirectory agents;
    agents.setAgents({Agent{7, u"Maya"_s, {}, {}, Role::Admin, true}});
    SubscriberCard card(&agents);
    card.setSubscriber(subscriber(kSub)); // version 3
    const BotStatusRequest request = card.proposedChange(BotState::Snoozed, at(7200));
    QCOMPARE(request.state, BotState::Snoozed);
    QCOMPARE(request.until, std::optional(at(7200)));
    QCOMPARE(request.baseVersion, 3);
    QVERIFY(!validate(request, at(0)));
    // Active never carries a time.
    QCOMPARE(card.proposedChange(BotState::Active, at(7200)).until, std::nullopt);

    // The server says 409 with its current status.
    Spies spies(&card);
    const BotStatus current = botStatus(BotState::Inactive, 4, {}, 7);
    card.conflict(current);
    QVERIFY(card.hasConflict());
    QCOMPARE(spies.conflict.count(), 1);
    QCOMPARE(card.conflictStatus(), std::optional(current));
    QCOMPARE(card.conflictVersion(), 4);
    QCOMPARE(card.conflictState(), static_cast<int>(BotState::Inactive));
    QVERIFY2(card.conflictText().contains(u"Maya"_s), qPrintable(card.conflictText()));
    // The shown status is the server's now, and a retry is based on it.
    QCOMPARE(card.botVersion(), 4);
    QCOMPARE(spies.bot.count(), 1);
    QCOMPARE(card.proposedChange(BotState::Snoozed, at(7200)).baseVersion, 4);
    QCOMPARE(card.property("hasConflict").toBool(), true);

    card.clearConflict();
    QVERIFY(!card.hasConflict());
    QCOMPARE(spies.conflict.count(), 2);
    // Another subscriber: no conflict carried over.
    card.conflict(current);
    card.setSubscriber(subscriber(kSub + 1));
    QVERIFY(!card.hasConflict());
}

QTEST_GUILESS_MAIN(TestSubscriberCard)
#include "tst_subscribercard.moc"
