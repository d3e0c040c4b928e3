// The client as a process of its own (faultclient: the real SyncEngine and
// Outbox on a cache file) against a real batond: SIGKILLed with replies
// queued and one of them already taken by the server, SIGSTOPped while
// another agent writes (a laptop asleep), and run with its wall clock three
// hours off. Counted in the server's database and compared with the
// client's cache file afterwards.
#include "faultsupport.h"
#include "tcpproxy.h"

#include <protocol/botstatus.h>
#include <protocol/json.h>
#include <protocol/limits.h>
#include <protocol/subscriber.h>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 60'000;
// SyncEngine::State::UpToDate as the helper prints it.
constexpr qint64 kUpToDate = 2;

} // namespace

class TestClientProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void killedWithQueuedRepliesDeliversEachOnceInOrder();
    void stoppedAndContinuedConvergesToTheServer();
    void clockThreeHoursOffKeepsSendsSnoozesAndOrder_data();
    void clockThreeHoursOffKeepsSendsSnoozesAndOrder();

private:
    bool startClient(FaultClient& client, const QUrl& rest, const QUrl& stream);
    bool caughtUp(FaultClient& client);
    void verifyCache(const QList<qint64>& chats);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<HttpClient> ann_;
    std::unique_ptr<HttpClient> bob_;
    std::unique_ptr<QTemporaryDir> dir_;
    qint64 chatId_ = 0;
};

void TestClientProcess::initTestCase()
{
    server_ = std::make_unique<BatondProcess>();
    server_->setEnvironment(u"BATON_STREAM_PING_MS"_s, u"1000"_s);
    server_->setEnvironment(u"BATON_STREAM_DEAD_MS"_s, u"4000"_s);
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    ann_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(ann_->login(u"ann@acme.test"_s).status, 200);
    bob_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(bob_->login(u"bob@acme.test"_s).status, 200);
    chatId_ = sendableChat(*bob_);
    QVERIFY(chatId_ > 0);
}

void TestClientProcess::cleanupTestCase()
{
    if (server_)
        QCOMPARE(server_->stop(), 0);
}

void TestClientProcess::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void TestClientProcess::cleanup()
{
    dir_.reset();
}

bool TestClientProcess::startClient(FaultClient& client, const QUrl& rest, const QUrl& stream)
{
    QString error;
    if (!client.start(dir_->filePath(u"cache.sqlite"_s), rest, stream, ann_->token(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// Live, idle and at the server's head.
bool TestClientProcess::caughtUp(FaultClient& client)
{
    const QList<qint64> s = client.status();
    return s.size() == 5 && s.at(0) == kUpToDate && s.at(1) == ann_->eventHead() && s.at(2) == 1;
}

// The helper's cache file (the helper has quit) holds the server's state.
void TestClientProcess::verifyCache(const QList<qint64>& chats)
{
    baton::models::LocalCache cache(dir_->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open());
    QCOMPARE(cache.appliedSeq(), ann_->eventHead());
    const QString diff = compareWithServer(cache, *ann_, chats);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestClientProcess::killedWithQueuedRepliesDeliversEachOnceInOrder()
{
    const ServerDb db(*server_);
    const int before = static_cast<int>(db.agentMessages(chatId_).size());
    // The server takes what the client sends, but its answers are lost: the
    // first reply is stored while the client still thinks it is pending.
    TcpProxy proxy(QHostAddress::LocalHost, static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy.listen());
    proxy.setBlackHole(TcpProxy::ToClient);
    QStringList ids;
    {
        FaultClient client;
        QVERIFY(startClient(client, proxy.rewrite(server_->url()),
                            proxy.rewrite(server_->streamUrl())));
        for (int i = 1; i <= 3; ++i) {
            const QString line =
                client.command(u"send %1 queued reply %2"_s.arg(chatId_).arg(i), u"queued "_s);
            ids << line.mid(7);
            QVERIFY2(ids.last().size() == 36, qPrintable(line));
        }
        QTRY_COMPARE_WITH_TIMEOUT(db.byClientId(ids.first()).size(), 1, kWait);
        QCOMPARE(client.status().value(3), 3); // all three still queued
        client.kill();
        QVERIFY(!client.isRunning());
    }

    proxy.setBlackHole(TcpProxy::None);
    proxy.cut(); // the half-dead connections of the killed process
    FaultClient client;
    QVERIFY(
        startClient(client, proxy.rewrite(server_->url()), proxy.rewrite(server_->streamUrl())));
    QTRY_VERIFY_WITH_TIMEOUT(client.status().value(3) == 0, kWait); // outbox empty
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(client), kWait);
    QCOMPARE(client.quit(), 0);

    const QList<StoredMessage> after = db.agentMessages(chatId_);
    QCOMPARE(after.size(), before + 3);
    for (int i = 0; i < 3; ++i) {
        const StoredMessage& m = after.at(before + i);
        QCOMPARE(m.clientId, ids.at(i));
        QCOMPARE(m.text, u"queued reply %1"_s.arg(i + 1));
        QCOMPARE(db.byClientId(ids.at(i)).size(), 1);
        QCOMPARE(db.createdEvents(ids.at(i)), 1);
    }
    verifyCache({chatId_});
}

// "Minutes" asleep: batond pings after 1 s of quiet and drops a silent socket
// after 4 s (BATON_STREAM_PING_MS / BATON_STREAM_DEAD_MS), so 6 s stopped is
// past every timeout a sleep of minutes would pass.
void TestClientProcess::stoppedAndContinuedConvergesToTheServer()
{
    FaultClient client;
    QVERIFY(startClient(client, server_->url(), server_->streamUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(client), kWait);

    client.signal(SIGSTOP);
    const QList<protocol::Chat> chats = serverChats(*bob_);
    QVERIFY(chats.size() > 10);
    QList<qint64> touched{chatId_};
    QStringList sent;
    for (int i = 0; i < 5; ++i) {
        const protocol::Chat& chat = chats.at(i * 3);
        const bool open = chat.state == protocol::ChatState::Open;
        QCOMPARE(
            bob_->post(u"/api/v1/chats/%1/%2"_s.arg(chat.id).arg(open ? u"close"_s : u"reopen"_s))
                .status,
            200);
        touched << chat.id;
        sent << uuid();
        QCOMPARE(bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(sent.last()),
                           QJsonObject{{u"text"_s, u"while asleep %1"_s.arg(i)}})
                     .status,
                 201);
        QTest::qWait(1'200); // spread over the server's ping and dead timeouts
    }
    QVERIFY(client.isRunning());
    client.signal(SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(client), kWait);
    QCOMPARE(client.quit(), 0);
    verifyCache(touched);
    // Each of Bob's messages is in the cache once.
    baton::models::LocalCache cache(dir_->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open());
    const QList<protocol::Message> cached = cache.messages(chatId_, 100'000);
    for (const QString& id : std::as_const(sent)) {
        QCOMPARE(std::count_if(cached.cbegin(), cached.cend(),
                               [&id](const protocol::Message& m) { return m.clientId == id; }),
                 1);
    }
}

void TestClientProcess::clockThreeHoursOffKeepsSendsSnoozesAndOrder_data()
{
    QTest::addColumn<int>("shift");
    QTest::newRow("ahead") << 3 * 3600;
    QTest::newRow("behind") << -3 * 3600;
}

void TestClientProcess::clockThreeHoursOffKeepsSendsSnoozesAndOrder()
{
    QFETCH(int, shift);
    // Wake the bot first, so the agent's reply snoozes it (server time).
    const qint64 subscriberId = [&] {
        for (const protocol::Chat& chat : serverChats(*ann_))
            if (chat.id == chatId_)
                return chat.subscriberId;
        return qint64{0};
    }();
    QVERIFY(subscriberId > 0);
    const auto botStatus = [&] {
        const Reply r = ann_->get(u"/api/v1/subscribers/%1"_s.arg(subscriberId));
        return protocol::decode<protocol::Subscriber>(r.json)
            .value.value_or(protocol::Subscriber{})
            .botStatus;
    };
    const protocol::BotStatus initial = botStatus();
    QVERIFY(initial.version > 0);
    if (initial.state != protocol::BotState::Active) {
        const Reply r =
            ann_->put(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId),
                      QJsonObject{{u"state"_s, u"active"_s}, {u"base_version"_s, initial.version}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    FaultClient client;
    client.setEnvironment(u"LD_PRELOAD"_s, QStringLiteral(BATON_CLOCKSHIFT_PATH));
    client.setEnvironment(u"BATON_CLOCK_SHIFT_S"_s, QString::number(shift));
    QVERIFY(startClient(client, server_->url(), server_->streamUrl()));
    // The fault is in place: the process's wall clock is three hours off.
    const qint64 theirs = client.command(u"clock"_s, u"clock "_s).mid(6).toLongLong();
    const qint64 skew = theirs - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(qAbs(skew - shift * 1000LL) < 60'000, qPrintable(QString::number(skew)));
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(client), kWait);

    // Interleaved with Bob: the order is the server's, whatever the clocks.
    const ServerDb db(*server_);
    const int before = static_cast<int>(db.agentMessages(chatId_).size());
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << client.command(u"send %1 skewed %2"_s.arg(chatId_).arg(i), u"queued "_s).mid(7);
        QTRY_VERIFY_WITH_TIMEOUT(db.byClientId(ids.last()).size() == 1, kWait);
        ids << uuid();
        QCOMPARE(bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(ids.last()),
                           QJsonObject{{u"text"_s, u"bob %1"_s.arg(i)}})
                     .status,
                 201);
    }
    QTRY_VERIFY_WITH_TIMEOUT(client.status().value(3) == 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(client), kWait);
    QCOMPARE(client.quit(), 0);

    const QList<StoredMessage> after = db.agentMessages(chatId_);
    QCOMPARE(after.size(), before + ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(after.at(before + i).clientId, ids.at(i));
        QCOMPARE(db.createdEvents(ids.at(i)), 1);
    }
    // The reply snoozed the bot for kManualSnooze from the server's clock,
    // not from the client's.
    const protocol::BotStatus snoozed = botStatus();
    QCOMPARE(snoozed.state, protocol::BotState::Snoozed);
    QVERIFY(snoozed.until.has_value());
    const qint64 snooze =
        std::chrono::duration_cast<std::chrono::seconds>(protocol::kManualSnooze).count();
    QVERIFY(*snoozed.until >= sentAt.addSecs(snooze - 5));
    QVERIFY(*snoozed.until <= QDateTime::currentDateTimeUtc().addSecs(snooze + 5));
    // The cache holds the server's order and the server's times (the chat
    // with its bot status field by field).
    verifyCache({chatId_});
    baton::models::LocalCache cache(dir_->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open());
    QList<QString> cachedOrder;
    for (const protocol::Message& m : cache.messages(chatId_, 100'000))
        if (ids.contains(m.clientId))
            cachedOrder << m.clientId;
    QCOMPARE(cachedOrder, ids);
}

QTEST_GUILESS_MAIN(TestClientProcess)
#include "tst_clientprocess.moc"
