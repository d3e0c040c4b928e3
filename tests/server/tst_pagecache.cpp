// The chat-page cache cannot serve a stale page: two batond instances on one
// database, A keeping pages (the default) and B reading every page from the
// database (--no-page-cache). After each kind of change, made through the
// real API and channel endpoints on either instance, both answer every page
// (filters, searches, the second page of a cursor) byte for byte the same.
// A change nobody announces (a direct database write, no event) shows that A
// really answers from its cache until the workspace's head seq moves.
#include "batondprocess.h"
#include "channelclient.h"
#include "fanoutsupport.h"
#include "httpclient.h"

#include <protocol/json.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

constexpr qint64 kTelegramBot = 1;
constexpr qint64 kBob = 2;
const QString kExternalId = u"pagecache-subscriber"_s;

// The bytes of every page compared, by a name for failure messages.
using Pages = QList<QPair<QString, QByteArray>>;

} // namespace

class TestPageCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyChangeShowsOnBothInstances_data();
    void everyChangeShowsOnBothInstances();
    void wakeUpShowsOnBothInstances();
    void writeThroughTheOtherInstanceMovesTheCache();
    // Last: it writes behind both instances' backs.
    void repeatedReadIsServedFromTheCache();

private:
    HttpClient& http(int instance) { return instance == 0 ? *a_ : *b_; }
    BatondProcess& server(int instance) { return instance == 0 ? primary_ : *peer_; }
    // Every compared page from one instance.
    Pages pagesOf(int instance);
    // Pages of both instances read while the head stood still; fails the
    // test if they differ. Returns A's pages.
    Pages compareBoth();
    // One change of the given kind through `instance`; false if it failed.
    bool change(const QString& kind, int instance);
    Reply inbound(int instance, const QJsonObject& fields);
    qint64 botStatusVersion();

    BatondProcess primary_{QStringList{u"--demo"_s, u"--catch-up-interval"_s, u"200"_s}};
    std::unique_ptr<BatondProcess> peer_;
    std::unique_ptr<HttpClient> a_;
    std::unique_ptr<HttpClient> b_;
    qint64 chatId_ = 0;
    qint64 subscriberId_ = 0;
    qint64 lastReplyId_ = 0;
    qint64 lastInboundId_ = 0;
};

void TestPageCache::initTestCase()
{
    QString error;
    QVERIFY2(primary_.start(&error), qPrintable(error));
    peer_ = std::make_unique<BatondProcess>(
        primary_, QStringList{u"--no-page-cache"_s, u"--catch-up-interval"_s, u"200"_s});
    QVERIFY2(peer_->start(&error), qPrintable(error));
    a_ = std::make_unique<HttpClient>(primary_.url());
    QCOMPARE(a_->login(u"ann@acme.test"_s).status, 200);
    b_ = std::make_unique<HttpClient>(peer_->url());
    b_->setToken(a_->token());
    // Both answer, and the caches start warm.
    compareBoth();
}

void TestPageCache::cleanupTestCase()
{
    QCOMPARE(peer_->stop(), 0);
    QCOMPARE(primary_.stop(), 0);
}

Pages TestPageCache::pagesOf(int instance)
{
    static const QList<QList<QPair<QString, QString>>> queries{
        {},
        {{u"list"_s, u"all"_s}},
        {{u"list"_s, u"unread"_s}},
        {{u"list"_s, u"closed"_s}},
        {{u"list"_s, u"all"_s}, {u"assignee"_s, u"me"_s}},
        {{u"list"_s, u"all"_s}, {u"assignee"_s, u"unassigned"_s}},
        {{u"list"_s, u"all"_s}, {u"assignee"_s, QString::number(kBob)}},
        {{u"list"_s, u"all"_s}, {u"channel"_s, u"telegram"_s}, {u"type"_s, u"personal"_s}},
        {{u"list"_s, u"all"_s}, {u"q"_s, u"pcuser"_s}},
        {{u"list"_s, u"all"_s}, {u"q"_s, u"Renamed"_s}},
        {{u"list"_s, u"all"_s}, {u"q"_s, u"555 0199"_s}},
        {{u"list"_s, u"all"_s}, {u"limit"_s, u"3"_s}},
    };
    Pages out;
    for (const auto& items : queries) {
        QUrlQuery query;
        query.setQueryItems(items);
        const Reply r = http(instance).get(u"/api/v1/chats"_s, query);
        if (r.status != 200)
            qWarning("page %s: %s", qPrintable(query.toString()), qPrintable(r.describe()));
        out.append({query.toString(), r.body});
        // The next page of every list, through its cursor.
        const QString cursor = r.json[u"next_cursor"_s].toString();
        if (!cursor.isEmpty()) {
            query.addQueryItem(u"cursor"_s, cursor);
            const Reply next = http(instance).get(u"/api/v1/chats"_s, query);
            out.append({query.toString(), next.body});
        }
    }
    return out;
}

Pages TestPageCache::compareBoth()
{
    // A timer (a wake-up, a flow wait) may change things while we read: a
    // comparison only counts when the head stood still across both reads.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const qint64 before = a_->eventHead();
        const Pages fromA = pagesOf(0);
        const Pages fromB = pagesOf(1);
        if (a_->eventHead() != before)
            continue;
        [&] {
            QCOMPARE(fromA.size(), fromB.size());
            for (qsizetype i = 0; i < fromA.size(); ++i) {
                QVERIFY(!fromA.at(i).second.isEmpty());
                QVERIFY2(fromA.at(i) == fromB.at(i), qPrintable(fromA.at(i).first));
            }
        }();
        return fromA;
    }
    [] { QFAIL("the head kept moving"); }();
    return {};
}

Reply TestPageCache::inbound(int instance, const QJsonObject& fields)
{
    QJsonObject body = fields;
    body.insert(u"external_id"_s, kExternalId);
    body.insert(u"username"_s, u"pcuser"_s);
    return postChannel(server(instance).url(), kTelegramBot, demoSecret(u"acme"_s, u"telegram"_s),
                       u"inbound"_s, body);
}

qint64 TestPageCache::botStatusVersion()
{
    return a_->get(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId_))
        .json[u"version"_s]
        .toInteger();
}

bool TestPageCache::change(const QString& kind, int instance)
{
    HttpClient& h = http(instance);
    const QString chat = u"/api/v1/chats/%1"_s.arg(chatId_);
    const QString subscriber = u"/api/v1/subscribers/%1"_s.arg(subscriberId_);
    Reply r;
    if (kind == u"first contact"_s) {
        r = inbound(instance, {{u"first_name"_s, u"Pagecache"_s}, {u"text"_s, u"hello there"_s}});
        chatId_ = r.json[u"chat_id"_s].toInteger();
        subscriberId_ =
            h.get(u"/api/v1/chats/%1"_s.arg(chatId_)).json[u"subscriber_id"_s].toInteger();
        lastInboundId_ = r.json[u"id"_s].toInteger();
        return r.status == 201 && chatId_ > 0 && subscriberId_ > 0;
    }
    if (kind == u"inbound"_s) {
        r = inbound(instance, {{u"text"_s, u"second message"_s}});
        lastInboundId_ = r.json[u"id"_s].toInteger();
    } else if (kind == u"inbound with a new name"_s) {
        r = inbound(instance, {{u"first_name"_s, u"Renamed"_s}, {u"text"_s, u"new name"_s}});
    } else if (kind == u"agent reply"_s) {
        r = h.put(chat + u"/messages/"_s + newClientId(), {{u"text"_s, u"agent says hi"_s}});
        lastReplyId_ = r.json[u"id"_s].toInteger();
    } else if (kind == u"edit reply"_s) {
        r = h.send("PATCH", u"/api/v1/messages/%1"_s.arg(lastReplyId_),
                   QJsonDocument(QJsonObject{{u"text"_s, u"agent edited this"_s}}).toJson(),
                   "application/json");
    } else if (kind == u"delete reply"_s) {
        r = h.send("DELETE", u"/api/v1/messages/%1"_s.arg(lastReplyId_), {}, {});
    } else if (kind == u"reaction"_s) {
        r = h.post(u"/api/v1/messages/%1/reactions"_s.arg(lastInboundId_),
                   QJsonObject{{u"emoji"_s, u"👍"_s}});
    } else if (kind == u"note"_s) {
        r = h.post(chat + u"/notes"_s, QJsonObject{{u"text"_s, u"a note"_s}});
    } else if (kind == u"mark read"_s) {
        r = h.post(chat + u"/read"_s);
    } else if (kind == u"mark unread"_s) {
        r = h.post(chat + u"/unread"_s);
    } else if (kind == u"assign"_s) {
        r = h.put(chat + u"/assignee"_s, {{u"agent_id"_s, kBob}});
    } else if (kind == u"unassign"_s) {
        r = h.put(chat + u"/assignee"_s, {{u"agent_id"_s, QJsonValue::Null}});
    } else if (kind == u"close"_s) {
        r = h.post(chat + u"/close"_s);
    } else if (kind == u"reopen"_s) {
        r = h.post(chat + u"/reopen"_s);
    } else if (kind == u"bot status off"_s) {
        r = h.put(subscriber + u"/bot-status"_s,
                  {{u"state"_s, u"inactive"_s}, {u"base_version"_s, botStatusVersion()}});
    } else if (kind == u"bot status continue"_s) {
        r = h.post(subscriber + u"/bot-status/continue"_s);
    } else if (kind == u"contact edit"_s) {
        r = h.send("PATCH", subscriber + u"/contact"_s,
                   QJsonDocument(QJsonObject{{u"first_name"_s, u"Renamed"_s},
                                             {u"last_name"_s, u"Person"_s},
                                             {u"phone"_s, u"+1 555 0199"_s}})
                       .toJson(),
                   "application/json");
    } else if (kind == u"email variable"_s) {
        r = h.put(subscriber + u"/variables/email"_s,
                  {{u"type"_s, u"text"_s}, {u"value"_s, u"pc@example.test"_s}});
    } else if (kind == u"outbound"_s) {
        r = postChannel(server(instance).url(), kTelegramBot, demoSecret(u"acme"_s, u"telegram"_s),
                        u"outbound"_s,
                        {{u"external_id"_s, kExternalId}, {u"text"_s, u"from another app"_s}});
    } else if (kind == u"flow start"_s) {
        QUrlQuery q;
        q.addQueryItem(u"bot_id"_s, QString::number(kTelegramBot));
        const QJsonArray flows = h.get(u"/api/v1/flows"_s, q).json[u"flows"_s].toArray();
        if (flows.isEmpty())
            return false;
        r = h.post(subscriber + u"/flows/%1/start"_s.arg(flows.first()[u"id"_s].toInteger()));
    } else {
        qWarning("unknown change %s", qPrintable(kind));
        return false;
    }
    if (r.status < 200 || r.status > 201)
        qWarning("%s: %s", qPrintable(kind), qPrintable(r.describe()));
    return r.status >= 200 && r.status <= 201;
}

void TestPageCache::everyChangeShowsOnBothInstances_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("via");
    // Whether some page must look different afterwards (otherwise the row
    // would prove nothing about staleness); notes and reactions are not on
    // a page but move the head all the same.
    QTest::addColumn<bool>("shows");
    const QList<std::tuple<QString, bool>> kinds{
        {u"first contact"_s, true},
        {u"inbound"_s, true},
        {u"inbound with a new name"_s, true},
        {u"agent reply"_s, true},
        {u"edit reply"_s, true},
        {u"delete reply"_s, true},
        {u"reaction"_s, false},
        {u"note"_s, false},
        {u"mark read"_s, true},
        {u"mark unread"_s, true},
        {u"assign"_s, true},
        {u"unassign"_s, true},
        {u"close"_s, true},
        {u"reopen"_s, true},
        {u"bot status off"_s, true},
        {u"bot status continue"_s, true},
        {u"contact edit"_s, true},
        {u"email variable"_s, true},
        {u"outbound"_s, true},
        {u"flow start"_s, true},
    };
    // Alternately through A (which caches) and B.
    int via = 0;
    for (const auto& [kind, shows] : kinds) {
        QTest::newRow(qPrintable(kind)) << kind << via << shows;
        via = 1 - via;
    }
}

void TestPageCache::everyChangeShowsOnBothInstances()
{
    QFETCH(QString, kind);
    QFETCH(int, via);
    QFETCH(bool, shows);
    if (kind != u"first contact"_s)
        QVERIFY2(chatId_ > 0, "needs the first-contact row");
    const Pages before = compareBoth();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(change(kind, via));
    const Pages after = compareBoth();
    if (QTest::currentTestFailed())
        return;
    if (shows)
        QVERIFY2(before != after, "the change shows on no page");
}

void TestPageCache::wakeUpShowsOnBothInstances()
{
    QVERIFY(chatId_ > 0);
    // A snooze set through A arms A's timer for exactly this time.
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(2);
    const Reply r = a_->put(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId_),
                            {{u"state"_s, u"snoozed"_s},
                             {u"until"_s, formatTime(until)},
                             {u"base_version"_s, botStatusVersion()}});
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const Pages snoozed = compareBoth();
    const auto awake = [&] {
        return a_->get(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId_))
                   .json[u"state"_s]
                   .toString() == u"active"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(awake(), 60'000);
    QVERIFY(compareBoth() != snoozed);
}

void TestPageCache::writeThroughTheOtherInstanceMovesTheCache()
{
    QVERIFY(chatId_ > 0);
    QUrlQuery all;
    all.addQueryItem(u"list"_s, u"all"_s);
    const QByteArray cached = a_->get(u"/api/v1/chats"_s, all).body;
    QCOMPARE(a_->get(u"/api/v1/chats"_s, all).body, cached);
    // B changes the preview; A has not been told anything in-process.
    const Reply r = inbound(1, {{u"text"_s, u"written through B"_s}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    const QByteArray fresh = a_->get(u"/api/v1/chats"_s, all).body;
    QVERIFY(fresh != cached);
    QVERIFY(fresh.contains("written through B"));
    QCOMPARE(fresh, b_->get(u"/api/v1/chats"_s, all).body);
}

void TestPageCache::repeatedReadIsServedFromTheCache()
{
    QVERIFY(chatId_ > 0);
    QUrlQuery all;
    all.addQueryItem(u"list"_s, u"all"_s);
    const qint64 head = a_->eventHead();
    const QByteArray cached = a_->get(u"/api/v1/chats"_s, all).body;
    QVERIFY(cached.contains("Renamed Person"));
    // A write no event announces (never done by batond: the audit in
    // docs/server.md): B, reading the database, sees it; A answers the page
    // it kept, because the head has not moved.
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    db.column(u"UPDATE subscribers SET first_name = ? WHERE id = ?"_s,
              {u"Unannounced"_s, subscriberId_});
    QCOMPARE(
        db.value(u"SELECT first_name FROM subscribers WHERE id = ?"_s, {subscriberId_}).toString(),
        u"Unannounced"_s);
    QVERIFY(b_->get(u"/api/v1/chats"_s, all).body.contains("Unannounced Person"));
    QCOMPARE(a_->get(u"/api/v1/chats"_s, all).body, cached);
    QCOMPARE(a_->eventHead(), head);
    // Any event moves the head, and A reads the page again.
    QCOMPARE(a_->post(u"/api/v1/chats/%1/notes"_s.arg(chatId_),
                      QJsonObject{{u"text"_s, u"moves the head"_s}})
                 .status,
             201);
    QVERIFY(a_->get(u"/api/v1/chats"_s, all).body.contains("Unannounced Person"));
    compareBoth();
}

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
