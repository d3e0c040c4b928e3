// What one inbound message writes when the bot answers inside the request
// (docs/server.md, "Inbound writes"): the chat row (newest message, unread,
// opened) in one statement, the events of the request as one batch with
// contiguous seqs, the profile and its search columns in one update, the
// flow run stored only when a flow waits, and the subscriber and chat events
// built from what the request read and wrote: on every path they must be
// what GET of the subscriber and the chat returns.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"
#include "serverdata.h"
#include "streamclient.h"

#include <protocol/event.h>

#include <QJsonArray>
#include <QJsonDocument>
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
    void builtEventsEqualGetForContacts();
    void builtEventsEqualGetForFlows();
    void builtEventsEqualGetForAgentChanges();
    void builtEventsEqualGetForOtherChannels();
    void builtEventsAtTheMessageLimit();

private:
    Reply inbound(const QJsonObject& body);
    // The events after `after`, checking their seqs follow on from it.
    QList<QJsonObject> eventsSince(qint64 after);
    // Sends `body` to `botId` and checks that the request's subscriber and
    // chat events equal GET of both afterwards; returns the events.
    QList<QJsonObject> inboundMatchingGet(const QJsonObject& body, qint64 botId = kTelegram,
                                          const QString& channel = u"telegram"_s);

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

QList<QJsonObject> TestInboundWrites::inboundMatchingGet(const QJsonObject& body, qint64 botId,
                                                         const QString& channel)
{
    const qint64 h0 = http_->eventHead();
    const Reply r =
        postChannel(server_.url(), botId, demoSecret(u"acme"_s, channel), u"inbound"_s, body);
    if (r.status != 201) {
        qWarning() << "inbound failed:" << r.describe();
        return {};
    }
    const QList<QJsonObject> events = eventsSince(h0);
    if (events.size() < 3 || events.at(0)[u"type"_s] != u"subscriber.updated"_s ||
        !events.at(1)[u"type"_s].toString().startsWith(u"chat."_s)) {
        qWarning() << "unexpected events:" << typesOf(events);
        return {};
    }
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    const QJsonObject chat = events.at(1)[u"data"_s][u"chat"_s].toObject();
    const QJsonObject storedSubscriber =
        http_->get(u"/api/v1/subscribers/%1"_s.arg(subscriber[u"id"_s].toInteger())).json;
    const QJsonObject storedChat =
        http_->get(u"/api/v1/chats/%1"_s.arg(r.json[u"chat_id"_s].toInteger())).json;
    if (subscriber != storedSubscriber || chat != storedChat) {
        qWarning().noquote() << "event" << QJsonDocument(subscriber).toJson() << "GET"
                             << QJsonDocument(storedSubscriber).toJson();
        qWarning().noquote() << "event" << QJsonDocument(chat).toJson() << "GET"
                             << QJsonDocument(storedChat).toJson();
        return {};
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

void TestInboundWrites::builtEventsEqualGetForContacts()
{
    // A first contact nobody answers: the chat opens.
    QList<QJsonObject> e = inboundMatchingGet(textBody(u"built-new"_s, u"Guten Tag"_s));
    QCOMPARE(typesOf(e),
             QStringList({u"subscriber.updated"_s, u"chat.created"_s, u"message.created"_s}));
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"state"_s].toString(), u"open"_s);
    // A first contact the bot answers, without a name (the title is "#id").
    e = inboundMatchingGet(
        {{u"external_id"_s, u"built-nameless"_s}, {u"text"_s, u"opening hours"_s}});
    QCOMPARE(e.size(), 4);
    QVERIFY(e.at(1)[u"data"_s][u"chat"_s][u"title"_s].toString().startsWith(u'#'));
    // Returning, answered and not; a rename, a new avatar, a group.
    QCOMPARE(inboundMatchingGet(textBody(u"built-nameless"_s, u"opening hours?"_s)).size(), 4);
    QCOMPARE(inboundMatchingGet(textBody(u"built-nameless"_s, u"just saying"_s)).size(), 3);
    QJsonObject renamed = textBody(u"built-nameless"_s, u"still me"_s);
    renamed[u"last_name"_s] = u"Renamed"_s;
    renamed[u"username"_s] = u"renamed_user"_s;
    renamed[u"avatar_url"_s] = u"https://cdn.test/a.png"_s;
    e = inboundMatchingGet(renamed);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"title"_s].toString(), u"Writes Renamed"_s);
    // Each profile field alone is written too.
    QJsonObject avatar = textBody(u"built-nameless"_s, u"new picture"_s);
    avatar[u"avatar_url"_s] = u"https://cdn.test/b.png"_s;
    e = inboundMatchingGet(avatar);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"avatar_url"_s].toString(),
             u"https://cdn.test/b.png"_s);
    QJsonObject user = textBody(u"built-nameless"_s, u"new handle"_s);
    user[u"username"_s] = u"handle2"_s;
    e = inboundMatchingGet(user);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"username"_s].toString(), u"handle2"_s);
    QJsonObject group = textBody(u"built-group"_s, u"hello all"_s);
    group[u"group"_s] = QJsonObject{{u"member_count"_s, 12},
                                    {u"share_link"_s, u"https://t.test/+a"_s},
                                    {u"invite_link"_s, u"https://t.test/+b"_s}};
    QCOMPARE(inboundMatchingGet(group).size(), 3);
    group[u"group"_s] = QJsonObject{{u"member_count"_s, 13},
                                    {u"share_link"_s, u"https://t.test/+a"_s},
                                    {u"invite_link"_s, u""_s}};
    e = inboundMatchingGet(group);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"group"_s][u"member_count"_s].toInteger(), 13);
    // A long text: the preview is cut.
    QCOMPARE(inboundMatchingGet(textBody(u"built-group"_s, QString(300, u'x') + u"😀"_s)).size(), 3);
}

void TestInboundWrites::builtEventsEqualGetForFlows()
{
    // A flow that waits: the running flow is the stored run.
    QList<QJsonObject> e = inboundMatchingGet(textBody(u"built-flow"_s, u"Where is my order?"_s));
    QCOMPARE(e.size(), 5);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"flow"_s][u"name"_s].toString(),
             u"Order status"_s);
    // Nothing answers: the waiting run is still there.
    e = inboundMatchingGet(textBody(u"built-flow"_s, u"ok thanks"_s));
    QCOMPARE(e.size(), 3);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"flow"_s][u"name"_s].toString(),
             u"Order status"_s);
    // A button replaces it with a flow that ends at once.
    QJsonObject press = textBody(u"built-flow"_s, u"Latest order"_s);
    press[u"kind"_s] = u"button"_s;
    e = inboundMatchingGet(press);
    QCOMPARE(e.size(), 4);
    QVERIFY(e.at(0)[u"data"_s][u"subscriber"_s][u"flow"_s].isNull());
    // A flow that opens the chat.
    e = inboundMatchingGet(textBody(u"built-flow"_s, u"I want a refund"_s));
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"state"_s].toString(), u"open"_s);
    // Started by an agent, then a message that starts nothing.
    const qint64 subscriberId = e.at(0)[u"data"_s][u"subscriber"_s][u"id"_s].toInteger();
    qint64 orderFlow = 0;
    for (const QJsonValue& f : http_->get(u"/api/v1/flows"_s).json[u"flows"_s].toArray()) {
        if (f[u"name"_s] == u"Order status"_s && f[u"bot_id"_s].toInteger() == kTelegram)
            orderFlow = f[u"id"_s].toInteger();
    }
    QVERIFY(orderFlow > 0);
    QCOMPARE(
        http_->post(u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(subscriberId).arg(orderFlow))
            .status,
        200);
    e = inboundMatchingGet(textBody(u"built-flow"_s, u"fine"_s));
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"flow"_s][u"name"_s].toString(),
             u"Order status"_s);
}

void TestInboundWrites::builtEventsEqualGetForAgentChanges()
{
    QList<QJsonObject> e = inboundMatchingGet(textBody(u"built-agent"_s, u"hi there"_s));
    QVERIFY(!e.isEmpty());
    const qint64 subscriberId = e.at(0)[u"data"_s][u"subscriber"_s][u"id"_s].toInteger();
    const qint64 chatId = e.at(1)[u"data"_s][u"chat"_s][u"id"_s].toInteger();
    const QString base = u"/api/v1/subscribers/%1"_s.arg(subscriberId);
    // The contact, tags and variables written by an agent.
    QCOMPARE(http_
                 ->send("PATCH", base + u"/contact"_s,
                        R"({"first_name":"Agnes","last_name":"Agent","phone":"+49 30 1234"})",
                        "application/json")
                 .status,
             200);
    // A variable alone, then tags too (each is read only when there are some).
    QCOMPARE(
        http_->put(base + u"/variables/flag"_s, {{u"type"_s, u"boolean"_s}, {u"value"_s, true}})
            .status,
        200);
    e = inboundMatchingGet(textBody(u"built-agent"_s, u"so?"_s));
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"variables"_s].toArray().size(), 1);
    QCOMPARE(http_->put(base + u"/tags"_s, {{u"tags"_s, QJsonArray{u"zeta"_s, u"Alpha"_s}}}).status,
             200);
    e = inboundMatchingGet(textBody(u"built-agent"_s, u"opening hours"_s));
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"phone"_s].toString(), u"+49 30 1234"_s);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"title"_s].toString(), u"Writes Agent"_s);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"tags"_s].toArray().size(), 2);
    // Read, assigned, closed: the next message counts from there.
    const QString chat = u"/api/v1/chats/%1"_s.arg(chatId);
    QCOMPARE(http_->post(chat + u"/read"_s).status, 200);
    QCOMPARE(http_->put(chat + u"/assignee"_s, QJsonObject{{u"agent_id"_s, 2}}).status, 200);
    QCOMPARE(http_->post(chat + u"/close"_s).status, 200);
    e = inboundMatchingGet(textBody(u"built-agent"_s, u"anyone?"_s));
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"unread_count"_s].toInteger(), 1);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"assignee_id"_s].toInteger(), 2);
    QCOMPARE(e.at(1)[u"data"_s][u"chat"_s][u"state"_s].toString(), u"open"_s);
    // The bot switched off by an agent: nobody answers, the chat stays open.
    const qint64 version = http_->get(base + u"/bot-status"_s).json[u"version"_s].toInteger();
    QCOMPARE(http_
                 ->put(base + u"/bot-status"_s, {{u"state"_s, u"inactive"_s},
                                                 {u"until"_s, QJsonValue()},
                                                 {u"base_version"_s, version}})
                 .status,
             200);
    e = inboundMatchingGet(textBody(u"built-agent"_s, u"opening hours"_s));
    QCOMPARE(e.size(), 3);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"bot_status"_s][u"state"_s].toString(),
             u"inactive"_s);
}

void TestInboundWrites::builtEventsEqualGetForOtherChannels()
{
    // Demo subscribers 11 (live chat) and 48 (Telegram) have unsubscribed: a
    // message makes them active, without names (only the status and times
    // change) and with a new name (the profile too).
    QList<QJsonObject> e = inboundMatchingGet(
        {{u"external_id"_s, u"ext-11"_s}, {u"text"_s, u"back again"_s}}, 6, u"livechat"_s);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"status"_s].toString(), u"active"_s);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"first_name"_s].toString(), u"Jonas"_s);
    e = inboundMatchingGet(textBody(u"ext-48"_s, u"new name"_s));
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"status"_s].toString(), u"active"_s);
    QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"first_name"_s].toString(), u"Writes"_s);
    // Instagram (follow flags) and an ad click (campaign), new and returning.
    QList<QJsonObject> ig =
        inboundMatchingGet(textBody(u"built-ig"_s, u"hello"_s), 3, u"instagram"_s);
    QCOMPARE(ig.size(), 3);
    // A tag alone.
    const qint64 igSubscriber = ig.at(0)[u"data"_s][u"subscriber"_s][u"id"_s].toInteger();
    QCOMPARE(http_
                 ->put(u"/api/v1/subscribers/%1/tags"_s.arg(igSubscriber),
                       {{u"tags"_s, QJsonArray{u"insta"_s}}})
                 .status,
             200);
    ig = inboundMatchingGet(textBody(u"built-ig"_s, u"again"_s), 3, u"instagram"_s);
    QCOMPARE(ig.at(0)[u"data"_s][u"subscriber"_s][u"tags"_s].toArray(), QJsonArray({u"insta"_s}));
    const QJsonObject campaign{{u"name"_s, u"Autumn"_s}, {u"url"_s, u"https://ads.test/a"_s}};
    for (const QString& who : {u"built-ad"_s, u"built-ig"_s}) {
        const qint64 bot = who == u"built-ad"_s ? 4 : 3;
        const QString channel = who == u"built-ad"_s ? u"messenger"_s : u"instagram"_s;
        QJsonObject ad{{u"external_id"_s, who},
                       {u"kind"_s, u"ad_click"_s},
                       {u"text"_s, u"opening hours"_s},
                       {u"ad_campaign"_s, campaign}};
        e = inboundMatchingGet(ad, bot, channel);
        QCOMPARE(e.at(0)[u"data"_s][u"subscriber"_s][u"ad_campaign"_s].toObject(), campaign);
        // A later plain message keeps the campaign.
        QCOMPARE(inboundMatchingGet(textBody(who, u"more"_s), bot, channel).size(), 3);
    }
}

void TestInboundWrites::builtEventsAtTheMessageLimit()
{
    // The demo workspace's limit is 25 bot messages per window. At the limit
    // the bot goes inactive after the events: the subscriber event carries
    // the new status, the chat event too, and the newest message is the
    // subscriber's (the bot sent nothing; a bot-status line is no preview).
    for (int i = 0; i < 25; ++i)
        QCOMPARE(inbound(textBody(u"built-limit"_s, u"hours?"_s)).status, 201);
    const qint64 h0 = http_->eventHead();
    const Reply r = inbound(textBody(u"built-limit"_s, u"hours?"_s));
    QCOMPARE(r.status, 201);
    const QList<QJsonObject> events = eventsSince(h0);
    QVERIFY(events.size() >= 3);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    QCOMPARE(subscriber[u"bot_status"_s][u"reason"_s].toString(), u"message_limit"_s);
    QCOMPARE(subscriber,
             http_->get(u"/api/v1/subscribers/%1"_s.arg(subscriber[u"id"_s].toInteger())).json);
    const QJsonObject chat = events.at(1)[u"data"_s][u"chat"_s].toObject();
    const QJsonObject stored =
        http_->get(u"/api/v1/chats/%1"_s.arg(chat[u"id"_s].toInteger())).json;
    QCOMPARE(chat[u"last_message"_s][u"message_id"_s].toInteger(), r.json[u"id"_s].toInteger());
    QCOMPARE(chat, stored);
    QCOMPARE(chat[u"state"_s].toString(), u"open"_s);
}

QTEST_GUILESS_MAIN(TestInboundWrites)
#include "tst_inboundwrites.moc"
