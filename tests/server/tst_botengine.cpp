// The bot engine: trigger answers only while the bot is active, buttons
// and agents start flows whatever the status, waits that fire and survive a
// restart, the message limit, purchases, and workspace isolation.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"
#include "serverdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

constexpr qint64 kTelegram = 1;
constexpr qint64 kWhatsApp = 2;

QJsonArray eventsAfter(HttpClient& http, qint64 after)
{
    QUrlQuery q;
    q.addQueryItem(u"after"_s, QString::number(after));
    q.addQueryItem(u"limit"_s, u"1000"_s);
    return http.get(u"/api/v1/events"_s, q).json[u"events"_s].toArray();
}

// The bot messages among events.
QStringList botTexts(const QJsonArray& events)
{
    QStringList out;
    for (const QJsonValue& e : events) {
        const QJsonObject m = e[u"data"_s][u"message"_s].toObject();
        if (e[u"type"_s].toString() == u"message.created"_s && m[u"source"_s] == u"bot"_s)
            out.append(m[u"text"_s].toString());
    }
    return out;
}

QJsonObject firstOfType(const QJsonArray& events, const QString& type)
{
    for (const QJsonValue& e : events) {
        if (e[u"type"_s].toString() == type)
            return e.toObject();
    }
    return {};
}

} // namespace

class TestBotEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void triggerAnsweredOnlyWhileActive();
    void disabledSubscriberGetsNothing();
    void agentStartsAndStopsFlows();
    void messageLimitTripsAt26();
    void purchaseThroughTheBotCreatesADeal();
    void flowsAreListedAndIsolated();
    void waitStepFiresAndSurvivesRestart();

private:
    Reply inbound(qint64 bot, const QString& externalId, const QString& text,
                  const QString& kind = u"text"_s)
    {
        const QString channel = bot == kTelegram ? u"telegram"_s : u"whatsapp"_s;
        return postChannel(server_.url(), bot, demoSecret(u"acme"_s, channel), u"inbound"_s,
                           {{u"external_id"_s, externalId},
                            {u"first_name"_s, u"Engine"_s},
                            {u"kind"_s, kind},
                            {u"text"_s, text}});
    }
    // The subscriber id of a chat, from the chat itself.
    qint64 subscriberOf(qint64 chatId)
    {
        return http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json[u"subscriber_id"_s].toInteger();
    }
    qint64 flowId(const QString& name, qint64 botId)
    {
        QUrlQuery q;
        q.addQueryItem(u"q"_s, name);
        q.addQueryItem(u"bot_id"_s, QString::number(botId));
        for (const QJsonValue& f : http_->get(u"/api/v1/flows"_s, q).json[u"flows"_s].toArray()) {
            if (f[u"name"_s].toString() == name)
                return f[u"id"_s].toInteger();
        }
        return 0;
    }

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
};

void TestBotEngine::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    QVERIFY(startEventLog(*http_));
}

void TestBotEngine::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestBotEngine::triggerAnsweredOnlyWhileActive()
{
    qint64 h = http_->eventHead();
    const Reply first = inbound(kTelegram, u"eng-active"_s, u"What are your OPENING hours?"_s);
    QCOMPARE(first.status, 201);
    const qint64 chatId = first.json[u"chat_id"_s].toInteger();
    QJsonArray events = eventsAfter(*http_, h);
    QCOMPARE(botTexts(events),
             QStringList({u"We're open Mon–Fri 9:00–18:00 and Sat 10:00–14:00."_s}));
    // Answered by the bot: the chat stays closed.
    QCOMPARE(firstOfType(events, u"chat.created"_s)[u"data"_s][u"chat"_s][u"state"_s].toString(),
             u"closed"_s);
    // Whole words only: "hoursday" is no trigger.
    h = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-active"_s, u"hoursday"_s).status, 201);
    QVERIFY(botTexts(eventsAfter(*http_, h)).isEmpty());

    // An agent writes: the bot is snoozed, and the next trigger gets no answer.
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(http_
                 ->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId),
                       {{u"text"_s, u"Hi, I'm Ann"_s}})
                 .status,
             201);
    QCOMPARE(http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json[u"bot_status"_s][u"state"_s],
             u"snoozed"_s);
    QCOMPARE(http_->post(u"/api/v1/chats/%1/close"_s.arg(chatId)).status, 200);
    h = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-active"_s, u"opening hours?"_s).status, 201);
    events = eventsAfter(*http_, h);
    QVERIFY(botTexts(events).isEmpty());
    // Unanswered: the chat opens for a human.
    QCOMPARE(http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json[u"state"_s].toString(), u"open"_s);

    // Pressing one of the bot's buttons still starts its flow.
    h = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-active"_s, u"Latest order"_s, u"button"_s).status, 201);
    events = eventsAfter(*http_, h);
    QCOMPARE(botTexts(events).size(), 1);
    QVERIFY(botTexts(events).constFirst().startsWith(u"Your latest order"_s));
    const QJsonObject in =
        firstOfType(events, u"message.created"_s)[u"data"_s][u"message"_s].toObject();
    QCOMPARE(in[u"kind"_s].toString(), u"button"_s);
    QCOMPARE(in[u"direction"_s].toString(), u"in"_s);
}

void TestBotEngine::disabledSubscriberGetsNothing()
{
    // Demo subscriber 13 (WhatsApp) is disabled.
    const qint64 h = http_->eventHead();
    const Reply r = inbound(kWhatsApp, u"ext-13"_s, u"opening hours please"_s);
    QCOMPARE(r.status, 201);
    const QJsonArray events = eventsAfter(*http_, h);
    QVERIFY(botTexts(events).isEmpty());
    QCOMPARE(firstOfType(events, u"subscriber.updated"_s)[u"data"_s][u"subscriber"_s][u"status"_s]
                 .toString(),
             u"disabled"_s);
    QCOMPARE(firstOfType(events, u"chat.updated"_s)[u"data"_s][u"chat"_s][u"state"_s].toString(),
             u"open"_s);
    const qint64 subscriberId = subscriberOf(r.json[u"chat_id"_s].toInteger());
    const Reply start = http_->post(u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(subscriberId)
                                        .arg(flowId(u"Opening hours"_s, kWhatsApp)));
    QCOMPARE(start.status, 422);
    QCOMPARE(start.errorField(), QString());
}

void TestBotEngine::agentStartsAndStopsFlows()
{
    const Reply r = inbound(kTelegram, u"eng-agent"_s, u"hello"_s);
    const qint64 subscriberId = subscriberOf(r.json[u"chat_id"_s].toInteger());
    const qint64 order = flowId(u"Order status"_s, kTelegram);
    QVERIFY(order > 0);
    const qint64 h = http_->eventHead();
    const QString path = u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(subscriberId);
    const Reply started = http_->post(path.arg(order));
    QCOMPARE(started.status, 200);
    const QJsonObject flow = started.json[u"flow"_s].toObject();
    QCOMPARE(flow[u"flow_id"_s].toInteger(), order);
    QCOMPARE(flow[u"name"_s].toString(), u"Order status"_s);
    QCOMPARE(flow[u"queued"_s].toArray(), QJsonArray({u"Anything else I can help you with?"_s}));
    const QJsonArray events = eventsAfter(*http_, h);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);
    QCOMPARE(events.at(0)[u"origin"_s][u"agent_id"_s].toInteger(),
             http_->get(u"/api/v1/me"_s).json[u"agent"_s][u"id"_s].toInteger());
    QCOMPARE(botTexts(events),
             QStringList({u"Let me look up your order…"_s,
                          u"Which order do you mean?\n[Latest order] [Another order]"_s}));

    // Stop it: the queue is dropped; a repeat is a no-op.
    const qint64 h1 = http_->eventHead();
    const Reply stopped =
        http_->send("DELETE", u"/api/v1/subscribers/%1/flow"_s.arg(subscriberId), {}, {});
    QCOMPARE(stopped.status, 200);
    QVERIFY(stopped.json[u"flow"_s].isNull());
    QCOMPARE(eventsAfter(*http_, h1).size(), 1);
    const qint64 h2 = http_->eventHead();
    QCOMPARE(
        http_->send("DELETE", u"/api/v1/subscribers/%1/flow"_s.arg(subscriberId), {}, {}).status,
        200);
    QCOMPARE(http_->eventHead(), h2);

    // Another bot's flow, and flows or subscribers that do not exist.
    const Reply otherBot = http_->post(path.arg(flowId(u"Order status"_s, kWhatsApp)));
    QCOMPARE(otherBot.status, 422);
    QCOMPARE(otherBot.errorField(), u"flow_id"_s);
    QCOMPARE(http_->post(path.arg(999999)).status, 404);
    QCOMPARE(http_->post(u"/api/v1/subscribers/999999/flows/%1/start"_s.arg(order)).status, 404);
}

void TestBotEngine::messageLimitTripsAt26()
{
    const QString secret = demoSecret(u"acme"_s, u"telegram"_s);
    const Reply first = inbound(kTelegram, u"eng-limit"_s, u"hours?"_s);
    const qint64 chatId = first.json[u"chat_id"_s].toInteger();
    // Third-party messages do not count towards the limit.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(postChannel(server_.url(), kTelegram, secret, u"outbound"_s,
                             {{u"external_id"_s, u"eng-limit"_s}, {u"text"_s, u"from the app"_s}})
                     .status,
                 201);
    }
    for (int i = 1; i < 25; ++i)
        QCOMPARE(inbound(kTelegram, u"eng-limit"_s, u"hours?"_s).status, 201);
    QUrlQuery all;
    all.addQueryItem(u"limit"_s, u"200"_s);
    const auto botCount = [&] {
        int n = 0;
        for (const QJsonValue& m : http_->get(u"/api/v1/chats/%1/messages"_s.arg(chatId), all)
                                       .json[u"messages"_s]
                                       .toArray())
            n += m[u"source"_s] == u"bot"_s ? 1 : 0;
        return n;
    };
    QCOMPARE(botCount(), 25);
    QCOMPARE(http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json[u"state"_s].toString(),
             u"closed"_s);

    const qint64 h = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-limit"_s, u"hours?"_s).status, 201);
    QCOMPARE(botCount(), 25);
    const QJsonArray events = eventsAfter(*http_, h);
    QVERIFY(botTexts(events).isEmpty());
    const QJsonObject changed = firstOfType(events, u"bot_status.changed"_s);
    QCOMPARE(changed[u"data"_s][u"bot_status"_s][u"state"_s].toString(), u"inactive"_s);
    QCOMPARE(changed[u"data"_s][u"bot_status"_s][u"reason"_s].toString(), u"message_limit"_s);
    QCOMPARE(changed[u"data"_s][u"bot_status"_s][u"actor"_s][u"type"_s].toString(), u"system"_s);
    // Events written in the same transaction already carry the new status.
    QCOMPARE(firstOfType(
                 events,
                 u"subscriber.updated"_s)[u"data"_s][u"subscriber"_s][u"bot_status"_s][u"reason"_s]
                 .toString(),
             u"message_limit"_s);
    const Reply chat = http_->get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(chat.json[u"state"_s].toString(), u"open"_s);
    QCOMPARE(chat.json[u"bot_status"_s][u"state"_s].toString(), u"inactive"_s);
    QCOMPARE(chat.json[u"bot_status"_s][u"reason"_s].toString(), u"message_limit"_s);
    QVERIFY(chat.json[u"bot_status"_s][u"until"_s].isNull());
}

void TestBotEngine::purchaseThroughTheBotCreatesADeal()
{
    const qint64 h = http_->eventHead();
    const Reply r = inbound(kTelegram, u"eng-buy"_s, u"Buy gift card"_s, u"button"_s);
    QCOMPARE(r.status, 201);
    const QJsonObject created = firstOfType(eventsAfter(*http_, h), u"deal.created"_s);
    QVERIFY(!created.isEmpty());
    QVERIFY(created[u"origin"_s][u"agent_id"_s].isNull());
    const QJsonObject deal = created[u"data"_s][u"deal"_s].toObject();
    QCOMPARE(deal[u"name"_s].toString(), u"Gift card €25"_s);
    QCOMPARE(deal[u"amount_minor"_s].toInteger(), 2500);
    QCOMPARE(deal[u"currency"_s].toString(), u"EUR"_s);
    const qint64 subscriberId = subscriberOf(r.json[u"chat_id"_s].toInteger());
    QCOMPARE(deal[u"subscriber_id"_s].toInteger(), subscriberId);
    const QJsonArray deals =
        http_->get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId)).json[u"deals"_s].toArray();
    QCOMPARE(deals.size(), 1);
    QCOMPARE(deals.at(0)[u"id"_s].toInteger(), deal[u"id"_s].toInteger());
}

void TestBotEngine::flowsAreListedAndIsolated()
{
    QUrlQuery q;
    q.addQueryItem(u"q"_s, u"GIFT"_s);
    q.addQueryItem(u"bot_id"_s, QString::number(kTelegram));
    const QJsonArray flows = http_->get(u"/api/v1/flows"_s, q).json[u"flows"_s].toArray();
    QCOMPARE(flows.size(), 2);
    QCOMPARE(flows.at(0)[u"name"_s].toString(), u"Buy gift card"_s);
    QCOMPARE(flows.at(1)[u"name"_s].toString(), u"Gift card"_s);
    QCOMPARE(flows.at(1)[u"steps"_s][0][u"type"_s].toString(), u"buttons"_s);
    QUrlQuery bad;
    bad.addQueryItem(u"q"_s, QString(201, u'x'));
    QCOMPARE(http_->get(u"/api/v1/flows"_s, bad).errorField(), u"q"_s);
    QUrlQuery badBot;
    badBot.addQueryItem(u"bot_id"_s, u"abc"_s);
    QCOMPARE(http_->get(u"/api/v1/flows"_s, badBot).errorField(), u"bot_id"_s);

    // Globex sees only its own flows and none of Acme's subscribers.
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const QJsonArray theirs = globex.get(u"/api/v1/flows"_s).json[u"flows"_s].toArray();
    QVERIFY(!theirs.isEmpty());
    for (const QJsonValue& f : theirs)
        QVERIFY(f[u"bot_id"_s].toInteger() > 6);
    const qint64 acmeSubscriber =
        subscriberOf(inbound(kTelegram, u"eng-iso"_s, u"hello"_s).json[u"chat_id"_s].toInteger());
    const qint64 acmeFlow = flowId(u"Order status"_s, kTelegram);
    const qint64 theirFlow = theirs.at(0)[u"id"_s].toInteger();
    const Reply notFound =
        globex.post(u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(acmeSubscriber).arg(theirFlow));
    QCOMPARE(notFound.status, 404);
    QCOMPARE(globex.post(u"/api/v1/subscribers/999999/flows/%1/start"_s.arg(theirFlow)).body,
             notFound.body);
    QCOMPARE(
        http_->post(u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(acmeSubscriber).arg(theirFlow))
            .status,
        404);
    QCOMPARE(
        globex.send("DELETE", u"/api/v1/subscribers/%1/flow"_s.arg(acmeSubscriber), {}, {}).status,
        404);
    QVERIFY(acmeFlow > 0);
}

void TestBotEngine::waitStepFiresAndSurvivesRestart()
{
    // "Feedback": a text, a 3-second wait, then buttons.
    const QString later = u"How would you rate us?\n[Great] [Okay] [Bad]"_s;
    const qint64 h = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-wait"_s, u"some feedback"_s).status, 201);
    const QJsonArray events = eventsAfter(*http_, h);
    QCOMPARE(botTexts(events), QStringList({u"Thanks for helping us improve!"_s}));
    const QJsonObject subscriber =
        firstOfType(events, u"subscriber.updated"_s)[u"data"_s][u"subscriber"_s].toObject();
    QCOMPARE(subscriber[u"flow"_s][u"queued"_s].toArray(), QJsonArray({later}));
    QElapsedTimer timer;
    timer.start();
    bool fired = false;
    while (!fired && timer.elapsed() < 10'000) {
        QThread::msleep(250);
        fired = botTexts(eventsAfter(*http_, h)).contains(later);
    }
    QVERIFY2(fired, "the wait step did not fire");
    QVERIFY(timer.elapsed() >= 1500);

    // A wait that ends while the server is down runs when it starts again.
    const qint64 h1 = http_->eventHead();
    QCOMPARE(inbound(kTelegram, u"eng-wait-2"_s, u"feedback"_s).status, 201);
    QCOMPARE(server_.stop(), 0);
    QThread::msleep(3500);
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    timer.restart();
    fired = false;
    while (!fired && timer.elapsed() < 5'000) {
        fired = botTexts(eventsAfter(*http_, h1)).contains(later);
        if (!fired)
            QThread::msleep(200);
    }
    QVERIFY2(fired, "the wait step did not fire after the restart");
}

QTEST_GUILESS_MAIN(TestBotEngine)
#include "tst_botengine.moc"
