// The bot-status state machine: PUT with versions (409 with the current
// status, two agents at once), extend, continue, bulk, the manual-message
// snooze, history lines and events, and wake-ups both while running and
// after a restart.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/botstatus.h>
#include <protocol/chat.h>
#include <protocol/event.h>
#include <protocol/message.h>
#include <protocol/requests.h>
#include <protocol/subscriber.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QJsonObject statusBody(const QString& state, const std::optional<QDateTime>& until,
                       qint64 baseVersion)
{
    return {{u"state"_s, state},
            {u"until"_s, until ? QJsonValue(formatTime(*until)) : QJsonValue()},
            {u"base_version"_s, baseVersion}};
}

} // namespace

class TestBotStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void putChangesWithVersionLineAndEvents();
    void staleVersionIsAConflictWithTheCurrentStatus();
    void sameStateIsNoConflict();
    void twoAgentsAtOnceOneWins();
    void putValidation();
    void extendMovesTheWakeTime();
    void continueMakesActive();
    void bulkAppliesPerSubscriber();
    void manualSnoozeRules();
    void wakeUpWhileRunning();
    void wakeUpAfterRestart();
    void otherWorkspacesGet404();

private:
    // A Telegram chat of an active subscriber no other test uses.
    Chat freshChat(HttpClient& http);
    BotStatus status(HttpClient& http, qint64 subscriberId);
    QList<Message> history(HttpClient& http, qint64 chatId);

    BatondProcess server_;
    QList<Chat> pool_;
};

void TestBotStatus::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"channel"_s, u"telegram"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page = decode<ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok());
    for (const Chat& chat : page->chats) {
        const auto subscriber =
            decode<Subscriber>(http.get(u"/api/v1/subscribers/%1"_s.arg(chat.subscriberId)).json);
        QVERIFY(subscriber.ok());
        if (subscriber->status == SubscriptionStatus::Active && chat.type == ChatType::Personal)
            pool_.append(chat);
    }
    QVERIFY2(pool_.size() >= 12, "the demo needs enough active Telegram subscribers");
    // At least one event, so that "after" is never 0 (which means resync).
    const Chat spare = pool_.takeLast();
    QCOMPARE(http.post(u"/api/v1/chats/%1/unread"_s.arg(spare.id)).status, 200);
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(spare.id)).status, 200);
    QVERIFY(http.eventHead() > 0);
}

void TestBotStatus::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

Chat TestBotStatus::freshChat(HttpClient& http)
{
    if (pool_.isEmpty())
        return {};
    const Chat chat = pool_.takeFirst();
    // Start every test from a known state: active.
    const BotStatus current = status(http, chat.subscriberId);
    if (current.state != BotState::Active) {
        const Reply r = http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId),
                                 statusBody(u"active"_s, std::nullopt, current.version));
        if (r.status != 200)
            qWarning() << "could not reset the bot status:" << r.describe();
    }
    return chat;
}

BotStatus TestBotStatus::status(HttpClient& http, qint64 subscriberId)
{
    const auto decoded =
        decode<BotStatus>(http.get(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId)).json);
    return decoded ? *decoded.value : BotStatus{};
}

QList<Message> TestBotStatus::history(HttpClient& http, qint64 chatId)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page =
        decode<MessagePage>(http.get(u"/api/v1/chats/%1/messages"_s.arg(chatId), query).json);
    return page ? page->messages : QList<Message>{};
}

void TestBotStatus::putChangesWithVersionLineAndEvents()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 me = http.get(u"/api/v1/me"_s).json[u"agent"_s][u"id"_s].toInteger();
    const Chat chat = freshChat(http);
    const BotStatus before = status(http, chat.subscriberId);
    QCOMPARE(before.state, BotState::Active);
    const qint64 seq = http.eventHead();

    const QString clientId = uuid();
    http.setClientId(clientId);
    const QDateTime until = now().addSecs(3 * 3600);
    const Reply r = http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId),
                             statusBody(u"inactive"_s, until, before.version));
    QCOMPARE(r.status, 200);
    const auto after = decode<BotStatus>(r.json);
    QVERIFY(after.ok());
    QCOMPARE(after->state, BotState::Inactive);
    QCOMPARE(formatTime(*after->until), formatTime(until));
    QCOMPARE(after->reason, BotStatusReason::Agent);
    QCOMPARE(after->actor.type, ActorType::Agent);
    QCOMPARE(after->actor.agentId, std::optional<qint64>(me));
    QCOMPARE(after->version, before.version + 1);
    QCOMPARE(status(http, chat.subscriberId), *after);

    // The chat and the subscriber show it too.
    const auto chatNow = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(chat.id)).json);
    QCOMPARE(chatNow->botStatus, *after);
    const auto subscriber =
        decode<Subscriber>(http.get(u"/api/v1/subscribers/%1"_s.arg(chat.subscriberId)).json);
    QCOMPARE(subscriber->botStatus, *after);

    // A system line in the history.
    const Message line = history(http, chat.id).constLast();
    QCOMPARE(line.kind, MessageKind::BotStatusChange);
    QCOMPARE(line.source, MessageSource::System);
    QCOMPARE(line.direction, Direction::Out);
    QCOMPARE(line.agentId, std::optional<qint64>(me));
    QVERIFY(line.botStatus);
    QCOMPARE(*line.botStatus, *after);
    QVERIFY(!line.text.isEmpty());
    // Status lines never become the preview.
    QVERIFY(!chatNow->lastMessage || chatNow->lastMessage->kind != MessageKind::BotStatusChange);

    // message.created (the line) then bot_status.changed, with the origin.
    const auto events = http.eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"message.created"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"message"_s][u"id"_s].toInteger(), line.id);
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"bot_status.changed"_s);
    const auto changed = decode<BotStatusChanged>(events.at(1)[u"data"_s].toObject());
    QVERIFY(changed.ok());
    QCOMPARE(changed->subscriberId, chat.subscriberId);
    QCOMPARE(changed->chatId, chat.id);
    QCOMPARE(changed->botStatus, *after);
    for (const QJsonObject& e : events) {
        QCOMPARE(e[u"origin"_s][u"client_id"_s].toString(), clientId);
        QCOMPARE(e[u"origin"_s][u"agent_id"_s].toInteger(), me);
    }
}

void TestBotStatus::staleVersionIsAConflictWithTheCurrentStatus()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const BotStatus v1 = status(http, chat.subscriberId);
    QCOMPARE(http.put(path, statusBody(u"inactive"_s, std::nullopt, v1.version)).status, 200);
    const BotStatus v2 = status(http, chat.subscriberId);
    QCOMPARE(v2.version, v1.version + 1);

    const qint64 seq = http.eventHead();
    // Based on the old version: refused, told what it is now.
    const Reply r = http.put(path, statusBody(u"snoozed"_s, now().addSecs(600), v1.version));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"conflict"_s);
    QCOMPARE(r.errorField(), u"base_version"_s);
    const auto current = decode<BotStatus>(r.json[u"error"_s][u"current"_s].toObject());
    QVERIFY2(current.ok(), qPrintable(r.describe()));
    QCOMPARE(*current, v2);
    QCOMPARE(status(http, chat.subscriberId), v2);
    QCOMPARE(http.eventHead(), seq);
    // A base version from the future is just as stale.
    QCOMPARE(http.put(path, statusBody(u"active"_s, std::nullopt, v2.version + 5)).status, 409);
}

void TestBotStatus::sameStateIsNoConflict()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const BotStatus v1 = status(http, chat.subscriberId);
    const QDateTime until = now().addSecs(7200);
    const Reply first = http.put(path, statusBody(u"snoozed"_s, until, v1.version));
    QCOMPARE(first.status, 200);
    const qint64 seq = http.eventHead();
    // A retry with the now stale base version: 200, the same status, no event.
    const Reply retry = http.put(path, statusBody(u"snoozed"_s, until, v1.version));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json, first.json);
    QCOMPARE(http.eventHead(), seq);
}

void TestBotStatus::twoAgentsAtOnceOneWins()
{
    HttpClient ann(server_.url());
    HttpClient bob(server_.url());
    QCOMPARE(ann.login(u"ann@acme.test"_s).status, 200);
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    const Chat chat = freshChat(ann);
    const BotStatus base = status(ann, chat.subscriberId);

    // Both requests are in flight together, based on the same version.
    QNetworkAccessManager manager;
    QList<QNetworkReply*> replies;
    const QList<QPair<QString, QJsonObject>> requests{
        {ann.token(), statusBody(u"inactive"_s, std::nullopt, base.version)},
        {bob.token(), statusBody(u"snoozed"_s, now().addSecs(1800), base.version)}};
    for (const auto& [token, body] : requests) {
        QUrl url = server_.url();
        url.setPath(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        replies.append(manager.put(request, QJsonDocument(body).toJson()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 20000);
    QList<int> statuses;
    QList<QJsonObject> bodies;
    for (QNetworkReply* reply : replies) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        bodies.append(QJsonDocument::fromJson(reply->readAll()).object());
        reply->deleteLater();
    }
    QVERIFY2((statuses == QList<int>{200, 409}) || (statuses == QList<int>{409, 200}),
             qPrintable(u"%1 %2"_s.arg(statuses.at(0)).arg(statuses.at(1))));
    const int winner = statuses.at(0) == 200 ? 0 : 1;
    const auto won = decode<BotStatus>(bodies.at(winner));
    QVERIFY(won.ok());
    QCOMPARE(won->version, base.version + 1);
    // The loser is told the winner's status.
    QCOMPARE(bodies.at(1 - winner)[u"error"_s][u"current"_s].toObject(), bodies.at(winner));
    QCOMPARE(status(ann, chat.subscriberId), *won);
}

void TestBotStatus::putValidation()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const BotStatus v = status(http, chat.subscriberId);

    Reply r = http.put(path, statusBody(u"snoozed"_s, now().addSecs(-60), v.version));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"until"_s);
    r = http.put(path, statusBody(u"snoozed"_s, now().addDays(400), v.version));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"until"_s);
    r = http.put(path, statusBody(u"inactive"_s, now().addSecs(60), v.version));
    QCOMPARE(r.status, 200);
    r = http.put(path, statusBody(u"active"_s, now().addSecs(60), v.version + 1));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"until"_s);
    r = http.put(path, statusBody(u"sleeping"_s, std::nullopt, v.version));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"state"_s);
    r = http.put(path, QJsonObject{{u"state"_s, u"active"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"base_version"_s);
    r = http.put(path, QJsonObject{{u"state"_s, u"snoozed"_s},
                                   {u"until"_s, u"2030-01-01T10:00:00"_s},
                                   {u"base_version"_s, v.version}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"until"_s);
    // 404 before the body is looked at.
    QCOMPARE(http.put(u"/api/v1/subscribers/999999999/bot-status"_s, QJsonObject{}).status, 404);
    QCOMPARE(http.get(u"/api/v1/subscribers/999999999/bot-status"_s).status, 404);
    QCOMPARE(http.get(u"/api/v1/subscribers/abc/bot-status"_s).status, 404);
    QCOMPARE(status(http, chat.subscriberId).version, v.version + 1);
}

void TestBotStatus::extendMovesTheWakeTime()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const QString extend = path + u"/extend"_s;

    // Active: snoozed for the minutes from now (default 60, empty body).
    QDateTime before = now();
    Reply r = http.post(extend);
    QCOMPARE(r.status, 200);
    auto s = decode<BotStatus>(r.json);
    QCOMPARE(s->state, BotState::Snoozed);
    QCOMPARE(s->reason, BotStatusReason::Extend);
    QVERIFY(*s->until >= before.addSecs(3600) && *s->until <= now().addSecs(3600));

    // Snoozed until T (in the future): T + minutes.
    QDateTime t = *s->until;
    r = http.post(extend, QJsonObject{{u"minutes"_s, 30}});
    QCOMPARE(r.status, 200);
    s = decode<BotStatus>(r.json);
    QCOMPARE(s->state, BotState::Snoozed);
    QCOMPARE(*s->until, t.addSecs(1800));

    // Inactive until T: stays inactive, T + minutes.
    t = now().addSecs(600);
    QCOMPARE(http.put(path, statusBody(u"inactive"_s, t, s->version)).status, 200);
    r = http.post(extend, QJsonObject{{u"minutes"_s, 60}});
    QCOMPARE(r.status, 200);
    s = decode<BotStatus>(r.json);
    QCOMPARE(s->state, BotState::Inactive);
    QCOMPARE(formatTime(*s->until), formatTime(t.addSecs(3600)));

    // Limits on minutes.
    r = http.post(extend, QJsonObject{{u"minutes"_s, 0}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"minutes"_s);
    r = http.post(extend, QJsonObject{{u"minutes"_s, 10081}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"minutes"_s);
    r = http.post(extend, QJsonObject{{u"minutes"_s, u"sixty"_s}});
    QCOMPARE(r.status, 400);

    // Without a wake time there is nothing to move: inactive, and snoozed
    // without until, which behaves like inactive.
    QCOMPARE(http.put(path, statusBody(u"inactive"_s, std::nullopt, s->version)).status, 200);
    const qint64 seq = http.eventHead();
    r = http.post(extend);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
    QCOMPARE(http.put(path, statusBody(u"snoozed"_s, std::nullopt, s->version + 1)).status, 200);
    r = http.post(extend);
    QCOMPARE(r.status, 422);
    QCOMPARE(http.eventHead(), seq + 2); // only the PUT's line and change
}

void TestBotStatus::continueMakesActive()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const BotStatus v = status(http, chat.subscriberId);
    QCOMPARE(http.put(path, statusBody(u"inactive"_s, std::nullopt, v.version)).status, 200);

    Reply r = http.post(path + u"/continue"_s);
    QCOMPARE(r.status, 200);
    const auto s = decode<BotStatus>(r.json);
    QCOMPARE(s->state, BotState::Active);
    QVERIFY(!s->until);
    QCOMPARE(s->reason, BotStatusReason::Continue);
    QCOMPARE(s->version, v.version + 2);
    const Message line = history(http, chat.id).constLast();
    QCOMPARE(line.botStatus, std::optional<BotStatus>(*s));

    // Already active: nothing changes, no event.
    const qint64 seq = http.eventHead();
    r = http.post(path + u"/continue"_s, QJsonObject{});
    QCOMPARE(r.status, 200);
    QCOMPARE(decode<BotStatus>(r.json)->version, s->version);
    QCOMPARE(http.eventHead(), seq);
}

void TestBotStatus::bulkAppliesPerSubscriber()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const auto globexChats = decode<ChatPage>(gail.get(u"/api/v1/chats"_s).json);
    QVERIFY(globexChats.ok() && !globexChats->chats.isEmpty());
    const qint64 globexSubscriber = globexChats->chats.constFirst().subscriberId;
    const BotStatus globexBefore = status(gail, globexSubscriber);

    const Chat a = freshChat(http);
    const Chat b = freshChat(http);
    const BotStatus aBefore = status(http, a.subscriberId);
    const BotStatus bBefore = status(http, b.subscriberId);
    const QDateTime until = now().addSecs(5400);
    // b is already in the requested state: it gets no new version.
    QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(b.subscriberId),
                      statusBody(u"snoozed"_s, until, bBefore.version))
                 .status,
             200);
    const qint64 seq = http.eventHead();

    const QJsonObject body{{u"subscriber_ids"_s, QJsonArray{a.subscriberId, b.subscriberId,
                                                            globexSubscriber, 999999999}},
                           {u"state"_s, u"snoozed"_s},
                           {u"until"_s, formatTime(until)}};
    const Reply r = http.post(u"/api/v1/bot-status/bulk"_s, body);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json[u"results"_s].toArray();
    QCOMPARE(results.size(), 4);
    const auto ra = decode<BulkResult>(results.at(0).toObject());
    QVERIFY(ra.ok());
    QCOMPARE(ra->subscriberId, a.subscriberId);
    QCOMPARE(ra->botStatus->state, BotState::Snoozed);
    QCOMPARE(ra->botStatus->reason, BotStatusReason::Agent);
    QCOMPARE(ra->botStatus->version, aBefore.version + 1);
    QCOMPARE(formatTime(*ra->botStatus->until), formatTime(until));
    const auto rb = decode<BulkResult>(results.at(1).toObject());
    QCOMPARE(rb->botStatus->version, bBefore.version + 1);
    for (int i : {2, 3}) {
        const QJsonObject item = results.at(i).toObject();
        QVERIFY(item[u"bot_status"_s].isNull());
        QCOMPARE(item[u"error"_s][u"code"_s].toString(), u"not_found"_s);
        QCOMPARE(item[u"error"_s][u"field"_s].toString(), u"subscriber_ids[%1]"_s.arg(i));
    }
    // Another workspace's id is answered exactly like one that does not exist.
    QJsonObject otherWorkspace = results.at(2)[u"error"_s].toObject();
    QJsonObject nonexistent = results.at(3)[u"error"_s].toObject();
    otherWorkspace.remove(u"field"_s);
    nonexistent.remove(u"field"_s);
    QCOMPARE(otherWorkspace, nonexistent);
    // Only a changed: one line and one bot_status.changed.
    const auto events = http.eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1)[u"data"_s][u"subscriber_id"_s].toInteger(), a.subscriberId);
    // The other workspace's subscriber is untouched.
    QCOMPARE(status(gail, globexSubscriber), globexBefore);

    // Request-wide problems refuse everything.
    Reply bad =
        http.post(u"/api/v1/bot-status/bulk"_s,
                  QJsonObject{{u"subscriber_ids"_s, QJsonArray{}}, {u"state"_s, u"active"_s}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorField(), u"subscriber_ids"_s);
    bad = http.post(u"/api/v1/bot-status/bulk"_s,
                    QJsonObject{{u"subscriber_ids"_s, QJsonArray{a.subscriberId, a.subscriberId}},
                                {u"state"_s, u"active"_s}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorField(), u"subscriber_ids[1]"_s);
    QJsonArray many;
    for (int i = 1; i <= 501; ++i)
        many.append(i);
    bad = http.post(u"/api/v1/bot-status/bulk"_s,
                    QJsonObject{{u"subscriber_ids"_s, many}, {u"state"_s, u"active"_s}});
    QCOMPARE(bad.status, 422);
    bad = http.post(u"/api/v1/bot-status/bulk"_s,
                    QJsonObject{{u"subscriber_ids"_s, QJsonArray{a.subscriberId}},
                                {u"state"_s, u"snoozed"_s},
                                {u"until"_s, formatTime(now().addSecs(-5))}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorField(), u"until"_s);
    QCOMPARE(status(http, a.subscriberId), *ra->botStatus);

    // Back to active, in bulk.
    const Reply back =
        http.post(u"/api/v1/bot-status/bulk"_s,
                  QJsonObject{{u"subscriber_ids"_s, QJsonArray{a.subscriberId, b.subscriberId}},
                              {u"state"_s, u"active"_s}});
    QCOMPARE(back.status, 200);
    QCOMPARE(status(http, a.subscriberId).state, BotState::Active);
    QCOMPARE(status(http, b.subscriberId).state, BotState::Active);
}

void TestBotStatus::manualSnoozeRules()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const auto send = [&](const Chat& chat) {
        return http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(uuid()),
                        QJsonObject{{u"text"_s, u"On it!"_s}});
    };

    // Active: snoozed for 60 minutes from the message.
    const Chat active = freshChat(http);
    Reply r = send(active);
    QCOMPARE(r.status, 201);
    const QDateTime sentAt = *parseTime(r.json[u"created_at"_s].toString());
    BotStatus s = status(http, active.subscriberId);
    QCOMPARE(s.state, BotState::Snoozed);
    QCOMPARE(s.reason, BotStatusReason::ManualMessage);
    QCOMPARE(*s.until, sentAt.addSecs(3600));
    // A later message moves the wake time.
    QTest::qWait(20);
    r = send(active);
    QCOMPARE(r.status, 201);
    const BotStatus moved = status(http, active.subscriberId);
    QCOMPARE(*moved.until, parseTime(r.json[u"created_at"_s].toString())->addSecs(3600));
    QCOMPARE(moved.version, s.version + 1);

    // A longer snooze is never shortened.
    const Chat longer = freshChat(http);
    BotStatus v = status(http, longer.subscriberId);
    const QDateTime far = now().addSecs(5 * 3600);
    QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(longer.subscriberId),
                      statusBody(u"snoozed"_s, far, v.version))
                 .status,
             200);
    v = status(http, longer.subscriberId);
    QCOMPARE(send(longer).status, 201);
    QCOMPARE(status(http, longer.subscriberId), v);

    // A shorter snooze is moved to 60 minutes after the message.
    const Chat shorter = freshChat(http);
    v = status(http, shorter.subscriberId);
    QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(shorter.subscriberId),
                      statusBody(u"snoozed"_s, now().addSecs(600), v.version))
                 .status,
             200);
    r = send(shorter);
    s = status(http, shorter.subscriberId);
    QCOMPARE(s.reason, BotStatusReason::ManualMessage);
    QCOMPARE(*s.until, parseTime(r.json[u"created_at"_s].toString())->addSecs(3600));

    // Inactive, with or without a time, and snoozed without a time: left alone.
    for (const auto& [state, until] :
         QList<QPair<QString, std::optional<QDateTime>>>{{u"inactive"_s, std::nullopt},
                                                         {u"inactive"_s, now().addSecs(600)},
                                                         {u"snoozed"_s, std::nullopt}}) {
        const Chat chat = freshChat(http);
        v = status(http, chat.subscriberId);
        QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId),
                          statusBody(state, until, v.version))
                     .status,
                 200);
        v = status(http, chat.subscriberId);
        const qint64 seq = http.eventHead();
        QCOMPARE(send(chat).status, 201);
        QCOMPARE(status(http, chat.subscriberId), v);
        for (const QJsonObject& e : http.eventsAfter(seq))
            QVERIFY(e[u"type"_s].toString() != u"bot_status.changed"_s);
    }
}

void TestBotStatus::wakeUpWhileRunning()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Chat chat = freshChat(http);
    const BotStatus v = status(http, chat.subscriberId);
    const QDateTime until = now().addMSecs(1500);
    QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId),
                      statusBody(u"snoozed"_s, until, v.version))
                 .status,
             200);
    const qint64 seq = http.eventHead();
    QCOMPARE(status(http, chat.subscriberId).state, BotState::Snoozed);
    // Within a second of the wake time.
    QTRY_COMPARE_WITH_TIMEOUT(status(http, chat.subscriberId).state, BotState::Active, 4000);
    const BotStatus s = status(http, chat.subscriberId);
    QCOMPARE(s.reason, BotStatusReason::WakeUp);
    QCOMPARE(s.actor.type, ActorType::System);
    QVERIFY(!s.actor.agentId);
    QCOMPARE(s.version, v.version + 2);
    QVERIFY(s.changedAt >= until);
    QVERIFY(s.changedAt <= until.addMSecs(1500));
    const auto events = http.eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"bot_status.changed"_s);
    QVERIFY(events.at(1)[u"origin"_s][u"agent_id"_s].isNull());
    QCOMPARE(events.at(1)[u"origin"_s][u"client_id"_s].toString(), u""_s);
}

void TestBotStatus::wakeUpAfterRestart()
{
    // A server of its own: it is stopped and started again on the same database.
    BatondProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpClient http(server.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"5"_s);
    const auto page = decode<ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok() && page->chats.size() >= 2);
    const qint64 snoozed = page->chats.at(0).subscriberId;
    const qint64 inactive = page->chats.at(1).subscriberId;
    const QDateTime until = now().addSecs(2);
    QCOMPARE(http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(snoozed),
                      statusBody(u"snoozed"_s, until, status(http, snoozed).version))
                 .status,
             200);
    // An inactive bot with a later wake time must still be asleep after the restart.
    QCOMPARE(
        http.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(inactive),
                 statusBody(u"inactive"_s, now().addSecs(3600), status(http, inactive).version))
            .status,
        200);
    const BotStatus before = status(http, snoozed);
    const BotStatus inactiveBefore = status(http, inactive);
    const qint64 seq = http.eventHead();

    QCOMPARE(server.stop(), 0);
    // Down while the wake time passes.
    while (now() < until.addMSecs(700))
        QThread::msleep(100);
    const QDateTime restart = now();
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpClient again(server.url());
    QCOMPARE(again.login(u"ann@acme.test"_s).status, 200);

    // Applied at start, before the first request was served.
    const BotStatus s = status(again, snoozed);
    QCOMPARE(s.state, BotState::Active);
    QCOMPARE(s.reason, BotStatusReason::WakeUp);
    QCOMPARE(s.actor.type, ActorType::System);
    QCOMPARE(s.version, before.version + 1);
    QVERIFY(s.changedAt >= restart);
    QCOMPARE(status(again, inactive), inactiveBefore);

    const auto events = again.eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"message.created"_s);
    const auto line = decode<Message>(events.at(0)[u"data"_s][u"message"_s].toObject());
    QVERIFY(line.ok());
    QCOMPARE(line->kind, MessageKind::BotStatusChange);
    QCOMPARE(line->botStatus, std::optional<BotStatus>(s));
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"bot_status.changed"_s);
    QCOMPARE(events.at(1)[u"data"_s][u"subscriber_id"_s].toInteger(), snoozed);
    QVERIFY(events.at(1)[u"origin"_s][u"agent_id"_s].isNull());
    QCOMPARE(server.stop(), 0);
}

void TestBotStatus::otherWorkspacesGet404()
{
    HttpClient ann(server_.url());
    QCOMPARE(ann.login(u"ann@acme.test"_s).status, 200);
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const Chat chat = freshChat(ann);
    const BotStatus before = status(ann, chat.subscriberId);
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(chat.subscriberId);
    const Reply missing = gail.get(u"/api/v1/subscribers/999999999/bot-status"_s);
    QCOMPARE(missing.status, 404);

    const QList<Reply> replies{
        gail.get(path),
        gail.put(path, statusBody(u"inactive"_s, std::nullopt, before.version)),
        gail.post(path + u"/extend"_s),
        gail.post(path + u"/continue"_s),
    };
    for (const Reply& r : replies) {
        QCOMPARE(r.status, 404);
        // Exactly like an id that does not exist.
        QCOMPARE(r.json, missing.json);
    }
    QCOMPARE(status(ann, chat.subscriberId), before);
}

QTEST_GUILESS_MAIN(TestBotStatus)
#include "tst_botstatus.moc"
