// What one inbound message writes when the bot answers inside the request
// (docs/server.md, "Inbound writes"): the chat row (newest message, unread,
// opened) in one statement, the events of the request as one batch with
// contiguous seqs, the profile and its search columns in one update, the
// flow run stored only when a flow waits, and the subscriber event read with
// its tags, variables and running flow.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"
#include "serverdata.h"
#include "streamclient.h"

#include <protocol/event.h>

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

constexpr qint64 kTelegram = 1;

QJsonObject textBody(const QString& externalId, const QString& text)
{
    return {{u"external_id"_s, externalId}, {u"first_name"_s, u"Writes"_s}, {u"text"_s, text}};
}

QStringList typesOf(const QList<QJsonObject>& events)
{
    QStringList out;
    for (const QJsonObject& e : events)
        out.append(e[u"type"_s].toString());
    return out;
}

} // namespace

class TestInboundWrites : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void answeredFirstContactIsOneBatch();
    void openingFlowOpensAndCountsUnread();
    void triggerReplacesTheWaitingRun();
    void renameIsFoundBySearch();
    void subscriberEventCarriesTagsAndVariables();
    void streamedEventsMatchTheLogAndTheObjects();
    void triggersMatchWholeWordsOfTheText();

private:
    Reply inbound(const QJsonObject& body);
    // The events after `after`, checking their seqs follow on from it.
    QList<QJsonObject> eventsSince(qint64 after);

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
};

Reply TestInboundWrites::inbound(const QJsonObject& body)
{
    return postChannel(server_.url(), kTelegram, demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
                       body);
}

QList<QJsonObject> TestInboundWrites::eventsSince(qint64 after)
{
    const QList<QJsonObject> events = http_->eventsAfter(after);
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i)[u"seq"_s].toInteger() != after + 1 + i) {
            qWarning() << "seq" << events.at(i)[u"seq"_s].toInteger() << "at" << i << "after"
                       << after;
            return {};
        }
    }
    return events;
}

void TestInboundWrites::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    QVERIFY(startEventLog(*http_));
}

void TestInboundWrites::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestInboundWrites::answeredFirstContactIsOneBatch()
{
    const qint64 h0 = http_->eventHead();
    const Reply r = inbound(textBody(u"writes-hours"_s, u"What are your opening hours?"_s));
    QCOMPARE(r.status, 201);
    const qint64 chatId = r.json[u"chat_id"_s].toInteger();

    const QList<QJsonObject> events = eventsSince(h0);
    QCOMPARE(typesOf(events), QStringList({u"subscriber.updated"_s, u"chat.created"_s,
                                           u"message.created"_s, u"message.created"_s}));
    QCOMPARE(http_->eventHead(), h0 + 4);
    const QJsonObject in = events.at(2)[u"data"_s][u"message"_s].toObject();
    const QJsonObject answer = events.at(3)[u"data"_s][u"message"_s].toObject();
    QCOMPARE(in[u"id"_s].toInteger(), r.json[u"id"_s].toInteger());
    QCOMPARE(answer[u"source"_s].toString(), u"bot"_s);
    QVERIFY(answer[u"text"_s].toString().startsWith(u"We're open"_s));

    // The chat event is the state at commit: answered, so still closed, one
    // unread, and the bot's answer is the newest message.
    const QJsonObject chat = events.at(1)[u"data"_s][u"chat"_s].toObject();
    QCOMPARE(chat[u"id"_s].toInteger(), chatId);
    QCOMPARE(chat[u"state"_s].toString(), u"closed"_s);
    QCOMPARE(chat[u"unread_count"_s].toInteger(), 1);
    QCOMPARE(chat[u"last_message"_s][u"message_id"_s].toInteger(), answer[u"id"_s].toInteger());
    const Reply stored = http_->get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(stored.json[u"state"_s].toString(), u"closed"_s);
    QCOMPARE(stored.json[u"unread_count"_s].toInteger(), 1);
    QCOMPARE(stored.json[u"last_message"_s][u"message_id"_s].toInteger(),
             answer[u"id"_s].toInteger());
    // The flow ran to its end: no run is left.
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    QVERIFY(subscriber[u"flow"_s].isNull());
}

void TestInboundWrites::openingFlowOpensAndCountsUnread()
{
    const Reply first = inbound(textBody(u"writes-refund"_s, u"opening hours please"_s));
    QCOMPARE(first.status, 201);
    const qint64 chatId = first.json[u"chat_id"_s].toInteger();
    QCOMPARE(http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json[u"state"_s].toString(),
             u"closed"_s);

    const qint64 h0 = http_->eventHead();
    QCOMPARE(inbound(textBody(u"writes-refund"_s, u"I want a refund"_s)).status, 201);
    const QList<QJsonObject> events = eventsSince(h0);
    QCOMPARE(typesOf(events), QStringList({u"subscriber.updated"_s, u"chat.updated"_s,
                                           u"message.created"_s, u"message.created"_s}));
    const QJsonObject chat = events.at(1)[u"data"_s][u"chat"_s].toObject();
    QCOMPARE(chat[u"state"_s].toString(), u"open"_s);
    QCOMPARE(chat[u"unread_count"_s].toInteger(), 2);
    QCOMPARE(chat[u"last_message"_s][u"source"_s].toString(), u"bot"_s);

    // Unanswered: the chat stays open, the inbound message is the newest.
    const qint64 h1 = http_->eventHead();
    const Reply plain = inbound(textBody(u"writes-refund"_s, u"Danke schön"_s));
    QCOMPARE(plain.status, 201);
    const QList<QJsonObject> more = eventsSince(h1);
    QCOMPARE(typesOf(more),
             QStringList({u"subscriber.updated"_s, u"chat.updated"_s, u"message.created"_s}));
    const Reply stored = http_->get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(stored.json[u"state"_s].toString(), u"open"_s);
    QCOMPARE(stored.json[u"unread_count"_s].toInteger(), 3);
    QCOMPARE(stored.json[u"last_message"_s][u"message_id"_s].toInteger(),
             plain.json[u"id"_s].toInteger());
}

void TestInboundWrites::triggerReplacesTheWaitingRun()
{
    // "Order status" sends two messages and waits 10 minutes: the run is stored.
    const qint64 h0 = http_->eventHead();
    QCOMPARE(inbound(textBody(u"writes-order"_s, u"Where is my order?"_s)).status, 201);
    const QList<QJsonObject> events = eventsSince(h0);
    QCOMPARE(events.size(), 5);
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    const qint64 subscriberId = subscriber[u"id"_s].toInteger();
    QCOMPARE(subscriber[u"flow"_s][u"name"_s].toString(), u"Order status"_s);
    QCOMPARE(subscriber[u"flow"_s][u"queued"_s].toArray(),
             QJsonArray({u"Anything else I can help you with?"_s}));
    const QString path = u"/api/v1/subscribers/%1"_s.arg(subscriberId);
    QCOMPARE(http_->get(path).json[u"flow"_s][u"name"_s].toString(), u"Order status"_s);

    // A button of that flow starts another one, replacing the stored run.
    const qint64 h1 = http_->eventHead();
    QJsonObject press = textBody(u"writes-order"_s, u"Latest order"_s);
    press[u"kind"_s] = u"button"_s;
    QCOMPARE(inbound(press).status, 201);
    const QList<QJsonObject> after = eventsSince(h1);
    QCOMPARE(typesOf(after), QStringList({u"subscriber.updated"_s, u"chat.updated"_s,
                                          u"message.created"_s, u"message.created"_s}));
    QVERIFY(after.at(0)[u"data"_s][u"subscriber"_s][u"flow"_s].isNull());
    QVERIFY(http_->get(path).json[u"flow"_s].isNull());

    // And a new waiting run can be stored again afterwards.
    QCOMPARE(inbound(textBody(u"writes-order"_s, u"tracking"_s)).status, 201);
    QCOMPARE(http_->get(path).json[u"flow"_s][u"name"_s].toString(), u"Order status"_s);
}

void TestInboundWrites::renameIsFoundBySearch()
{
    QCOMPARE(inbound(textBody(u"writes-rename"_s, u"hello"_s)).status, 201);
    QJsonObject renamed = textBody(u"writes-rename"_s, u"hello again"_s);
    renamed[u"first_name"_s] = u"Quokkaname"_s;
    renamed[u"username"_s] = u"quokka_user"_s;
    const Reply r = inbound(renamed);
    QCOMPARE(r.status, 201);
    const qint64 chatId = r.json[u"chat_id"_s].toInteger();

    for (const QString& search : {u"quokkaNAME"_s, u"quokka_us"_s}) {
        QUrlQuery q;
        q.addQueryItem(u"list"_s, u"all"_s);
        q.addQueryItem(u"q"_s, search);
        const QJsonArray chats = http_->get(u"/api/v1/chats"_s, q).json[u"chats"_s].toArray();
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats.at(0)[u"id"_s].toInteger(), chatId);
        QCOMPARE(chats.at(0)[u"title"_s].toString(), u"Quokkaname"_s);
    }
    // The old name is no longer found.
    QUrlQuery old;
    old.addQueryItem(u"list"_s, u"all"_s);
    old.addQueryItem(u"q"_s, u"writes"_s);
    for (const QJsonValue& c : http_->get(u"/api/v1/chats"_s, old).json[u"chats"_s].toArray())
        QVERIFY(c[u"id"_s].toInteger() != chatId);
}

void TestInboundWrites::subscriberEventCarriesTagsAndVariables()
{
    const Reply first = inbound(textBody(u"writes-tags"_s, u"hello"_s));
    QCOMPARE(first.status, 201);
    const Reply chat = http_->get(u"/api/v1/chats/%1"_s.arg(first.json[u"chat_id"_s].toInteger()));
    const qint64 subscriberId = chat.json[u"subscriber_id"_s].toInteger();
    const QString base = u"/api/v1/subscribers/%1"_s.arg(subscriberId);
    QCOMPARE(http_->put(base + u"/tags"_s, {{u"tags"_s, QJsonArray{u"vip"_s, u"Beta"_s}}}).status,
             200);
    QCOMPARE(
        http_->put(base + u"/variables/points"_s, {{u"type"_s, u"number"_s}, {u"value"_s, 12.5}})
            .status,
        200);
    QCOMPARE(http_
                 ->put(base + u"/variables/vip_since"_s,
                       {{u"type"_s, u"date"_s}, {u"value"_s, u"2026-01-02"_s}})
                 .status,
             200);

    const qint64 h0 = http_->eventHead();
    QCOMPARE(inbound(textBody(u"writes-tags"_s, u"opening hours?"_s)).status, 201);
    const QList<QJsonObject> events = eventsSince(h0);
    QVERIFY(!events.isEmpty());
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    QCOMPARE(subscriber[u"tags"_s].toArray(), QJsonArray({u"Beta"_s, u"vip"_s}));
    const QJsonArray variables = subscriber[u"variables"_s].toArray();
    QCOMPARE(variables.size(), 2);
    QCOMPARE(variables.at(0)[u"name"_s].toString(), u"points"_s);
    QCOMPARE(variables.at(0)[u"value"_s].toDouble(), 12.5);
    QCOMPARE(variables.at(1)[u"name"_s].toString(), u"vip_since"_s);
    QCOMPARE(variables.at(1)[u"value"_s].toString(), u"2026-01-02"_s);
    // The same as the subscriber endpoint answers.
    const QJsonObject direct = http_->get(base).json;
    QCOMPARE(direct[u"tags"_s], subscriber[u"tags"_s]);
    QCOMPARE(direct[u"variables"_s], subscriber[u"variables"_s]);
}

void TestInboundWrites::streamedEventsMatchTheLogAndTheObjects()
{
    // The payloads are written as JSON text directly (no QJsonObject): the
    // stream's frames, the stored log and GET of the same objects must
    // still agree, with text chosen to need escaping.
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    const qint64 h0 = http_->eventHead();
    stream.sendHello(http_->token(), h0);
    QCOMPARE(stream.nextNonPing().value_or(QJsonObject{})[u"type"_s].toString(), u"welcome"_s);

    QJsonObject body = textBody(u"writes-escapes"_s, u"Opening \"hours\"?\n\\ 東京 😀 \u0001"_s);
    body[u"first_name"_s] = u"Zoë \"Q\" \\ \t"_s;
    const Reply r = inbound(body);
    QCOMPARE(r.status, 201);
    const qint64 chatId = r.json[u"chat_id"_s].toInteger();

    const QList<QJsonObject> logged = eventsSince(h0);
    QVERIFY(logged.size() >= 3);
    QList<QJsonObject> streamed;
    while (streamed.size() < logged.size()) {
        const auto frame = stream.nextNonPing();
        QVERIFY(frame);
        QCOMPARE((*frame)[u"type"_s].toString(), u"event"_s);
        streamed.append((*frame)[u"event"_s].toObject());
    }
    QCOMPARE(streamed, logged);
    for (const QJsonObject& e : logged) {
        const auto event = baton::protocol::decode<baton::protocol::Event>(e);
        QVERIFY2(event.ok(), qPrintable(event.error.field + u": "_s + event.error.message));
    }

    QCOMPARE(typesOf(logged).mid(0, 3),
             QStringList({u"subscriber.updated"_s, u"chat.created"_s, u"message.created"_s}));
    const QJsonObject chat = logged.at(1)[u"data"_s][u"chat"_s].toObject();
    QCOMPARE(chat, http_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json);
    const QJsonObject subscriber = logged.at(0)[u"data"_s][u"subscriber"_s].toObject();
    QCOMPARE(subscriber[u"first_name"_s].toString(), u"Zoë \"Q\" \\ \t"_s);
    const qint64 subscriberId = subscriber[u"id"_s].toInteger();
    QCOMPARE(subscriber, http_->get(u"/api/v1/subscribers/%1"_s.arg(subscriberId)).json);
    const QJsonObject in = logged.at(2)[u"data"_s][u"message"_s].toObject();
    QCOMPARE(in[u"text"_s].toString(), body[u"text"_s].toString());
}

// The text is split into words once and tried against every flow's
// triggers (parsed once per distinct stored list): matches are still whole,
// case-folded words in a row, and the first matching flow by id wins.
void TestInboundWrites::triggersMatchWholeWordsOfTheText()
{
    const auto answerTo = [this](const QString& text) -> QString {
        const qint64 h0 = http_->eventHead();
        if (inbound(textBody(u"writes-words"_s, text)).status != 201)
            return u"<failed>"_s;
        const QList<QJsonObject> events = eventsSince(h0);
        if (events.size() < 3)
            return u"<missing events>"_s;
        if (events.size() == 3)
            return QString(); // nobody answered
        return events.at(3)[u"data"_s][u"message"_s][u"text"_s].toString();
    };
    // A two-word trigger across punctuation and case.
    QVERIFY(answerTo(u"I want my MONEY, back!"_s).startsWith(u"Sorry to hear that"_s));
    // Not whole words: no flow answers.
    QCOMPARE(answerTo(u"moneyback humans"_s), QString());
    // Only the last flow's trigger matches.
    QVERIFY(answerTo(u"an Operator?"_s).startsWith(u"Connecting you"_s));
    // "order" is in "Latest order"; the earlier flow by id wins, repeatedly.
    for (int i = 0; i < 2; ++i)
        QVERIFY(answerTo(u"latest ORDER"_s).startsWith(u"Your latest order"_s));
}

QTEST_GUILESS_MAIN(TestInboundWrites)
#include "tst_inboundwrites.moc"
