// Outbox against a real LocalCache file and a scripted HTTP peer
// (tests/net/httppeer.h). The peer is used because a real batond cannot be
// made to answer 500 and then succeed, or to refuse a send with a 422 on
// demand; the end-to-end sends against a real batond are in tst_sync_e2e.
#include "httppeer.h"

#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/outbox.h>
#include <net/restclient.h>
#include <protocol/event.h>
#include <protocol/message.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::models::LocalCache;
using baton::models::MessageModel;
using baton::models::Outbox;
using baton::models::OutboxEntry;
using baton::models::OutboxFile;
using baton::test::HttpPeer;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 20'000;

QByteArray messageJson(qint64 id, qint64 chatId, const QString& clientId, const QString& text)
{
    protocol::Message m;
    m.id = id;
    m.chatId = chatId;
    m.clientId = clientId;
    m.direction = protocol::Direction::Out;
    m.source = protocol::MessageSource::Agent;
    m.kind = protocol::MessageKind::Text;
    m.agentId = 1;
    m.text = text;
    m.createdAt = QDateTime::currentDateTimeUtc();
    return QJsonDocument(protocol::toJson(m)).toJson(QJsonDocument::Compact);
}

protocol::Event echo(qint64 seq, qint64 id, qint64 chatId, const QString& clientId,
                     const QString& text)
{
    protocol::Event e;
    e.seq = seq;
    e.type = protocol::EventType::MessageCreated;
    e.at = QDateTime::currentDateTimeUtc();
    e.origin.clientId = clientId;
    auto m = protocol::decodeBytes<protocol::Message>(messageJson(id, chatId, clientId, text));
    e.payload = *m.value;
    return e;
}

QByteArray attachmentJson(qint64 id, const QString& clientId, const QString& name)
{
    protocol::Attachment a;
    a.id = id;
    a.clientId = clientId;
    a.filename = name;
    a.mimeType = u"image/png"_s;
    a.size = 10;
    a.url = u"/api/v1/attachments/%1"_s.arg(id);
    return QJsonDocument(protocol::toJson(a)).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The start of a real PNG file (signature and IHDR chunk).
const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c489");

QList<qint64> attachmentIdsOf(const QByteArray& body)
{
    QList<qint64> ids;
    for (const auto& v :
         QJsonDocument::fromJson(body).object().value(u"attachment_ids"_s).toArray())
        ids << v.toInteger();
    return ids;
}

struct Fixture {
    QTemporaryDir dir;
    HttpPeer peer;
    QNetworkAccessManager network;
    std::unique_ptr<baton::net::RestClient> rest;
    std::unique_ptr<LocalCache> cache;
    std::unique_ptr<Outbox> outbox;

    bool setUp()
    {
        if (!dir.isValid() || !peer.listen())
            return false;
        rest = std::make_unique<baton::net::RestClient>(&network);
        rest->setBaseUrl(peer.url());
        rest->setToken(u"token"_s);
        baton::net::RetryPolicy once;
        once.maxAttempts = 1; // the outbox's own retries are under test
        rest->setRetryPolicy(once);
        return reopen();
    }
    bool reopen()
    {
        outbox.reset();
        cache = std::make_unique<LocalCache>(dir.filePath(u"cache.sqlite"_s));
        if (!cache->open())
            return false;
        outbox = std::make_unique<Outbox>(rest.get(), cache.get());
        outbox->setRetryDelays(20ms, 100ms);
        return true;
    }
};

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writtenToDiskBeforeShownAsSending();
    void retriesAfter500WithTheSameClientId();
    void oneInFlightPerChatKeepsOrder();
    void refusedIsFailedWithTheReasonThenRetriedWithNewText();
    void discardDropsAFailedReply();
    void echoRemovesTheRowAndReplacesThePendingRow();
    void pendingRowsSurviveARestart();
    void filesAreCopiedWhenQueuedAndUploadedFirst();
    void refusedFileFailsTheReplyUntilRetriedFixed();
    void uploadRefusedByTheServerFailsTheReply();
    void restartAfterTheUploadSendsWithoutUploadingAgain();
};

void TestOutbox::writtenToDiskBeforeShownAsSending()
{
    Fixture f;
    QVERIFY(f.setUp());
    MessageModel model(7);
    f.outbox->attachModel(&model);
    bool onDiskWhenShown = false;
    connect(&model, &QAbstractItemModel::rowsInserted, &model,
            [&] { onDiskWhenShown = f.cache->outbox().size() == 1; });
    // Not started: nothing goes out, but the reply is kept and shown.
    const QString id = f.outbox->queueSend(7, u"hello"_s);
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(onDiskWhenShown);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pendingStateAt(0), MessageModel::PendingState::Sending);
    QCOMPARE(f.peer.count(), 0);
    const auto rows = f.cache->outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().clientId, id);
    QCOMPARE(rows.first().body.value(u"text"_s).toString(), u"hello"_s);
    // A second reply gets its own client id.
    QVERIFY(f.outbox->queueSend(7, u"again"_s) != id);
}

void TestOutbox::retriesAfter500WithTheSameClientId()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.peer.enqueue({500, R"({"error":{"code":"internal","message":"boom","field":""}})", {}});
    f.peer.enqueue({503, R"({"error":{"code":"unavailable","message":"later","field":""}})", {}});
    f.outbox->start();
    const QString id = f.outbox->queueSend(3, u"hi"_s);
    f.peer.setFallback({201, messageJson(100, 3, id, u"hi"_s), {}});
    QSignalSpy accepted(f.outbox.get(), &Outbox::accepted);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWait);
    QCOMPARE(accepted.first().at(1).toLongLong(), 100);
    QCOMPARE(f.peer.count(), 3);
    for (const auto& r : f.peer.requests()) {
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(QString::fromUtf8(r.target), u"/api/v1/chats/3/messages/%1"_s.arg(id));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"text"_s).toString(), u"hi"_s);
    }
    // Accepted but not echoed: still on disk.
    QCOMPARE(f.cache->outbox().size(), 1);
}

void TestOutbox::oneInFlightPerChatKeepsOrder()
{
    Fixture f;
    QVERIFY(f.setUp());
    // The first answer is slow: the second reply of the chat must wait for it.
    f.peer.enqueue({201, messageJson(1, 5, {}, u"a"_s), {}, 300});
    f.peer.setFallback({201, messageJson(2, 5, {}, u"b"_s), {}});
    const QString a = f.outbox->queueSend(5, u"a"_s);
    const QString b = f.outbox->queueSend(5, u"b"_s);
    f.outbox->start();
    QCOMPARE(f.outbox->inFlight(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.count(), 2, kWait);
    const auto& first = f.peer.requests().at(0);
    const auto& second = f.peer.requests().at(1);
    QVERIFY(first.target.endsWith(a.toUtf8()));
    QVERIFY(second.target.endsWith(b.toUtf8()));
    QVERIFY(first.answeredMs >= 0);
    QVERIFY(second.receivedMs >= first.answeredMs);
}

void TestOutbox::refusedIsFailedWithTheReasonThenRetriedWithNewText()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.peer.enqueue(
        {422,
         R"({"error":{"code":"invalid_field","message":"the support window is closed","field":"text"}})",
         {}});
    MessageModel model(9);
    f.outbox->attachModel(&model);
    f.outbox->start();
    QSignalSpy failed(f.outbox.get(), &Outbox::failed);
    const QString id = f.outbox->queueSend(9, u"late"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(failed.first().at(1).toString(), u"the support window is closed"_s);
    QCOMPARE(f.peer.count(), 1); // a 4xx is not retried
    auto rows = f.cache->outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().state, OutboxEntry::State::Failed);
    QCOMPARE(rows.first().error, u"the support window is closed"_s);
    QCOMPARE(model.pendingStateAt(0), MessageModel::PendingState::Failed);
    QCOMPARE(model.data(model.index(0), MessageModel::FailureReasonRole).toString(),
             u"the support window is closed"_s);

    f.peer.setFallback({201, "{}", {}});
    const QString edited = f.outbox->retry(id, u"edited"_s);
    QVERIFY(!edited.isEmpty());
    QVERIFY(edited != id);
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.count(), 2, kWait);
    QVERIFY(f.peer.requests().at(1).target.endsWith(edited.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(f.peer.requests().at(1).body).object().value(u"text"_s),
             u"edited"_s);
    rows = f.cache->outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().clientId, edited);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0), MessageModel::TextRole).toString(), u"edited"_s);
}

void TestOutbox::discardDropsAFailedReply()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.peer.setFallback(
        {409, R"({"error":{"code":"conflict","message":"used","field":"client_id"}})", {}});
    MessageModel model(4);
    f.outbox->attachModel(&model);
    f.outbox->start();
    QSignalSpy failed(f.outbox.get(), &Outbox::failed);
    const QString id = f.outbox->queueSend(4, u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QVERIFY(f.outbox->discard(id));
    QVERIFY(f.cache->outbox().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!f.outbox->discard(id));
}

void TestOutbox::echoRemovesTheRowAndReplacesThePendingRow()
{
    Fixture f;
    QVERIFY(f.setUp());
    MessageModel model(2);
    f.outbox->attachModel(&model);
    f.outbox->start();
    const QString id = f.outbox->queueSend(2, u"yo"_s);
    f.peer.setFallback({201, messageJson(55, 2, id, u"yo"_s), {}});
    QSignalSpy accepted(f.outbox.get(), &Outbox::accepted);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWait);
    QCOMPARE(f.cache->outbox().size(), 1);
    // What the SyncEngine does with the echo: cache (row deleted in the same
    // transaction), then the model, then the outbox.
    const QList<protocol::Event> events{echo(1, 55, 2, id, u"yo"_s)};
    const auto result = f.cache->apply(events);
    QVERIFY(result.ok);
    QVERIFY(f.cache->outbox().isEmpty());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyEvents(events);
    QSignalSpy delivered(f.outbox.get(), &Outbox::delivered);
    f.outbox->eventsApplied(events);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.messageAt(0).id, 55);
    QCOMPARE(model.pendingStateAt(0), MessageModel::PendingState::None);
    QVERIFY(f.outbox->entries().isEmpty());
}

void TestOutbox::pendingRowsSurviveARestart()
{
    Fixture f;
    QVERIFY(f.setUp());
    // Queued while "offline" (never started), then the client restarts.
    const QString a = f.outbox->queueSend(8, u"one"_s);
    const QString b = f.outbox->queueSend(8, u"two"_s);
    const QString c = f.outbox->queueSend(6, u"three"_s);
    QVERIFY(f.reopen());
    MessageModel model(8);
    f.outbox->attachModel(&model);
    QCOMPARE(model.rowCount(), 0); // not loaded before start()
    f.peer.setFallback({201, "{}", {}});
    f.outbox->start();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), MessageModel::ClientIdRole).toString(), a);
    QCOMPARE(model.data(model.index(1), MessageModel::ClientIdRole).toString(), b);
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.count(), 3, kWait);
    QStringList chat8;
    for (const auto& r : f.peer.requests()) {
        if (r.target.startsWith("/api/v1/chats/8/"))
            chat8 << QString::fromUtf8(r.target.mid(r.target.lastIndexOf('/') + 1));
    }
    QCOMPARE(chat8, (QStringList{a, b}));
    Q_UNUSED(c)
}

void TestOutbox::filesAreCopiedWhenQueuedAndUploadedFirst()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString png = f.dir.filePath(u"parcel.png"_s);
    const QString text = f.dir.filePath(u"Rücksendeschein.txt"_s);
    const QByteArray textBytes = "return label\n";
    QVERIFY(writeFile(png, kPng));
    QVERIFY(writeFile(text, textBytes));
    MessageModel model(3);
    f.outbox->attachModel(&model);
    const QString id = f.outbox->queueSend(3, u"see attached"_s, 918340, QStringList{png, text});
    QVERIFY(!id.isEmpty());
    // The bytes are in the cache: the originals can go.
    QVERIFY(QFile::remove(png));
    QVERIFY(QFile::remove(text));
    const QList<OutboxFile> files = f.outbox->files(id);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).fileName, u"parcel.png"_s);
    QCOMPARE(files.at(0).mimeType, u"image/png"_s);
    QCOMPARE(files.at(1).mimeType, u"text/plain"_s);
    QVERIFY(files.at(0).uploadClientId != files.at(1).uploadClientId);
    QCOMPARE(model.rowCount(), 1);

    // The first upload meets a 503 and is repeated with the same client id.
    f.peer.enqueue({503, R"({"error":{"code":"unavailable","message":"later","field":""}})", {}});
    f.peer.enqueue({201, attachmentJson(901, files.at(0).uploadClientId, u"parcel.png"_s), {}});
    f.peer.enqueue({201, attachmentJson(902, files.at(1).uploadClientId, u"label.txt"_s), {}});
    f.peer.enqueue({201, messageJson(100, 3, id, u"see attached"_s), {}});
    QSignalSpy uploaded(f.outbox.get(), &Outbox::uploaded);
    QSignalSpy accepted(f.outbox.get(), &Outbox::accepted);
    f.outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWait);
    QCOMPARE(uploaded.size(), 2);
    QCOMPARE(f.peer.count(), 4);
    const auto& r = f.peer.requests();
    const QByteArray first = "/api/v1/uploads/" + files.at(0).uploadClientId.toUtf8();
    QCOMPARE(r.at(0).target, first);
    QCOMPARE(r.at(1).target, first);
    QCOMPARE(r.at(0).method, QByteArray("PUT"));
    QCOMPARE(r.at(1).body, kPng);
    QCOMPARE(r.at(1).headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(r.at(1).headers.value("x-filename"), QByteArray("parcel.png"));
    QCOMPARE(r.at(2).target, "/api/v1/uploads/" + files.at(1).uploadClientId.toUtf8());
    QCOMPARE(r.at(2).body, textBytes);
    QCOMPARE(r.at(2).headers.value("x-filename"), QByteArray("R%C3%BCcksendeschein.txt"));
    QCOMPARE(r.at(3).target, "/api/v1/chats/3/messages/" + id.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(r.at(3).body).object();
    QCOMPARE(body.value(u"text"_s).toString(), u"see attached"_s);
    QCOMPARE(body.value(u"reply_to"_s).toInteger(), 918340);
    QCOMPARE(attachmentIdsOf(r.at(3).body), (QList<qint64>{901, 902}));
    // The attachment ids are on disk.
    const QList<OutboxFile> stored = f.cache->outboxFiles(id);
    QCOMPARE(stored.at(0).attachmentId, 901);
    QCOMPARE(stored.at(1).attachmentId, 902);
}

void TestOutbox::refusedFileFailsTheReplyUntilRetriedFixed()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString tool = f.dir.filePath(u"tool.png"_s);
    const QString later = f.dir.filePath(u"later.png"_s);
    QVERIFY(writeFile(tool, QByteArray("\x7f"
                                       "ELF\x02\x01\x01 more bytes")));
    MessageModel model(5);
    f.outbox->attachModel(&model);
    f.outbox->start();
    QSignalSpy failed(f.outbox.get(), &Outbox::failed);
    const QString id = f.outbox->queueSend(5, u"look"_s, 0, QStringList{tool, later});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(u"tool.png"_s) && reason.contains(u"executable"_s),
             qPrintable(reason));
    QVERIFY2(reason.contains(u"later.png"_s), qPrintable(reason));
    QCOMPARE(f.cache->outbox().first().state, OutboxEntry::State::Failed);
    QCOMPARE(model.pendingStateAt(0), MessageModel::PendingState::Failed);
    QCOMPARE(f.peer.count(), 0); // nothing went out without the files

    // One file fixed, the other still missing: still failed, for that one.
    QVERIFY(writeFile(tool, kPng));
    QCOMPARE(f.outbox->retry(id), id);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().at(1).toString().contains(u"later.png"_s));
    QVERIFY(!failed.last().at(1).toString().contains(u"tool.png"_s));
    QCOMPARE(f.peer.count(), 0);

    QVERIFY(writeFile(later, kPng + "x"));
    const QList<OutboxFile> files = f.outbox->files(id);
    f.peer.enqueue({201, attachmentJson(1, files.at(0).uploadClientId, u"tool.png"_s), {}});
    f.peer.enqueue({201, attachmentJson(2, files.at(1).uploadClientId, u"later.png"_s), {}});
    f.peer.enqueue({201, messageJson(10, 5, id, u"look"_s), {}});
    QSignalSpy accepted(f.outbox.get(), &Outbox::accepted);
    QCOMPARE(f.outbox->retry(id), id);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWait);
    QCOMPARE(f.peer.count(), 3);
    QCOMPARE(f.peer.requests().at(0).body, kPng);
    QCOMPARE(f.peer.requests().at(1).body, kPng + "x");
    QCOMPARE(attachmentIdsOf(f.peer.requests().at(2).body), (QList<qint64>{1, 2}));
}

void TestOutbox::uploadRefusedByTheServerFailsTheReply()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString pdf = f.dir.filePath(u"scan.pdf"_s);
    QVERIFY(writeFile(pdf, "%PDF-1.7 not really"));
    f.peer.enqueue(
        {415,
         R"({"error":{"code":"unsupported_media_type","message":"executable files are not accepted","field":""}})",
         {}});
    f.outbox->start();
    QSignalSpy failed(f.outbox.get(), &Outbox::failed);
    const QString id = f.outbox->queueSend(6, QString(), 0, QStringList{pdf});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(failed.first().at(1).toString(), u"scan.pdf: executable files are not accepted"_s);
    QCOMPARE(f.peer.count(), 1); // a 4xx is final; no message was sent
    QCOMPARE(f.cache->outbox().first().state, OutboxEntry::State::Failed);
    QVERIFY(f.outbox->discard(id));
    QVERIFY(f.cache->outboxFiles(id).isEmpty());
}

void TestOutbox::restartAfterTheUploadSendsWithoutUploadingAgain()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString png = f.dir.filePath(u"a.png"_s);
    QVERIFY(writeFile(png, kPng));
    f.outbox->start();
    const QString id = f.outbox->queueSend(4, u"pic"_s, 0, QStringList{png});
    const QString upload = f.outbox->files(id).first().uploadClientId;
    f.peer.enqueue({201, attachmentJson(77, upload, u"a.png"_s), {}});
    f.peer.enqueue({200, "{}", {}, 0, true}); // the send never gets an answer
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.count(), 2, kWait);
    QCOMPARE(f.cache->outboxFiles(id).first().attachmentId, 77);

    QVERIFY(f.reopen()); // the client restarts
    f.peer.setFallback({201, messageJson(5, 4, id, u"pic"_s), {}});
    QSignalSpy uploaded(f.outbox.get(), &Outbox::uploaded);
    QSignalSpy accepted(f.outbox.get(), &Outbox::accepted);
    f.outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWait);
    QCOMPARE(uploaded.size(), 0);
    QCOMPARE(f.peer.count(), 3);
    QCOMPARE(f.peer.requests().at(2).target, "/api/v1/chats/4/messages/" + id.toUtf8());
    QCOMPARE(attachmentIdsOf(f.peer.requests().at(2).body), QList<qint64>{77});
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
