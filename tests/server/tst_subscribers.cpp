// The subscriber card: GET, tags, typed variables (email and phone are the
// reserved text variables), disable/enable and the CRM contact, with their
// events and cross-workspace 404s.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/event.h>
#include <protocol/subscriber.h>

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

class TestSubscribers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void getAnswersTheFullSubscriber();
    void tagsReplaceTheSet();
    void typedVariables();
    void emailAndPhoneAreReservedVariables();
    void disableAndEnable();
    void contactChangesTheChatTitle();
    void otherWorkspacesGet404();

private:
    Chat freshChat();
    Subscriber subscriber(qint64 id);
    QList<QJsonObject> eventsAfter(qint64 after);

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
    QList<Chat> pool_;
};

void TestSubscribers::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"channel"_s, u"telegram"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page = decode<ChatPage>(http_->get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok());
    for (const Chat& chat : page->chats) {
        if (chat.type == ChatType::Personal &&
            subscriber(chat.subscriberId).status == SubscriptionStatus::Active)
            pool_.append(chat);
    }
    QVERIFY(pool_.size() >= 8);
    // One event first, so that "after" is never 0 (which means resync).
    QCOMPARE(http_->post(u"/api/v1/chats/%1/unread"_s.arg(pool_.constLast().id)).status, 200);
    QCOMPARE(http_->post(u"/api/v1/chats/%1/read"_s.arg(pool_.takeLast().id)).status, 200);
    QVERIFY(http_->eventHead() > 0);
}

void TestSubscribers::cleanupTestCase()
{
    http_.reset();
    QCOMPARE(server_.stop(), 0);
}

Chat TestSubscribers::freshChat()
{
    return pool_.isEmpty() ? Chat{} : pool_.takeFirst();
}

Subscriber TestSubscribers::subscriber(qint64 id)
{
    const auto s = decode<Subscriber>(http_->get(u"/api/v1/subscribers/%1"_s.arg(id)).json);
    return s ? *s.value : Subscriber{};
}

QList<QJsonObject> TestSubscribers::eventsAfter(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(after));
    query.addQueryItem(u"limit"_s, u"1000"_s);
    QList<QJsonObject> out;
    for (const QJsonValue& v : http_->get(u"/api/v1/events"_s, query).json[u"events"_s].toArray())
        out.append(v.toObject());
    return out;
}

void TestSubscribers::getAnswersTheFullSubscriber()
{
    const Chat chat = freshChat();
    const Reply r = http_->get(u"/api/v1/subscribers/%1"_s.arg(chat.subscriberId));
    QCOMPARE(r.status, 200);
    const auto s = decode<Subscriber>(r.json);
    QVERIFY2(s.ok(), qPrintable(r.describe()));
    QCOMPARE(s->id, chat.subscriberId);
    QCOMPARE(s->botId, chat.botId);
    QCOMPARE(s->channel, Channel::Telegram);
    QCOMPARE(s->displayName(), chat.title);
    QCOMPARE(s->botStatus, chat.botStatus);
    for (const char* key : {"tags", "variables", "bot_status", "flow", "group", "instagram"})
        QVERIFY2(r.json.contains(QLatin1StringView(key)), key);
    QCOMPARE(http_->get(u"/api/v1/subscribers/999999999"_s).status, 404);
    QCOMPARE(http_->get(u"/api/v1/subscribers/0"_s).status, 404);
}

void TestSubscribers::tagsReplaceTheSet()
{
    const Chat chat = freshChat();
    const QString path = u"/api/v1/subscribers/%1/tags"_s.arg(chat.subscriberId);
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 seq = http_->eventHead();
    HttpClient tagged(server_.url());
    tagged.setToken(http_->token());
    tagged.setClientId(clientId);
    Reply r = tagged.put(
        path, {{u"tags"_s, QJsonArray{u"vip"_s, u"Refund"_s, u"vip"_s, u"émigré"_s, u"VIP"_s}}});
    QCOMPARE(r.status, 200);
    auto s = decode<Subscriber>(r.json);
    QVERIFY(s.ok());
    // Duplicates collapse; "VIP" is another tag; sorted by case-folded text
    // (code points: "é" comes after "v").
    QCOMPARE(s->tags, (QStringList{u"Refund"_s, u"VIP"_s, u"vip"_s, u"émigré"_s}));
    auto events = eventsAfter(seq);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);
    QCOMPARE(events.at(0)[u"origin"_s][u"client_id"_s].toString(), clientId);
    QCOMPARE(decode<Subscriber>(events.at(0)[u"data"_s][u"subscriber"_s].toObject())->tags,
             s->tags);

    // The same set in another order: no change, no event.
    seq = http_->eventHead();
    r = http_->put(path, {{u"tags"_s, QJsonArray{u"VIP"_s, u"émigré"_s, u"Refund"_s, u"vip"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(http_->eventHead(), seq);

    // Replaced, not merged.
    r = http_->put(path, {{u"tags"_s, QJsonArray{u"refund-2"_s}}});
    QCOMPARE(decode<Subscriber>(r.json)->tags, QStringList{u"refund-2"_s});

    r = http_->put(path, {{u"tags"_s, QJsonArray{u"ok"_s, u"   "_s}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"tags[1]"_s);
    r = http_->put(path, {{u"tags"_s, QJsonArray{QString(65, u'x')}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"tags[0]"_s);
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(u"t%1"_s.arg(i));
    r = http_->put(path, {{u"tags"_s, many}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"tags"_s);
    QCOMPARE(http_->put(path, {{u"labels"_s, QJsonArray{}}}).status, 400);
    QCOMPARE(http_->put(path, {{u"tags"_s, u"vip"_s}}).status, 400);
    QCOMPARE(subscriber(chat.subscriberId).tags, QStringList{u"refund-2"_s});
    // Empty set.
    r = http_->put(path, {{u"tags"_s, QJsonArray{}}});
    QCOMPARE(r.status, 200);
    QVERIFY(decode<Subscriber>(r.json)->tags.isEmpty());
}

void TestSubscribers::typedVariables()
{
    const Chat chat = freshChat();
    const QString base = u"/api/v1/subscribers/%1/variables/"_s.arg(chat.subscriberId);
    Reply r =
        http_->put(base + u"loyalty_points"_s, {{u"type"_s, u"number"_s}, {u"value"_s, 1250}});
    QCOMPARE(r.status, 200);
    QCOMPARE(http_
                 ->put(base + u"next_delivery"_s,
                       {{u"type"_s, u"date"_s}, {u"value"_s, u"2026-11-24"_s}})
                 .status,
             200);
    QCOMPARE(
        http_->put(base + u"newsletter"_s, {{u"type"_s, u"boolean"_s}, {u"value"_s, true}}).status,
        200);
    QCOMPARE(
        http_
            ->put(base + u"Order_number"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"NW-20931 📦"_s}})
            .status,
        200);
    QCOMPARE(http_->put(base + u"empty"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u""_s}}).status,
             200);
    Subscriber s = subscriber(chat.subscriberId);
    const QStringList mine{u"Order_number"_s, u"empty"_s, u"loyalty_points"_s, u"newsletter"_s,
                           u"next_delivery"_s};
    QStringList names;
    QHash<QString, Variable> byName;
    for (const Variable& v : s.variables) {
        names.append(v.name);
        byName.insert(v.name, v);
    }
    // Sorted by name (the demo may have set others).
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    for (const QString& name : mine)
        QVERIFY2(byName.contains(name), qPrintable(name));
    QCOMPARE(byName[u"Order_number"_s].value, VariableValue(u"NW-20931 📦"_s));
    QCOMPARE(byName[u"empty"_s].value, VariableValue(u""_s));
    QCOMPARE(byName[u"loyalty_points"_s].value, VariableValue(1250.0));
    QCOMPARE(byName[u"newsletter"_s].value, VariableValue(true));
    QCOMPARE(byName[u"next_delivery"_s].value, VariableValue(QDate(2026, 11, 24)));

    // Another type replaces the value; the same value changes nothing.
    r = http_->put(base + u"loyalty_points"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"many"_s}});
    QCOMPARE(r.status, 200);
    const Subscriber changed = *decode<Subscriber>(r.json);
    for (const Variable& v : changed.variables) {
        if (v.name == u"loyalty_points"_s)
            QCOMPARE(v.value, VariableValue(u"many"_s));
    }
    qint64 seq = http_->eventHead();
    QCOMPARE(
        http_->put(base + u"loyalty_points"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"many"_s}})
            .status,
        200);
    QCOMPARE(http_->eventHead(), seq);

    // Refusals.
    r = http_->put(base + u"1st"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"name"_s);
    r = http_->put(base + QString(65, u'a'), {{u"type"_s, u"text"_s}, {u"value"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"name"_s);
    r = http_->put(base + u"d"_s, {{u"type"_s, u"date"_s}, {u"value"_s, u"2026-02-30"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"value"_s);
    r = http_->put(base + u"n"_s, {{u"type"_s, u"number"_s}, {u"value"_s, u"12"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"value"_s);
    r = http_->put(base + u"n"_s, {{u"type"_s, u"colour"_s}, {u"value"_s, u"red"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"type"_s);
    r = http_->put(base + u"t"_s, {{u"type"_s, u"text"_s}, {u"value"_s, QString(2001, u'x')}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"value"_s);
    QCOMPARE(http_->put(base + u"t"_s, {{u"type"_s, u"text"_s}, {u"value"_s, QString(2000, u'x')}})
                 .status,
             200);

    // Delete: gone; again a no-op without an event.
    r = http_->send("DELETE", base + u"t"_s, {}, {});
    QCOMPARE(r.status, 200);
    s = *decode<Subscriber>(r.json);
    for (const Variable& v : s.variables)
        QVERIFY(v.name != u"t"_s);
    seq = http_->eventHead();
    QCOMPARE(http_->send("DELETE", base + u"t"_s, {}, {}).status, 200);
    QCOMPARE(http_->eventHead(), seq);
    QCOMPARE(http_->send("DELETE", base + u"9x"_s, {}, {}).status, 400);
    QCOMPARE(http_->send("DELETE", u"/api/v1/subscribers/999999999/variables/t"_s, {}, {}).status,
             404);
}

void TestSubscribers::emailAndPhoneAreReservedVariables()
{
    const Chat chat = freshChat();
    const QString base = u"/api/v1/subscribers/%1/variables/"_s.arg(chat.subscriberId);
    const qint64 seq = http_->eventHead();
    Reply r = http_->put(base + u"email"_s,
                         {{u"type"_s, u"text"_s}, {u"value"_s, u"lena.vogel@example.com"_s}});
    QCOMPARE(r.status, 200);
    auto s = decode<Subscriber>(r.json);
    QCOMPARE(s->email, u"lena.vogel@example.com"_s);
    for (const Variable& v : s->variables)
        QVERIFY(v.name != u"email"_s && v.name != u"phone"_s);
    // The chat row mirrors it: subscriber.updated and chat.updated.
    const auto events = eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"chat.updated"_s);
    QCOMPARE(events.at(1)[u"data"_s][u"chat"_s][u"email"_s].toString(),
             u"lena.vogel@example.com"_s);
    QCOMPARE(decode<Chat>(http_->get(u"/api/v1/chats/%1"_s.arg(chat.id)).json)->email,
             u"lena.vogel@example.com"_s);
    // Search finds the chat by it.
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"q"_s, u"LENA.VOGEL@example"_s);
    const auto found = decode<ChatPage>(http_->get(u"/api/v1/chats"_s, query).json);
    QCOMPARE(found->chats.size(), 1);
    QCOMPARE(found->chats.constFirst().id, chat.id);

    r = http_->put(base + u"phone"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"+49 151 2345"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(decode<Subscriber>(r.json)->phone, u"+49 151 2345"_s);
    r = http_->put(base + u"phone"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"call me"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"value"_s);
    r = http_->put(base + u"email"_s, {{u"type"_s, u"number"_s}, {u"value"_s, 5}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"type"_s);

    r = http_->send("DELETE", base + u"email"_s, {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(decode<Subscriber>(r.json)->email, u""_s);
    QCOMPARE(decode<Subscriber>(r.json)->phone, u"+49 151 2345"_s);
    QCOMPARE(decode<Chat>(http_->get(u"/api/v1/chats/%1"_s.arg(chat.id)).json)->email, u""_s);
}

void TestSubscribers::disableAndEnable()
{
    const Chat chat = freshChat();
    const QString path = u"/api/v1/subscribers/%1"_s.arg(chat.subscriberId);
    const BotStatus status = subscriber(chat.subscriberId).botStatus;
    qint64 seq = http_->eventHead();
    Reply r = http_->post(path + u"/disable"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(decode<Subscriber>(r.json)->status, SubscriptionStatus::Disabled);
    // The bot status is not touched.
    QCOMPARE(decode<Subscriber>(r.json)->botStatus, status);
    auto events = eventsAfter(seq);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"subscriber.updated"_s);

    // Agents cannot send to a disabled subscriber.
    const Reply send = http_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(
                                      QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                  {{u"text"_s, u"Hello?"_s}});
    QCOMPARE(send.status, 422);
    QCOMPARE(send.errorField(), u""_s);

    seq = http_->eventHead();
    QCOMPARE(http_->post(path + u"/disable"_s, QJsonObject{}).status, 200);
    QCOMPARE(http_->eventHead(), seq);
    r = http_->post(path + u"/enable"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(decode<Subscriber>(r.json)->status, SubscriptionStatus::Active);
    QCOMPARE(http_->eventHead(), seq + 1);
    QCOMPARE(http_->post(path + u"/enable"_s).status, 200);
    QCOMPARE(http_->eventHead(), seq + 1);
    QCOMPARE(http_->post(u"/api/v1/subscribers/999999999/disable"_s).status, 404);
}

void TestSubscribers::contactChangesTheChatTitle()
{
    const Chat chat = freshChat();
    const QString path = u"/api/v1/subscribers/%1/contact"_s.arg(chat.subscriberId);
    const qint64 seq = http_->eventHead();
    Reply r = http_->send(
        "PATCH", path,
        R"({"first_name":"Lena","last_name":"Vogel-Hartmann","phone":"+49 151 23456789"})",
        "application/json");
    QCOMPARE(r.status, 200);
    const auto s = decode<Subscriber>(r.json);
    QCOMPARE(s->firstName, u"Lena"_s);
    QCOMPARE(s->lastName, u"Vogel-Hartmann"_s);
    QCOMPARE(s->phone, u"+49 151 23456789"_s);
    const auto events = eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"chat.updated"_s);
    QCOMPARE(events.at(1)[u"data"_s][u"chat"_s][u"title"_s].toString(), u"Lena Vogel-Hartmann"_s);
    QCOMPARE(decode<Chat>(http_->get(u"/api/v1/chats/%1"_s.arg(chat.id)).json)->title,
             u"Lena Vogel-Hartmann"_s);

    // The same again: nothing.
    QCOMPARE(
        http_
            ->send(
                "PATCH", path,
                R"({"first_name":"Lena","last_name":"Vogel-Hartmann","phone":"+49 151 23456789"})",
                "application/json")
            .status,
        200);
    QCOMPARE(http_->eventHead(), seq + 2);

    r = http_->send("PATCH", path, R"({"first_name":"Lena","last_name":"Vogel"})",
                    "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"phone"_s);
    r = http_->send("PATCH", path, R"({"first_name":"Lena","last_name":"Vogel","phone":"abc"})",
                    "application/json");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"phone"_s);
    const QByteArray longName = QByteArray(201, 'x');
    r = http_->send("PATCH", path,
                    R"({"first_name":")" + longName + R"(","last_name":"","phone":""})",
                    "application/json");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"first_name"_s);
    QCOMPARE(subscriber(chat.subscriberId).lastName, u"Vogel-Hartmann"_s);
}

void TestSubscribers::otherWorkspacesGet404()
{
    const Chat chat = freshChat();
    const Subscriber before = subscriber(chat.subscriberId);
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const QString path = u"/api/v1/subscribers/%1"_s.arg(chat.subscriberId);
    const Reply missing = gail.get(u"/api/v1/subscribers/999999999"_s);
    QCOMPARE(missing.status, 404);
    const QList<Reply> replies{
        gail.get(path),
        gail.put(path + u"/tags"_s, {{u"tags"_s, QJsonArray{u"x"_s}}}),
        gail.put(path + u"/variables/x"_s, {{u"type"_s, u"text"_s}, {u"value"_s, u"x"_s}}),
        gail.send("DELETE", path + u"/variables/x"_s, {}, {}),
        gail.post(path + u"/disable"_s),
        gail.post(path + u"/enable"_s),
        gail.send("PATCH", path + u"/contact"_s, R"({"first_name":"X","last_name":"Y","phone":""})",
                  "application/json"),
    };
    for (const Reply& r : replies) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, missing.json);
    }
    QCOMPARE(subscriber(chat.subscriberId), before);
}

QTEST_GUILESS_MAIN(TestSubscribers)
#include "tst_subscribers.moc"
