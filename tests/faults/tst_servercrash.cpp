// batond killed on either side of a send's commit, then the send retried
// with the same client id: by hand (HttpClient), by the real Outbox, and by
// several connections at once. Counted in the server's database: exactly
// one message and one message.created event per client id, and an event log
// without gaps.
#include "faultsupport.h"
#include "syncclient.h"
#include "tcpproxy.h"

#include <protocol/json.h>
#include <protocol/message.h>

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 60'000;
const QString kBefore = u"crash-before-commit:send"_s;
const QString kAfter = u"crash-after-commit:send"_s;

// Starts every PUT before waiting for any (separate connections: the access
// manager opens up to six per host, the rest queue), then collects them.
QList<Reply> putAll(const QUrl& base, const QString& token, const QStringList& paths,
                    const QByteArray& body)
{
    QNetworkAccessManager manager;
    QList<QNetworkReply*> pending;
    for (const QString& path : paths) {
        QUrl url = base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        request.setTransferTimeout(20'000);
        pending.append(manager.put(request, body));
    }
    const auto allDone = [&] {
        return std::all_of(pending.cbegin(), pending.cend(),
                           [](QNetworkReply* r) { return r->isFinished(); });
    };
    // Each reply ends by itself (answer, error or transfer timeout).
    while (!allDone())
        QTest::qWait(10);
    QList<Reply> out;
    for (QNetworkReply* reply : pending) {
        out.append(readReply(reply));
        reply->deleteLater();
    }
    return out;
}

} // namespace

class TestServerCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void retryAfterCrashGivesOneMessage_data();
    void retryAfterCrashGivesOneMessage();
    void outboxRetryAfterCrashGivesOneMessage_data();
    void outboxRetryAfterCrashGivesOneMessage();
    void parallelDuplicatesGiveOneMessage();
    void parallelDuplicatesThroughACrashGiveOneMessage();

private:
    bool restart(const QString& fault);
    void verifyOnce(const QString& clientId, qint64 seqBefore);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<HttpClient> ann_;
    QString token_;
    qint64 chatId_ = 0;
};

void TestServerCrash::initTestCase()
{
    server_ = std::make_unique<BatondProcess>();
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    ann_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(ann_->login(u"ann@acme.test"_s).status, 200);
    token_ = ann_->token();
    chatId_ = sendableChat(*ann_);
    QVERIFY(chatId_ > 0);
}

void TestServerCrash::cleanupTestCase()
{
    if (server_ && server_->isRunning())
        QCOMPARE(server_->stop(), 0);
}

void TestServerCrash::init()
{
    if (!server_->isRunning())
        QVERIFY(restart({}));
}

// Restarts batond on the same data with BATON_FAULT set to `fault` (empty:
// inert). A crashed batond is only reaped.
bool TestServerCrash::restart(const QString& fault)
{
    if (server_->isRunning() && server_->stop() != 0)
        return false;
    server_->stop(); // reaps a crashed one
    server_->setEnvironment(u"BATON_FAULT"_s, fault);
    QString error;
    if (!server_->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    ann_ = std::make_unique<HttpClient>(server_->url());
    ann_->setToken(token_);
    return true;
}

// One message row and one message.created event for `clientId`, and the
// event log after `seqBefore` is contiguous.
void TestServerCrash::verifyOnce(const QString& clientId, qint64 seqBefore)
{
    const ServerDb db(*server_);
    QString error;
    const QList<StoredMessage> rows = db.byClientId(clientId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().chatId, chatId_);
    QCOMPARE(db.createdEvents(clientId, &error), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qint64 expected = seqBefore;
    for (const StoredEvent& event : db.events(db.workspaceOf(chatId_))) {
        if (event.seq <= seqBefore)
            continue;
        QCOMPARE(event.seq, ++expected);
    }
    // Readers of the log see it once too (the crash after the commit
    // skipped the live publish: only the log has it).
    int seen = 0;
    for (const QJsonObject& event : ann_->eventsAfter(seqBefore)) {
        seen += event.value(u"type"_s).toString() == u"message.created"_s &&
                event.value(u"data"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toObject()
                        .value(u"client_id"_s)
                        .toString() == clientId;
    }
    QCOMPARE(seen, 1);
}

void TestServerCrash::retryAfterCrashGivesOneMessage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("rowsAfterCrash");
    QTest::addColumn<int>("retryStatus");
    QTest::newRow("before commit") << kBefore << 0 << 201;
    QTest::newRow("after commit") << kAfter << 1 << 200;
}

void TestServerCrash::retryAfterCrashGivesOneMessage()
{
    QFETCH(QString, fault);
    QFETCH(int, rowsAfterCrash);
    QFETCH(int, retryStatus);
    QVERIFY(restart(fault));
    const qint64 seqBefore = ann_->eventHead();
    QVERIFY(seqBefore > 0);
    const QString clientId = uuid();
    const QString path = u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(clientId);
    const QJsonObject body{{u"text"_s, u"through a crash"_s}};

    const Reply lost = ann_->put(path, body);
    QCOMPARE(lost.status, 0); // no answer: the process died
    QTRY_VERIFY_WITH_TIMEOUT(!server_->isRunning(), kWait);
    QCOMPARE(server_->stop(), -1); // killed, not exited
    QCOMPARE(ServerDb(*server_).byClientId(clientId).size(), rowsAfterCrash);

    QVERIFY(restart({}));
    const Reply retry = ann_->put(path, body);
    QVERIFY2(retry.status == retryStatus, qPrintable(retry.describe()));
    const auto message = protocol::decode<protocol::Message>(retry.json);
    QVERIFY(message.ok());
    QCOMPARE(message->clientId, clientId);
    QCOMPARE(message->text, u"through a crash"_s);
    // And once more: a replay of the same message.
    const Reply again = ann_->put(path, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(protocol::decode<protocol::Message>(again.json)->id, message->id);
    verifyOnce(clientId, seqBefore);
    QCOMPARE(ServerDb(*server_).byClientId(clientId).first().id, message->id);
}

void TestServerCrash::outboxRetryAfterCrashGivesOneMessage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("before commit") << kBefore;
    QTest::newRow("after commit") << kAfter;
}

void TestServerCrash::outboxRetryAfterCrashGivesOneMessage()
{
    QFETCH(QString, fault);
    QVERIFY(restart(fault));
    const qint64 seqBefore = ann_->eventHead();
    // The client reaches batond through a proxy that follows it to its new
    // port, as a fixed address in front of a restarted server would.
    TcpProxy proxy(QHostAddress::LocalHost, static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy.listen());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SyncClient client(dir.filePath(u"cache.sqlite"_s), proxy.rewrite(server_->url()),
                      proxy.rewrite(server_->streamUrl()), token_);
    QVERIFY(client.cache.open());
    QSignalSpy delivered(&client.outbox, &baton::models::Outbox::delivered);
    client.outbox.start();
    client.engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.engine.state(), baton::models::SyncEngine::State::UpToDate,
                              kWait);

    const QString clientId = client.outbox.queueSend(chatId_, u"outbox through a crash"_s);
    QVERIFY(!clientId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!server_->isRunning(), kWait);
    QCOMPARE(server_->stop(), -1);
    QCOMPARE(client.cache.outbox().size(), 1); // not delivered yet

    QVERIFY(restart({}));
    proxy.setTargetPort(static_cast<quint16>(server_->url().port()));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, kWait);
    QCOMPARE(delivered.first().at(0).toString(), clientId);
    QTRY_VERIFY_WITH_TIMEOUT(client.cache.outbox().isEmpty(), kWait);
    verifyOnce(clientId, seqBefore);
    QCOMPARE(ServerDb(*server_).byClientId(clientId).first().id,
             delivered.first().at(1).toLongLong());
    // The client's copy of the chat holds it once as well.
    QTRY_COMPARE_WITH_TIMEOUT(client.engine.appliedSeq(), ann_->eventHead(), kWait);
    int cached = 0;
    for (const protocol::Message& m : client.cache.messages(chatId_, 100'000))
        cached += m.clientId == clientId;
    QCOMPARE(cached, 1);
}

// tst_server_concurrency races one client id over two instances; here the
// racers also differ in letter case (one id all the same) on one instance.
void TestServerCrash::parallelDuplicatesGiveOneMessage()
{
    const qint64 seqBefore = ann_->eventHead();
    const QString clientId = uuid();
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(i % 2 ? clientId.toUpper()
                                                                          : clientId);
    }
    const QByteArray body = R"({"text":"ten at once"})";
    const QList<Reply> replies = putAll(server_->url(), token_, paths, body);
    int created = 0;
    QSet<qint64> ids;
    for (const Reply& r : replies) {
        QVERIFY2(r.status == 201 || r.status == 200, qPrintable(r.describe()));
        created += r.status == 201;
        const auto message = protocol::decode<protocol::Message>(r.json);
        QVERIFY(message.ok());
        QCOMPARE(message->clientId, clientId);
        ids.insert(message->id);
    }
    QCOMPARE(created, 1);
    QCOMPARE(ids.size(), 1);
    verifyOnce(clientId, seqBefore);
}

// The same racers while the first send that commits kills batond: none may
// get an answer then; after the restart they all get the one message.
void TestServerCrash::parallelDuplicatesThroughACrashGiveOneMessage()
{
    QVERIFY(restart(kAfter));
    const qint64 seqBefore = ann_->eventHead();
    const QString clientId = uuid();
    const QStringList paths(6, u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(clientId));
    const QByteArray body = R"({"text":"six at once through a crash"})";
    for (const Reply& r : putAll(server_->url(), token_, paths, body))
        QCOMPARE(r.status, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!server_->isRunning(), kWait);
    QCOMPARE(server_->stop(), -1);
    QCOMPARE(ServerDb(*server_).byClientId(clientId).size(), 1);

    QVERIFY(restart({}));
    QSet<qint64> ids;
    for (const Reply& r : putAll(server_->url(), token_, paths, body)) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        ids.insert(protocol::decode<protocol::Message>(r.json)->id);
    }
    QCOMPARE(ids.size(), 1);
    verifyOnce(clientId, seqBefore);
}

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_servercrash.moc"
