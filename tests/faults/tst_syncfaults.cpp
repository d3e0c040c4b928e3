// The in-process client (SyncEngine, Outbox, cache) against a real batond
// when the network or the server's log fails it: the event stream
// black-holed for "minutes" (no FIN, every byte dropped) while another agent
// writes, and the client offline past the server's event retention.
#include "faultsupport.h"
#include "syncclient.h"
#include "tcpproxy.h"

#include <protocol/event.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
using baton::models::SyncEngine;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 60'000;
// 30 days (the server's retention) and an hour: on a restart with this
// clock offset batond prunes every event written before.
constexpr qint64 kPastRetentionS = 30LL * 24 * 3600 + 3600;

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void blackHoledStreamReconnectsWithNothingLostOrDoubled();
    void offlinePastRetentionResyncsToWhatAFreshLoginSees();

private:
    bool startServer(qint64 clockOffsetS);
    std::unique_ptr<SyncClient> makeClient(const QString& name, const QUrl& stream);
    void bobChanges(int round);
    void waitCaughtUp(SyncClient& client);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<HttpClient> ann_;
    std::unique_ptr<HttpClient> bob_;
    std::unique_ptr<QTemporaryDir> dir_;
    QList<qint64> touched_;
    qint64 chatId_ = 0;
};

void TestSyncFaults::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    server_ = std::make_unique<BatondProcess>();
    QVERIFY(startServer(0));
    chatId_ = sendableChat(*bob_);
    QVERIFY(chatId_ > 0);
    touched_ = {chatId_};
    bobChanges(0);
}

void TestSyncFaults::cleanup()
{
    if (server_ && server_->isRunning())
        QCOMPARE(server_->stop(), 0);
    server_.reset();
    dir_.reset();
}

// (Re)starts batond on its data with the server clock moved by
// `clockOffsetS`, and logs Ann and Bob in (a token does not outlive a month).
bool TestSyncFaults::startServer(qint64 clockOffsetS)
{
    if (server_->isRunning() && server_->stop() != 0)
        return false;
    server_->setEnvironment(u"BATON_STREAM_PING_MS"_s, u"1000"_s);
    server_->setEnvironment(u"BATON_STREAM_DEAD_MS"_s, u"4000"_s);
    server_->setEnvironment(u"BATON_CLOCK_OFFSET_S"_s, QString::number(clockOffsetS));
    QString error;
    if (!server_->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    ann_ = std::make_unique<HttpClient>(server_->url());
    bob_ = std::make_unique<HttpClient>(server_->url());
    return ann_->login(u"ann@acme.test"_s).status == 200 &&
           bob_->login(u"bob@acme.test"_s).status == 200;
}

std::unique_ptr<SyncClient> TestSyncFaults::makeClient(const QString& name, const QUrl& stream)
{
    auto client =
        std::make_unique<SyncClient>(dir_->filePath(name), server_->url(), stream, ann_->token());
    if (!client->cache.open())
        return nullptr;
    return client;
}

// Closes or reopens four chats and sends three messages in chatId_.
void TestSyncFaults::bobChanges(int round)
{
    const QList<protocol::Chat> chats = serverChats(*bob_);
    QVERIFY(chats.size() > 10);
    for (int i = 0; i < 4; ++i) {
        const protocol::Chat& chat = chats.at((round * 5 + i * 11) % chats.size());
        const bool open = chat.state == protocol::ChatState::Open;
        const Reply r =
            bob_->post(u"/api/v1/chats/%1/%2"_s.arg(chat.id).arg(open ? u"close"_s : u"reopen"_s));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        touched_ << chat.id;
    }
    for (int i = 0; i < 3; ++i) {
        const Reply r = bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(uuid()),
                                  QJsonObject{{u"text"_s, u"bob %1.%2"_s.arg(round).arg(i)}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
    }
}

void TestSyncFaults::waitCaughtUp(SyncClient& client)
{
    QTRY_VERIFY_WITH_TIMEOUT(client.engine.state() == SyncEngine::State::UpToDate &&
                                 client.engine.isIdle() &&
                                 client.engine.appliedSeq() == ann_->eventHead(),
                             kWait);
    QCOMPARE(client.cache.appliedSeq(), client.engine.appliedSeq());
    const QString diff = compareWithServer(client.cache, *ann_, touched_);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// "Minutes": the client declares a silent stream dead after 4 s and batond
// after 4 s too (BATON_STREAM_DEAD_MS), so a 10 s black hole outlasts both
// timeouts and several reconnect attempts, as minutes would.
void TestSyncFaults::blackHoledStreamReconnectsWithNothingLostOrDoubled()
{
    TcpProxy proxy(QHostAddress::LocalHost, static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy.listen());
    auto client = makeClient(u"cache.sqlite"_s, proxy.rewrite(server_->streamUrl()));
    QVERIFY(client);
    QList<qint64> applied;
    connect(&client->engine, &SyncEngine::eventsApplied, this,
            [&applied](const QList<protocol::Event>& events) {
                for (const protocol::Event& e : events)
                    applied << e.seq;
            });
    QSignalSpy snapshots(&client->engine, &SyncEngine::snapshotApplied);
    client->engine.start();
    waitCaughtUp(*client);
    const qint64 before = client->engine.appliedSeq();
    const int connections = proxy.accepted();
    const int snapshotsBefore = static_cast<int>(snapshots.size());

    proxy.setBlackHole(TcpProxy::Both);
    bobChanges(1);
    // The watchdog notices the silence on its own (nothing was closed).
    QTRY_VERIFY_WITH_TIMEOUT(client->engine.state() != SyncEngine::State::UpToDate, kWait);
    QTest::qWait(10'000); // the rest of the "minutes"
    bobChanges(2);
    QCOMPARE(client->engine.appliedSeq(), before); // nothing came through
    QVERIFY(proxy.accepted() > connections);       // it tried to reconnect
    QVERIFY(proxy.swallowed() > 0);

    proxy.setBlackHole(TcpProxy::None);
    waitCaughtUp(*client);
    QCOMPARE(snapshots.size(), snapshotsBefore); // resumed, not a fresh snapshot
    // Every event after `before` applied exactly once, in order.
    QList<qint64> after;
    for (qint64 seq : std::as_const(applied))
        if (seq > before)
            after << seq;
    QList<qint64> expected;
    for (qint64 seq = before + 1; seq <= ann_->eventHead(); ++seq)
        expected << seq;
    QCOMPARE(after, expected);
    // And in the server's database: Bob's six messages, each cached once.
    const QList<StoredMessage> stored = ServerDb(*server_).agentMessages(chatId_);
    const QList<protocol::Message> cached = client->cache.messages(chatId_, 100'000);
    for (const StoredMessage& m : stored) {
        if (!m.text.startsWith(u"bob 1."_s) && !m.text.startsWith(u"bob 2."_s))
            continue;
        QCOMPARE(std::count_if(cached.cbegin(), cached.cend(),
                               [&m](const protocol::Message& c) { return c.id == m.id; }),
                 1);
    }
}

// The server keeps 30 days of events. Batond restarted with its clock a
// month on (BATON_CLOCK_OFFSET_S) prunes everything the offline client
// missed; the client must then resync to exactly what a fresh login builds.
void TestSyncFaults::offlinePastRetentionResyncsToWhatAFreshLoginSees()
{
    qint64 offlineAt = 0;
    {
        auto client = makeClient(u"old.sqlite"_s, server_->streamUrl());
        QVERIFY(client);
        client->engine.start();
        waitCaughtUp(*client);
        offlineAt = client->engine.appliedSeq();
    } // offline
    bobChanges(1);
    const qint64 missedUpTo = ann_->eventHead();
    QVERIFY(missedUpTo > offlineAt);

    QVERIFY(startServer(kPastRetentionS));
    bobChanges(2);
    // The events the client missed are gone from the server's log.
    const ServerDb db(*server_);
    const QList<StoredEvent> log = db.events(db.workspaceOf(chatId_));
    QVERIFY(!log.isEmpty());
    QVERIFY2(log.first().seq > missedUpTo,
             qPrintable(u"oldest kept %1, missed up to %2"_s.arg(log.first().seq).arg(missedUpTo)));

    auto old = makeClient(u"old.sqlite"_s, server_->streamUrl());
    QVERIFY(old);
    QCOMPARE(old->cache.appliedSeq(), offlineAt);
    QSignalSpy resynced(&old->engine, &SyncEngine::snapshotApplied);
    old->engine.start();
    waitCaughtUp(*old);
    QVERIFY(!resynced.isEmpty());

    auto fresh = makeClient(u"fresh.sqlite"_s, server_->streamUrl());
    QVERIFY(fresh);
    QCOMPARE(fresh->cache.appliedSeq(), 0);
    fresh->engine.start();
    waitCaughtUp(*fresh);

    QCOMPARE(old->cache.appliedSeq(), fresh->cache.appliedSeq());
    const QString diff = compareCaches(old->cache, fresh->cache);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The models too: same rows in the same order.
    old->chats.flushPendingChanges();
    fresh->chats.flushPendingChanges();
    QCOMPARE(old->chats.count(), fresh->chats.count());
    for (int row = 0; row < fresh->chats.count(); ++row)
        QVERIFY(old->chats.chatAt(row) == fresh->chats.chatAt(row));
    QCOMPARE(old->cache.agents().size(), fresh->cache.agents().size());
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
