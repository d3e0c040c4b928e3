// The --demo seed: 300 Acme subscribers on every channel with every bot
// status, groups, Instagram flags, flows, pipelines and deals; a small
// Globex that sees none of it.
#include "batondprocess.h"
#include "httpclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace baton::test;

class TestDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void acmeHasThreeHundredSubscribersOnEveryChannel();
    void everyBotStatusIsPresent();
    void subscribersAreRich();
    void globexIsSmallAndIsolated();
    void seedingIsFastAndKept();

private:
    QJsonArray allChats(HttpClient& http);

    BatondProcess server_;
    qint64 startMs_ = 0;
};

void TestDemo::initTestCase()
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(server_.start(&error), qPrintable(error));
    startMs_ = timer.elapsed();
}

void TestDemo::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

QJsonArray TestDemo::allChats(HttpClient& http)
{
    QJsonArray out;
    QString cursor;
    do {
        QUrlQuery q;
        q.addQueryItem(u"list"_s, u"all"_s);
        q.addQueryItem(u"limit"_s, u"200"_s);
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const Reply r = http.get(u"/api/v1/chats"_s, q);
        if (r.status != 200)
            return {};
        for (const QJsonValue& c : r.json[u"chats"_s].toArray())
            out.append(c);
        cursor = r.json[u"next_cursor"_s].toString();
    } while (!cursor.isEmpty());
    return out;
}

void TestDemo::acmeHasThreeHundredSubscribersOnEveryChannel()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QJsonArray chats = allChats(http);
    QCOMPARE(chats.size(), 300);
    QHash<QString, int> perChannel;
    int groups = 0;
    int open = 0;
    for (const QJsonValue& c : chats) {
        ++perChannel[c[u"channel"_s].toString()];
        groups += c[u"type"_s] == u"group"_s ? 1 : 0;
        open += c[u"state"_s] == u"open"_s ? 1 : 0;
    }
    for (const QString& channel :
         {u"telegram"_s, u"whatsapp"_s, u"instagram"_s, u"messenger"_s, u"viber"_s, u"livechat"_s})
        QCOMPARE(perChannel.value(channel), 50);
    QVERIFY(groups > 0);
    QVERIFY(open > 0 && open < 300);
    QCOMPARE(http.get(u"/api/v1/bots"_s).json[u"bots"_s].toArray().size(), 6);
    QCOMPARE(http.get(u"/api/v1/agents"_s).json[u"agents"_s].toArray().size(), 3);
}

void TestDemo::everyBotStatusIsPresent()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    bool active = false;
    bool snoozedUntil = false;
    bool inactive = false;
    bool inactiveUntil = false;
    for (const QJsonValue& c : allChats(http)) {
        const QJsonObject s = c[u"bot_status"_s].toObject();
        const QString state = s[u"state"_s].toString();
        active |= state == u"active"_s;
        snoozedUntil |= state == u"snoozed"_s && !s[u"until"_s].isNull();
        inactive |= state == u"inactive"_s && s[u"until"_s].isNull();
        inactiveUntil |= state == u"inactive"_s && !s[u"until"_s].isNull();
    }
    QVERIFY(active);
    QVERIFY(snoozedUntil);
    QVERIFY(inactive);
    QVERIFY(inactiveUntil);
}

void TestDemo::subscribersAreRich()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QJsonArray chats = allChats(http);
    QSet<QString> sources;
    QSet<QString> kinds;
    int withDeals = 0;
    for (qsizetype i = 0; i < chats.size() && i < 40; ++i) {
        const qint64 chatId = chats.at(i)[u"id"_s].toInteger();
        for (const QJsonValue& m :
             http.get(u"/api/v1/chats/%1/messages"_s.arg(chatId)).json[u"messages"_s].toArray()) {
            sources.insert(m[u"source"_s].toString());
            kinds.insert(m[u"kind"_s].toString());
        }
        const qint64 subscriberId = chats.at(i)[u"subscriber_id"_s].toInteger();
        withDeals += http.get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId))
                             .json[u"deals"_s]
                             .toArray()
                             .isEmpty()
                         ? 0
                         : 1;
    }
    for (const QString& s : {u"subscriber"_s, u"bot"_s, u"agent"_s, u"third_party_app"_s})
        QVERIFY2(sources.contains(s), qPrintable(s));
    for (const QString& k : {u"text"_s, u"button"_s, u"story_mention"_s, u"ad_click"_s})
        QVERIFY2(kinds.contains(k), qPrintable(k));
    QVERIFY(withDeals > 0);
    QVERIFY(http.get(u"/api/v1/tags"_s).json[u"tags"_s].toArray().size() >= 6);
    QVERIFY(http.get(u"/api/v1/flows"_s).json[u"flows"_s].toArray().size() >= 6 * 8);
    QCOMPARE(http.get(u"/api/v1/pipelines"_s).json[u"pipelines"_s].toArray().size(), 2);
    const QJsonArray flows = http.get(u"/api/v1/flows"_s).json[u"flows"_s].toArray();
    for (const QJsonValue& f : flows)
        QVERIFY(!f[u"triggers"_s].toArray().isEmpty());
}

void TestDemo::globexIsSmallAndIsolated()
{
    HttpClient acme(server_.url());
    QCOMPARE(acme.login(u"ann@acme.test"_s).status, 200);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const QJsonArray theirs = allChats(globex);
    QCOMPARE(theirs.size(), 4);
    const QJsonArray ours = allChats(acme);
    QSet<qint64> ourIds;
    for (const QJsonValue& c : ours)
        ourIds.insert(c[u"id"_s].toInteger());
    for (const QJsonValue& c : theirs) {
        QVERIFY(!ourIds.contains(c[u"id"_s].toInteger()));
        QCOMPARE(acme.get(u"/api/v1/chats/%1"_s.arg(c[u"id"_s].toInteger())).status, 404);
    }
    QCOMPARE(globex.get(u"/api/v1/chats/%1"_s.arg(ours.at(0)[u"id"_s].toInteger())).status, 404);
    QCOMPARE(globex.get(u"/api/v1/bots"_s).json[u"bots"_s].toArray().size(), 1);
}

void TestDemo::seedingIsFastAndKept()
{
    // The start above included migrations and the whole seed.
    QVERIFY2(startMs_ < 15'000, qPrintable(QString::number(startMs_)));
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 firstId = allChats(http).at(0)[u"id"_s].toInteger();
    // Starting again with --demo keeps the data: no second seed.
    QCOMPARE(server_.stop(), 0);
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    HttpClient again(server_.url());
    QCOMPARE(again.login(u"ann@acme.test"_s).status, 200);
    const QJsonArray chats = allChats(again);
    QCOMPARE(chats.size(), 300);
    QCOMPARE(chats.at(0)[u"id"_s].toInteger(), firstId);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
