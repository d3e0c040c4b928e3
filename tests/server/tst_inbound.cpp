// The channel endpoints: first contact, events in order, the support
// window, third-party messages, delivery receipts, subscriber reactions and
// the channel secret.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"
#include "serverdata.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

constexpr qint64 kTelegram = 1;
constexpr qint64 kWhatsApp = 2;
constexpr qint64 kInstagram = 3;
constexpr qint64 kMessenger = 4;
constexpr qint64 kViber = 5;

QJsonObject textBody(const QString& externalId, const QString& text)
{
    return {{u"external_id"_s, externalId}, {u"first_name"_s, u"Test"_s}, {u"text"_s, text}};
}

QJsonArray eventsAfter(HttpClient& http, qint64 after)
{
    QUrlQuery q;
    q.addQueryItem(u"after"_s, QString::number(after));
    q.addQueryItem(u"limit"_s, u"1000"_s);
    return http.get(u"/api/v1/events"_s, q).json[u"events"_s].toArray();
}

QStringList types(const QJsonArray& events)
{
    QStringList out;
    for (const QJsonValue& e : events)
        out.append(e[u"type"_s].toString());
    return out;
}

} // namespace

class TestInbound : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstContactCreatesSubscriberAndChatOnce();
    void inboundRestartsTheSupportWindow();
    void channelSecretIsChecked();
    void invalidInboundIsRefused();
    void unsubscribedSubscriberBecomesActive();
    void storyMentionsAdClicksAndGroups();
    void outboundIsThirdPartyAndDoesNotSnooze();
    void deliveryOnlyMovesForward();
    void subscriberReactions();

private:
    Reply inbound(qint64 bot, const QString& channel, const QJsonObject& body)
    {
        return postChannel(server_.url(), bot, demoSecret(u"acme"_s, channel), u"inbound"_s, body);
    }
    HttpClient& http() { return *http_; }

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
};

void TestInbound::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    QVERIFY(startEventLog(*http_));
}

void TestInbound::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestInbound::firstContactCreatesSubscriberAndChatOnce()
{
    const qint64 h0 = http().eventHead();
    const Reply first =
        inbound(kTelegram, u"telegram"_s, textBody(u"inb-first"_s, u"Hello, is anybody there?"_s));
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json[u"direction"_s].toString(), u"in"_s);
    QCOMPARE(first.json[u"source"_s].toString(), u"subscriber"_s);
    const qint64 chatId = first.json[u"chat_id"_s].toInteger();
    QVERIFY(chatId > 0);

    const QJsonArray events = eventsAfter(http(), h0);
    QCOMPARE(types(events),
             QStringList({u"subscriber.updated"_s, u"chat.created"_s, u"message.created"_s}));
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i)[u"seq"_s].toInteger(), h0 + 1 + i);
        QVERIFY(events.at(i)[u"origin"_s][u"agent_id"_s].isNull());
        QCOMPARE(events.at(i)[u"origin"_s][u"client_id"_s].toString(), QString());
    }
    const QJsonObject subscriber = events.at(0)[u"data"_s][u"subscriber"_s].toObject();
    QCOMPARE(subscriber[u"status"_s].toString(), u"active"_s);
    QCOMPARE(subscriber[u"bot_status"_s][u"state"_s].toString(), u"active"_s);
    QCOMPARE(subscriber[u"bot_status"_s][u"reason"_s].toString(), u"initial"_s);
    QCOMPARE(subscriber[u"bot_status"_s][u"version"_s].toInteger(), 1);
    const QJsonObject chat = events.at(1)[u"data"_s][u"chat"_s].toObject();
    QCOMPARE(chat[u"id"_s].toInteger(), chatId);
    // Nothing answers "hello": the chat opens for a human, with one unread.
    QCOMPARE(chat[u"state"_s].toString(), u"open"_s);
    QCOMPARE(chat[u"unread_count"_s].toInteger(), 1);
    QCOMPARE(chat[u"subscriber_id"_s].toInteger(), subscriber[u"id"_s].toInteger());

    const qint64 h1 = http().eventHead();
    const Reply second =
        inbound(kTelegram, u"telegram"_s, textBody(u"inb-first"_s, u"Hello again"_s));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json[u"chat_id"_s].toInteger(), chatId);
    const QJsonArray again = eventsAfter(http(), h1);
    QCOMPARE(types(again),
             QStringList({u"subscriber.updated"_s, u"chat.updated"_s, u"message.created"_s}));
    QCOMPARE(again.at(0)[u"data"_s][u"subscriber"_s][u"id"_s].toInteger(),
             subscriber[u"id"_s].toInteger());
    const Reply current = http().get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(current.json[u"unread_count"_s].toInteger(), 2);
    QCOMPARE(current.json[u"last_message"_s][u"text"_s].toString(), u"Hello again"_s);
}

void TestInbound::inboundRestartsTheSupportWindow()
{
    // Demo subscriber 67 is on WhatsApp and last wrote more than 24 hours ago:
    // its window is closed, so an agent cannot send free text.
    const QString secret = demoSecret(u"acme"_s, u"whatsapp"_s);
    const Reply third = postChannel(server_.url(), kWhatsApp, secret, u"outbound"_s,
                                    {{u"external_id"_s, u"ext-67"_s}, {u"text"_s, u"Hello"_s}});
    QCOMPARE(third.status, 201);
    const qint64 chatId = third.json[u"chat_id"_s].toInteger();
    const auto agentSend = [&] {
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return http().put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId),
                          {{u"text"_s, u"Hi! How can I help?"_s}});
    };
    const Reply closed = agentSend();
    QCOMPARE(closed.status, 422);
    QCOMPARE(closed.errorField(), u"text"_s);

    const Reply in = inbound(kWhatsApp, u"whatsapp"_s, textBody(u"ext-67"_s, u"hi"_s));
    QCOMPARE(in.status, 201);
    QCOMPARE(in.json[u"chat_id"_s].toInteger(), chatId);
    const Reply chat = http().get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(chat.json[u"last_inbound_at"_s].toString(), in.json[u"created_at"_s].toString());
    QCOMPARE(chat.json[u"last_activity_at"_s].toString(), in.json[u"created_at"_s].toString());
    const Reply open = agentSend();
    QVERIFY2(open.status == 201, qPrintable(open.describe()));
}

void TestInbound::channelSecretIsChecked()
{
    const QJsonObject body = textBody(u"inb-secret"_s, u"hello"_s);
    const Reply unknownBot = postChannel(server_.url(), 999999, u"whatever"_s, u"inbound"_s, body);
    const Reply wrongSecret = postChannel(server_.url(), kTelegram, u"nope"_s, u"inbound"_s, body);
    const Reply otherBots = postChannel(server_.url(), kTelegram,
                                        demoSecret(u"acme"_s, u"whatsapp"_s), u"inbound"_s, body);
    const Reply otherWorkspace = postChannel(
        server_.url(), kTelegram, demoSecret(u"globex"_s, u"telegram"_s), u"inbound"_s, body);
    const Reply none = postChannel(server_.url(), kTelegram, QString(), u"inbound"_s, body);
    for (const Reply* r : {&unknownBot, &wrongSecret, &otherBots, &otherWorkspace, &none}) {
        QCOMPARE(r->status, 401);
        QCOMPARE(r->errorCode(), u"unauthorized"_s);
    }
    QCOMPARE(unknownBot.body, wrongSecret.body);
    // A bearer token is no channel secret.
    HttpClient bearer(server_.url());
    bearer.setToken(http().token());
    QCOMPARE(bearer.post(u"/api/v1/channels/1/inbound"_s, body).status, 401);
    for (const QString& what : {u"outbound"_s, u"delivery"_s, u"reactions"_s})
        QCOMPARE(postChannel(server_.url(), kTelegram, u"nope"_s, what, body).status, 401);
    // Nothing was recorded for the refused calls.
    QCOMPARE(inbound(kTelegram, u"telegram"_s, body).status, 201);
}

void TestInbound::invalidInboundIsRefused()
{
    QCOMPARE(inbound(kTelegram, u"telegram"_s, textBody(u"inb-bad"_s, u"   "_s)).errorField(),
             u"text"_s);
    QJsonObject status = textBody(u"inb-bad"_s, u"x"_s);
    status.insert(u"kind"_s, u"bot_status"_s);
    const Reply kind = inbound(kTelegram, u"telegram"_s, status);
    QCOMPARE(kind.status, 422);
    QCOMPARE(kind.errorField(), u"kind"_s);
    const Reply story =
        inbound(kInstagram, u"instagram"_s,
                {{u"external_id"_s, u"inb-bad"_s}, {u"kind"_s, u"story_mention"_s}});
    QCOMPARE(story.status, 422);
    QCOMPARE(story.errorField(), u"story_url"_s);
    const Reply noId = inbound(kTelegram, u"telegram"_s, {{u"text"_s, u"hi"_s}});
    QVERIFY(noId.status == 400 || noId.status == 422);
}

void TestInbound::unsubscribedSubscriberBecomesActive()
{
    // Demo subscriber 11 (Viber) unsubscribed.
    const qint64 h0 = http().eventHead();
    const Reply r = inbound(kViber, u"viber"_s, textBody(u"ext-11"_s, u"I'm back!"_s));
    QCOMPARE(r.status, 201);
    const QJsonArray events = eventsAfter(http(), h0);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"subscriber"_s][u"status"_s].toString(), u"active"_s);
}

void TestInbound::storyMentionsAdClicksAndGroups()
{
    const Reply story = inbound(kInstagram, u"instagram"_s,
                                {{u"external_id"_s, u"inb-story"_s},
                                 {u"kind"_s, u"story_mention"_s},
                                 {u"story_url"_s, u"https://instagram.test/s/1"_s}});
    QCOMPARE(story.status, 201);
    QCOMPARE(story.json[u"kind"_s].toString(), u"story_mention"_s);
    QCOMPARE(story.json[u"story_url"_s].toString(), u"https://instagram.test/s/1"_s);
    const Reply storyChat =
        http().get(u"/api/v1/chats/%1"_s.arg(story.json[u"chat_id"_s].toInteger()));
    QCOMPARE(storyChat.json[u"state"_s].toString(), u"open"_s);

    const qint64 h0 = http().eventHead();
    const QJsonObject campaign{{u"name"_s, u"Spring sale"_s}, {u"url"_s, u"https://ads.test/s"_s}};
    const Reply ad = inbound(kMessenger, u"messenger"_s,
                             {{u"external_id"_s, u"inb-ad"_s},
                              {u"kind"_s, u"ad_click"_s},
                              {u"text"_s, u""_s},
                              {u"ad_campaign"_s, campaign}});
    QCOMPARE(ad.status, 201);
    QCOMPARE(ad.json[u"ad_campaign"_s].toObject(), campaign);
    const QJsonArray events = eventsAfter(http(), h0);
    QCOMPARE(events.at(0)[u"data"_s][u"subscriber"_s][u"ad_campaign"_s].toObject(), campaign);

    const QJsonObject group{{u"member_count"_s, 42},
                            {u"share_link"_s, u"https://t.me/g"_s},
                            {u"invite_link"_s, u"https://t.me/+g"_s}};
    const qint64 h1 = http().eventHead();
    const Reply g = inbound(kTelegram, u"telegram"_s,
                            {{u"external_id"_s, u"-100777"_s},
                             {u"first_name"_s, u"Runners club"_s},
                             {u"text"_s, u"Who's in for Sunday?"_s},
                             {u"group"_s, group}});
    QCOMPARE(g.status, 201);
    const QJsonArray groupEvents = eventsAfter(http(), h1);
    QCOMPARE(groupEvents.at(0)[u"data"_s][u"subscriber"_s][u"group"_s].toObject(), group);
    QCOMPARE(groupEvents.at(1)[u"data"_s][u"chat"_s][u"type"_s].toString(), u"group"_s);
    QCOMPARE(groupEvents.at(1)[u"data"_s][u"chat"_s][u"title"_s].toString(), u"Runners club"_s);
}

void TestInbound::outboundIsThirdPartyAndDoesNotSnooze()
{
    const Reply in = inbound(kWhatsApp, u"whatsapp"_s, textBody(u"inb-out"_s, u"hello"_s));
    const qint64 chatId = in.json[u"chat_id"_s].toInteger();
    const qint64 h0 = http().eventHead();
    const Reply out = postChannel(
        server_.url(), kWhatsApp, demoSecret(u"acme"_s, u"whatsapp"_s), u"outbound"_s,
        {{u"external_id"_s, u"inb-out"_s}, {u"text"_s, u"Hi, replying from the business app"_s}});
    QCOMPARE(out.status, 201);
    QCOMPARE(out.json[u"source"_s].toString(), u"third_party_app"_s);
    QCOMPARE(out.json[u"direction"_s].toString(), u"out"_s);
    QCOMPARE(out.json[u"delivery"_s].toString(), u"sent"_s);
    QCOMPARE(types(eventsAfter(http(), h0)),
             QStringList({u"message.created"_s, u"chat.updated"_s}));
    const Reply chat = http().get(u"/api/v1/chats/%1"_s.arg(chatId));
    QCOMPARE(chat.json[u"bot_status"_s][u"state"_s].toString(), u"active"_s);
    QCOMPARE(chat.json[u"last_message"_s][u"source"_s].toString(), u"third_party_app"_s);

    const Reply unknown =
        postChannel(server_.url(), kWhatsApp, demoSecret(u"acme"_s, u"whatsapp"_s), u"outbound"_s,
                    {{u"external_id"_s, u"nobody-here"_s}, {u"text"_s, u"x"_s}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.errorField(), u"external_id"_s);
}

void TestInbound::deliveryOnlyMovesForward()
{
    const QString secret = demoSecret(u"acme"_s, u"whatsapp"_s);
    inbound(kWhatsApp, u"whatsapp"_s, textBody(u"inb-dlv"_s, u"hello"_s));
    const Reply out = postChannel(server_.url(), kWhatsApp, secret, u"outbound"_s,
                                  {{u"external_id"_s, u"inb-dlv"_s}, {u"text"_s, u"Your order"_s}});
    const qint64 id = out.json[u"id"_s].toInteger();
    const auto receipt = [&](const QString& delivery) {
        return postChannel(server_.url(), kWhatsApp, secret, u"delivery"_s,
                           {{u"message_id"_s, id}, {u"delivery"_s, delivery}});
    };
    const qint64 h0 = http().eventHead();
    const Reply read = receipt(u"read"_s);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json[u"delivery"_s].toString(), u"read"_s);
    QCOMPARE(types(eventsAfter(http(), h0)), QStringList({u"message.updated"_s}));
    const qint64 h1 = http().eventHead();
    const Reply back = receipt(u"delivered"_s);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json[u"delivery"_s].toString(), u"read"_s);
    QCOMPARE(http().eventHead(), h1);

    QCOMPARE(receipt(u"none"_s).errorField(), u"delivery"_s);
    // An inbound message is no outgoing message.
    const Reply in = inbound(kWhatsApp, u"whatsapp"_s, textBody(u"inb-dlv"_s, u"thanks"_s));
    const Reply wrong =
        postChannel(server_.url(), kWhatsApp, secret, u"delivery"_s,
                    {{u"message_id"_s, in.json[u"id"_s].toInteger()}, {u"delivery"_s, u"read"_s}});
    QCOMPARE(wrong.status, 422);
    QCOMPARE(wrong.errorField(), u"message_id"_s);
    // Another bot's message, and a channel without receipts.
    const Reply otherBot =
        postChannel(server_.url(), kMessenger, demoSecret(u"acme"_s, u"messenger"_s), u"delivery"_s,
                    {{u"message_id"_s, id}, {u"delivery"_s, u"read"_s}});
    QCOMPARE(otherBot.errorField(), u"message_id"_s);
    const Reply telegram =
        postChannel(server_.url(), kTelegram, demoSecret(u"acme"_s, u"telegram"_s), u"delivery"_s,
                    {{u"message_id"_s, id}, {u"delivery"_s, u"read"_s}});
    QCOMPARE(telegram.status, 422);
    QCOMPARE(telegram.errorField(), QString());
}

void TestInbound::subscriberReactions()
{
    const QString secret = demoSecret(u"acme"_s, u"telegram"_s);
    inbound(kTelegram, u"telegram"_s, textBody(u"inb-react"_s, u"hi"_s));
    const Reply out = postChannel(server_.url(), kTelegram, secret, u"outbound"_s,
                                  {{u"external_id"_s, u"inb-react"_s}, {u"text"_s, u"Hello!"_s}});
    const qint64 id = out.json[u"id"_s].toInteger();
    const qint64 h0 = http().eventHead();
    const Reply r = postChannel(server_.url(), kTelegram, secret, u"reactions"_s,
                                {{u"message_id"_s, id}, {u"emoji"_s, u"🙏"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(types(eventsAfter(http(), h0)), QStringList({u"message.updated"_s}));
    const QJsonArray reactions = r.json[u"reactions"_s].toArray();
    QCOMPARE(reactions.size(), 1);
    QCOMPARE(reactions.at(0)[u"emoji"_s].toString(), u"🙏"_s);
    QCOMPARE(reactions.at(0)[u"by"_s].toString(), u"in"_s);
    // The same reaction again changes nothing; "" removes it.
    const qint64 h1 = http().eventHead();
    QCOMPARE(postChannel(server_.url(), kTelegram, secret, u"reactions"_s,
                         {{u"message_id"_s, id}, {u"emoji"_s, u"🙏"_s}})
                 .status,
             200);
    QCOMPARE(http().eventHead(), h1);
    const Reply removed = postChannel(server_.url(), kTelegram, secret, u"reactions"_s,
                                      {{u"message_id"_s, id}, {u"emoji"_s, u""_s}});
    QCOMPARE(removed.json[u"reactions"_s].toArray().size(), 0);
    // Viber has no reactions.
    const Reply viber = postChannel(server_.url(), kViber, demoSecret(u"acme"_s, u"viber"_s),
                                    u"reactions"_s, {{u"message_id"_s, id}, {u"emoji"_s, u"👍"_s}});
    QCOMPARE(viber.status, 422);
    QCOMPARE(viber.errorField(), QString());
}

QTEST_GUILESS_MAIN(TestInbound)
#include "tst_inbound.moc"
