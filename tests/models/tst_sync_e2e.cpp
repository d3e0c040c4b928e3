// SyncEngine and Outbox against a real batond process (tests/server
// harness, fresh demo database). Ann's event stream goes through a TcpProxy
// so the network can be cut while the server keeps running; Bob changes
// things over plain REST. After every disturbance the cache and the models
// must hold exactly the server's data.
#include "batondprocess.h"
#include "httpclient.h"
#include "serverdata.h"
#include "syncclient.h"
#include "tcpproxy.h"

#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/chatloader.h>
#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/outbox.h>
#include <models/syncengine.h>
#include <net/eventstream.h>
#include <net/restclient.h>
#include <protocol/chat.h>
#include <protocol/json.h>
#include <protocol/message.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::models::SyncEngine;
using baton::test::BatondProcess;
using baton::test::HttpClient;
using baton::test::TcpProxy;
namespace models = baton::models;
namespace net = baton::net;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 60'000;

// Ann's client, with a REST timeout that outlasts a server restart.
struct Client : baton::test::SyncClient {
    Client(const QString& path, const QUrl& restUrl, const QUrl& streamUrl, const QString& token)
        : SyncClient(path, restUrl, streamUrl, token, 10'000ms)
    {}
};

qint64 serverHead(HttpClient& http)
{
    QUrlQuery q;
    q.addQueryItem(u"after"_s, u"0"_s);
    q.addQueryItem(u"limit"_s, u"1"_s);
    const auto reply = http.get(u"/api/v1/events"_s, q);
    return reply.status == 200 ? reply.json.value(u"head"_s).toInteger(-1) : -1;
}

// The start of a real PNG file (signature and IHDR chunk).
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000000100000001080600"
                                            "00001f15c489");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The pid of the batond serving `dataDir` (for SIGKILL: the harness only
// offers SIGTERM).
qint64 batondPid(const QString& dataDir)
{
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool ok = false;
        const qint64 pid = QFileInfo(dir).fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmd(dir + u"/cmdline"_s);
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmd.readAll().split('\0');
        if (!args.isEmpty() && args.first().endsWith("batond") &&
            args.contains(QFile::encodeName(dataDir))) {
            return pid;
        }
    }
    return 0;
}

} // namespace

class TestSyncE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void firstLoginSnapshotsExactlyTheServersChats();
    void cutStreamWhileBobWritesEndsExact();
    void serverTerminatedAndRestartedEndsExact();
    void serverKilledAndRestartedEndsExact();
    void repliesQueuedOfflineArriveOnceInOrderAfterRestart();
    void replyWithAFileArrivesOnceWithItsAttachment();
    void serverStoppedBetweenUploadAndSendMakesOneUploadOneMessage();

private:
    std::unique_ptr<Client> makeClient();
    bool restartServer(bool kill);
    void bobChanges(int round);
    void verifyExact(Client& client);
    qint64 sendableChat();
    QList<QJsonObject> newAgentMessages(qint64 chatId, const QList<qint64>& before);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<TcpProxy> proxy_;
    std::unique_ptr<HttpClient> bob_;
    std::unique_ptr<HttpClient> ann_;
    QString annToken_;
    std::unique_ptr<QTemporaryDir> dir_;
    QList<qint64> touched_; // chats Bob wrote to
};

void TestSyncE2e::initTestCase()
{
    server_ = std::make_unique<BatondProcess>();
    server_->setEnvironment(u"BATON_STREAM_PING_MS"_s, u"1000"_s);
    server_->setEnvironment(u"BATON_STREAM_DEAD_MS"_s, u"4000"_s);
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
}

void TestSyncE2e::cleanupTestCase()
{
    if (server_ && server_->isRunning())
        server_->stop();
}

void TestSyncE2e::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    if (!server_->isRunning()) {
        QString error;
        QVERIFY2(server_->start(&error), qPrintable(error));
    }
    proxy_ = std::make_unique<TcpProxy>(QHostAddress::LocalHost,
                                        static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy_->listen());
    bob_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(bob_->login(u"bob@acme.test"_s).status, 200);
    ann_ = std::make_unique<HttpClient>(server_->url());
    const auto login = ann_->login(u"ann@acme.test"_s);
    QCOMPARE(login.status, 200);
    annToken_ = ann_->token();
    QVERIFY(!annToken_.isEmpty());
    touched_.clear();
    // A fresh demo database has no events yet (head 0): Bob changes things
    // first, so every scenario starts from a server with a history.
    if (serverHead(*bob_) == 0)
        bobChanges(0);
}

void TestSyncE2e::cleanup()
{
    proxy_.reset();
}

std::unique_ptr<Client> TestSyncE2e::makeClient()
{
    auto client = std::make_unique<Client>(dir_->filePath(u"cache.sqlite"_s), server_->url(),
                                           proxy_->rewrite(server_->streamUrl()), annToken_);
    if (!client->cache.open())
        return nullptr;
    return client;
}

bool TestSyncE2e::restartServer(bool kill)
{
    if (kill) {
        const qint64 pid = batondPid(server_->dataDir());
        if (pid <= 0 || ::kill(static_cast<pid_t>(pid), SIGKILL) != 0)
            return false;
        server_->stop(); // reaps it (-1: it did not exit by itself)
    } else if (server_->stop() != 0) {
        return false;
    }
    QString error;
    if (!server_->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    // A new port: new proxy, new HTTP clients (tokens survive in the data).
    proxy_ = std::make_unique<TcpProxy>(QHostAddress::LocalHost,
                                        static_cast<quint16>(server_->url().port()));
    if (!proxy_->listen())
        return false;
    const QString bobToken = bob_->token();
    bob_ = std::make_unique<HttpClient>(server_->url());
    bob_->setToken(bobToken);
    ann_ = std::make_unique<HttpClient>(server_->url());
    ann_->setToken(annToken_);
    return true;
}

qint64 TestSyncE2e::sendableChat()
{
    // A Telegram chat (no support window) whose subscriber can be written to.
    for (const auto& chat : serverChats(*bob_)) {
        if (chat.channel != protocol::Channel::Telegram)
            continue;
        const auto reply = bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(uuid()),
                                     QJsonObject{{u"text"_s, u"probe"_s}});
        if (reply.status == 201)
            return chat.id;
    }
    return 0;
}

void TestSyncE2e::bobChanges(int round)
{
    const QList<protocol::Chat> chats = serverChats(*bob_);
    QVERIFY(chats.size() > 10);
    for (int i = 0; i < 6; ++i) {
        const protocol::Chat& chat = chats.at((round * 7 + i * 13) % chats.size());
        // Close or reopen: one chat.updated.
        const bool open = chat.state == protocol::ChatState::Open;
        const auto r =
            bob_->post(u"/api/v1/chats/%1/%2"_s.arg(chat.id).arg(open ? u"close"_s : u"reopen"_s));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        touched_ << chat.id;
    }
    const qint64 chat = sendableChat();
    QVERIFY(chat > 0);
    touched_ << chat;
    for (int i = 0; i < 4; ++i) {
        const auto r = bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat).arg(uuid()),
                                 QJsonObject{{u"text"_s, u"bob %1.%2"_s.arg(round).arg(i)}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
    }
}

void TestSyncE2e::verifyExact(Client& client)
{
    const qint64 head = serverHead(*ann_);
    QVERIFY(head > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.engine.appliedSeq() == serverHead(*ann_) && client.engine.isIdle(), kWait);
    QCOMPARE(client.stream.appliedSeq(), client.cache.appliedSeq());
    QTRY_COMPARE_WITH_TIMEOUT(client.engine.state(), SyncEngine::State::UpToDate, kWait);

    // The chat list: exactly the server's chats, field by field, in order.
    const QList<protocol::Chat> server = serverChats(*ann_);
    QVERIFY(!server.isEmpty());
    client.chats.flushPendingChanges();
    QCOMPARE(client.chats.count(), server.size());
    for (const protocol::Chat& chat : server) {
        const std::optional<protocol::Chat> mine = client.chats.chat(chat.id);
        QVERIFY2(mine, qPrintable(u"chat %1 missing"_s.arg(chat.id)));
        QVERIFY2(*mine == chat,
                 qPrintable(u"chat %1 differs:\n mine   %2\n server %3"_s.arg(chat.id).arg(
                     QString::fromUtf8(
                         QJsonDocument(protocol::toJson(*mine)).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(protocol::toJson(chat)).toJson(QJsonDocument::Compact)))));
    }
    const QList<protocol::Chat> cached = client.cache.chats();
    QCOMPARE(cached.size(), server.size());
    for (int row = 0; row < cached.size(); ++row)
        QCOMPARE(cached.at(row).id, client.chats.chatAt(row).id);

    // Messages of the chats Bob wrote to: the cache holds a tail of the
    // server's history with nothing missing and nothing twice.
    for (qint64 chatId : std::as_const(touched_)) {
        const QList<qint64> serverIds = serverMessageIds(*ann_, chatId);
        const QList<protocol::Message> mine = client.cache.messages(chatId, 100'000);
        QList<qint64> myIds;
        for (const auto& m : mine)
            myIds << m.id;
        if (myIds.isEmpty())
            continue; // a chat whose messages the cache never saw (only closed/reopened)
        const qsizetype start = serverIds.indexOf(myIds.first());
        QVERIFY2(start >= 0, qPrintable(u"chat %1: unknown message"_s.arg(chatId)));
        QCOMPARE(myIds, serverIds.mid(start));
    }
}

void TestSyncE2e::firstLoginSnapshotsExactlyTheServersChats()
{
    auto client = makeClient();
    QVERIFY(client);
    QCOMPARE(client->cache.appliedSeq(), 0);
    QSignalSpy snapshots(&client->engine, &SyncEngine::snapshotApplied);
    client->engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, kWait);
    verifyExact(*client);
    QVERIFY(!client->cache.agents().isEmpty());
    // Restart: the cache is shown before anything is fetched: the newest
    // chats at once, the rest (ChatLoader) in the turns that follow.
    const int count = client->chats.count();
    const QList<protocol::Chat> cached = client->cache.chats();
    client.reset();
    client = makeClient();
    QVERIFY(client);
    client->engine.start();
    const int first = std::min(count, models::ChatLoader::kFirstScreen);
    QCOMPARE(client->chats.count(), first);
    for (int row = 0; row < first; ++row)
        QCOMPARE(client->chats.idAt(row), cached.at(row).id);
    QCOMPARE(client->chats.isLoading(), count > first);
    QTRY_VERIFY_WITH_TIMEOUT(!client->engine.isLoadingChats(), kWait);
    QVERIFY(!client->chats.isLoading());
    QCOMPARE(client->chats.count(), count);
    verifyExact(*client);
}

void TestSyncE2e::cutStreamWhileBobWritesEndsExact()
{
    auto client = makeClient();
    QVERIFY(client);
    client->engine.start();
    verifyExact(*client);
    // Open a chat Bob will write to: its model must follow too.
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    models::MessageModel model(chatId);
    client->engine.openChat(chatId, &model);
    QTRY_VERIFY_WITH_TIMEOUT(model.confirmedCount() > 0, kWait);
    const qint64 before = client->engine.appliedSeq();

    proxy_->setRefusing(true);
    proxy_->cut();
    QTRY_VERIFY_WITH_TIMEOUT(client->engine.state() != SyncEngine::State::UpToDate, kWait);
    bobChanges(1);
    for (int i = 0; i < 3; ++i) {
        const auto r = bob_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(uuid()),
                                 QJsonObject{{u"text"_s, u"while cut %1"_s.arg(i)}});
        QCOMPARE(r.status, 201);
    }
    touched_ << chatId;
    QTest::qWait(1'500);
    QCOMPARE(client->engine.appliedSeq(), before); // nothing came through the cut
    proxy_->setRefusing(false);
    verifyExact(*client);
    QVERIFY(client->engine.appliedSeq() > before);

    // The open chat's model: exactly the server's newest messages.
    const QList<qint64> serverIds = serverMessageIds(*ann_, chatId);
    QList<qint64> shown;
    for (int row = 0; row < model.confirmedCount(); ++row)
        shown << model.messageAt(row).id;
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, serverIds.mid(serverIds.indexOf(shown.first())));
    QCOMPARE(model.rowCount(), model.confirmedCount());
}

void TestSyncE2e::serverTerminatedAndRestartedEndsExact()
{
    auto client = makeClient();
    QVERIFY(client);
    client->engine.start();
    verifyExact(*client);
    bobChanges(2);
    QVERIFY(restartServer(false));
    // The server moved to a new port: point the client at it.
    client->rest.setBaseUrl(server_->url());
    client->stream.setUrl(proxy_->rewrite(server_->streamUrl()));
    bobChanges(3);
    verifyExact(*client);
}

void TestSyncE2e::serverKilledAndRestartedEndsExact()
{
    auto client = makeClient();
    QVERIFY(client);
    client->engine.start();
    verifyExact(*client);
    bobChanges(4);
    QVERIFY(restartServer(true));
    client->rest.setBaseUrl(server_->url());
    client->stream.setUrl(proxy_->rewrite(server_->streamUrl()));
    bobChanges(5);
    verifyExact(*client);
}

void TestSyncE2e::repliesQueuedOfflineArriveOnceInOrderAfterRestart()
{
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    const QList<qint64> before = serverMessageIds(*ann_, chatId);
    QVERIFY(!before.isEmpty());
    const QUrl oldUrl = server_->url();
    QCOMPARE(server_->stop(), 0);

    QStringList ids;
    {
        auto client = std::make_unique<Client>(dir_->filePath(u"cache.sqlite"_s), oldUrl,
                                               proxy_->rewrite(oldUrl), annToken_);
        QVERIFY(client->cache.open());
        client->outbox.start();
        for (int i = 1; i <= 3; ++i)
            ids << client->outbox.queueSend(chatId, u"offline reply %1"_s.arg(i));
        for (const QString& id : std::as_const(ids))
            QVERIFY(!id.isEmpty());
        QSignalSpy retrying(&client->outbox, &models::Outbox::retrying);
        QTRY_VERIFY_WITH_TIMEOUT(retrying.size() >= 2, kWait); // refused, tried again
        QCOMPARE(client->cache.outbox().size(), 3);
    } // the client "process" ends

    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    proxy_ = std::make_unique<TcpProxy>(QHostAddress::LocalHost,
                                        static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy_->listen());
    auto client = makeClient(); // new LocalCache on the same file, new Outbox
    QVERIFY(client);
    client->rest.setBaseUrl(server_->url());
    ann_ = std::make_unique<HttpClient>(server_->url());
    ann_->setToken(annToken_);
    const auto outbox = client->cache.outbox();
    QCOMPARE(outbox.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(outbox.at(i).clientId, ids.at(i));
    client->outbox.start();
    client->engine.start();
    // Every reply echoed: the outbox is empty.
    QTRY_VERIFY_WITH_TIMEOUT(client->cache.outbox().isEmpty(), kWait);

    const QList<qint64> after = serverMessageIds(*ann_, chatId);
    QStringList texts;
    for (qint64 id : after) {
        if (before.contains(id))
            continue;
        const auto m = ann_->get(u"/api/v1/messages/%1"_s.arg(id));
        QCOMPARE(m.status, 200);
        if (m.json.value(u"source"_s).toString() == u"agent"_s) {
            texts << m.json.value(u"text"_s).toString();
            QVERIFY(ids.contains(m.json.value(u"client_id"_s).toString()));
        }
    }
    QCOMPARE(texts,
             (QStringList{u"offline reply 1"_s, u"offline reply 2"_s, u"offline reply 3"_s}));
    touched_ << chatId;
    verifyExact(*client);
}

QList<QJsonObject> TestSyncE2e::newAgentMessages(qint64 chatId, const QList<qint64>& before)
{
    QList<QJsonObject> out;
    for (qint64 id : serverMessageIds(*ann_, chatId)) {
        if (before.contains(id))
            continue;
        const auto m = ann_->get(u"/api/v1/messages/%1"_s.arg(id));
        if (m.status == 200 && m.json.value(u"source"_s).toString() == u"agent"_s)
            out << m.json;
    }
    return out;
}

void TestSyncE2e::replyWithAFileArrivesOnceWithItsAttachment()
{
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    const QList<qint64> before = serverMessageIds(*ann_, chatId);
    auto client = makeClient();
    QVERIFY(client);
    client->engine.start();
    client->outbox.start();
    // Live before sending, so the echo is applied from the stream (a snapshot
    // taken after the send would complete it by a replay instead).
    QTRY_COMPARE_WITH_TIMEOUT(client->engine.state(), SyncEngine::State::UpToDate, kWait);
    const QString png = dir_->filePath(u"label.png"_s);
    QVERIFY(writeFile(png, kPng));
    QSignalSpy delivered(&client->outbox, &models::Outbox::delivered);
    const QString id =
        client->outbox.queueSend(chatId, u"your return label"_s, 0, QStringList{png});
    QVERIFY(!id.isEmpty());
    const QString upload = client->outbox.files(id).value(0).uploadClientId;
    QVERIFY(!upload.isEmpty());
    QVERIFY(QFile::remove(png)); // the outbox has its own copy
    // Delivered: the echo came back on the stream.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, kWait);
    QVERIFY(client->cache.outbox().isEmpty());
    QVERIFY(client->cache.outboxFiles(id).isEmpty());

    const QList<QJsonObject> sent = newAgentMessages(chatId, before);
    QCOMPARE(sent.size(), 1);
    const QJsonObject message = sent.first();
    QCOMPARE(message.value(u"client_id"_s).toString(), id);
    QCOMPARE(message.value(u"id"_s).toInteger(), delivered.first().at(1).toLongLong());
    QCOMPARE(message.value(u"text"_s).toString(), u"your return label"_s);
    const QJsonArray attachments = message.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject a = attachments.first().toObject();
    QCOMPARE(a.value(u"client_id"_s).toString(), upload);
    QCOMPARE(a.value(u"filename"_s).toString(), u"label.png"_s);
    QCOMPARE(a.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(a.value(u"size"_s).toInteger(), kPng.size());
    const auto file = ann_->get(a.value(u"url"_s).toString());
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, kPng);
    // The cached history has the message with its attachment too.
    const QList<protocol::Message> cached = client->cache.messages(chatId, 100);
    const auto mine = std::find_if(cached.cbegin(), cached.cend(),
                                   [&id](const protocol::Message& m) { return m.clientId == id; });
    QVERIFY(mine != cached.cend());
    QCOMPARE(mine->attachments.size(), 1);
    QCOMPARE(mine->attachments.first().clientId, upload);
    touched_ << chatId;
}

void TestSyncE2e::serverStoppedBetweenUploadAndSendMakesOneUploadOneMessage()
{
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    const QList<qint64> before = serverMessageIds(*ann_, chatId);
    const QString png = dir_->filePath(u"photo.png"_s);
    QVERIFY(writeFile(png, kPng + "second"));

    QString id;
    QString upload;
    qint64 attachmentId = 0;
    {
        auto client = makeClient();
        QVERIFY(client);
        client->outbox.start();
        // The moment the upload is confirmed, the server goes away: the
        // message cannot follow.
        connect(&client->outbox, &models::Outbox::uploaded, this,
                [&](const QString&, const QString& uploadId, qint64 attachment) {
                    upload = uploadId;
                    attachmentId = attachment;
                    QCOMPARE(server_->stop(), 0);
                });
        QSignalSpy retrying(&client->outbox, &models::Outbox::retrying);
        id = client->outbox.queueSend(chatId, u"photo after a restart"_s, 0, QStringList{png});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(attachmentId > 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!retrying.isEmpty(), kWait); // the send was refused
        QCOMPARE(client->cache.outboxFiles(id).value(0).attachmentId, attachmentId);
    } // the client "process" ends

    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    proxy_ = std::make_unique<TcpProxy>(QHostAddress::LocalHost,
                                        static_cast<quint16>(server_->url().port()));
    QVERIFY(proxy_->listen());
    ann_ = std::make_unique<HttpClient>(server_->url());
    ann_->setToken(annToken_);
    bob_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(bob_->login(u"bob@acme.test"_s).status, 200);
    auto client = makeClient();
    QVERIFY(client);
    QSignalSpy uploaded(&client->outbox, &models::Outbox::uploaded);
    client->outbox.start();
    client->engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(client->cache.outbox().isEmpty(), kWait);
    QCOMPARE(uploaded.size(), 0); // resumed at the message, not the upload

    const QList<QJsonObject> sent = newAgentMessages(chatId, before);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(u"client_id"_s).toString(), id);
    const QJsonArray attachments = sent.first().value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().toObject().value(u"id"_s).toInteger(), attachmentId);
    QCOMPARE(attachments.first().toObject().value(u"client_id"_s).toString(), upload);
    const auto file = ann_->get(u"/api/v1/attachments/%1"_s.arg(attachmentId));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, kPng + "second");
    touched_ << chatId;
    verifyExact(*client);
}

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_sync_e2e.moc"
