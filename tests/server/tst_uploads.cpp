// Uploads and attachments: raw PUT with X-Filename, idempotent by client
// id, 413 beyond 20 MiB (refused before the body is read, also chunked),
// 415 for executables whatever their name, byte-identical downloads, sends
// with attachment_ids, and cross-workspace 404s.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/message.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

constexpr qint64 kLimit = 20LL * 1024 * 1024;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(static_cast<quint32>(size));
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(gen.bounded(256));
    // Never start like an executable by accident.
    if (size > 0)
        out[0] = 'P';
    return out;
}

// The raw answer of one request on a fresh TCP connection: status line,
// headers and body as the server wrote them.
struct RawReply {
    int status = 0;
    QByteArray head;
    QByteArray body;
    qint64 bodyBytesSent = 0;
};

} // namespace

class TestUploads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void uploadAndDownloadAreByteIdentical();
    void uploadIsIdempotentByClientId();
    void headerAndContentChecks();
    void executablesAreRefusedByContent();
    void exactlyTwentyMiBIsAccepted();
    void overTwentyMiBIs413();
    void oversizedBodiesAreRefusedBeforeTheyArrive();
    void sendWithAttachments();
    void otherWorkspacesGet404();

private:
    Reply upload(const QString& token, const QString& clientId, const QByteArray& body,
                 const QByteArray& filename, const QByteArray& contentType);
    // Sends `head` then up to `bodyBytes` bytes (in 64 KiB pieces) and reads the answer.
    RawReply raw(const QByteArray& head, qint64 bodyBytes, bool chunked = false);

    BatondProcess server_;
    std::unique_ptr<HttpClient> ann_;
    QNetworkAccessManager manager_;
};

void TestUploads::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    ann_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(ann_->login(u"ann@acme.test"_s).status, 200);
}

void TestUploads::cleanupTestCase()
{
    ann_.reset();
    QCOMPARE(server_.stop(), 0);
}

Reply TestUploads::upload(const QString& token, const QString& clientId, const QByteArray& body,
                          const QByteArray& filename, const QByteArray& contentType)
{
    QUrl url = server_.url();
    url.setPath(u"/api/v1/uploads/"_s + clientId);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!filename.isNull())
        request.setRawHeader("X-Filename", filename);
    if (!contentType.isNull())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply* reply = manager_.put(request, body);
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 30000)
        QTest::qWait(10);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

RawReply TestUploads::raw(const QByteArray& head, qint64 bodyBytes, bool chunked)
{
    RawReply out;
    QTcpSocket socket;
    socket.connectToHost(server_.url().host(), static_cast<quint16>(server_.url().port()));
    if (!socket.waitForConnected(5000))
        return out;
    socket.write(head);
    const QByteArray piece(64 * 1024, 'a');
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    // Keep sending while reading, as a client streaming a file would, and
    // stop once the server has answered.
    while (out.bodyBytesSent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState &&
           !received.contains("\r\n\r\n") && timer.elapsed() < 30000) {
        const qint64 n = std::min<qint64>(piece.size(), bodyBytes - out.bodyBytesSent);
        if (chunked)
            socket.write(QByteArray::number(n, 16) + "\r\n" + piece.left(n) + "\r\n");
        else
            socket.write(piece.left(n));
        out.bodyBytesSent += n;
        while (socket.bytesToWrite() > 1024 * 1024 &&
               socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForBytesWritten(100);
        socket.waitForReadyRead(0);
        received += socket.readAll();
    }
    // Read what arrived, also when the server has closed already.
    while (!received.contains("\r\n\r\n") && timer.elapsed() < 30000) {
        const bool open = socket.state() == QAbstractSocket::ConnectedState;
        if (open)
            socket.waitForReadyRead(200);
        received += socket.readAll();
        if (!open)
            break;
    }
    // The body, by its Content-Length.
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return out;
    out.head = received.left(end);
    out.status = out.head.mid(9, 3).toInt();
    qsizetype length = 0;
    for (const QByteArray& line : out.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    while (received.size() < end + 4 + length && timer.elapsed() < 30000) {
        const bool open = socket.state() == QAbstractSocket::ConnectedState;
        if (open)
            socket.waitForReadyRead(200);
        received += socket.readAll();
        if (!open)
            break;
    }
    out.body = received.mid(end + 4, length);
    return out;
}

void TestUploads::uploadAndDownloadAreByteIdentical()
{
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
    const QString clientId = uuid();
    const Reply r = upload(ann_->token(), clientId.toUpper(), bytes, "R%C3%BCcksendeschein.pdf",
                           "Application/PDF; charset=binary");
    QCOMPARE(r.status, 201);
    const auto a = decode<Attachment>(r.json);
    QVERIFY2(a.ok(), qPrintable(r.describe()));
    QCOMPARE(a->clientId, clientId); // stored and echoed in lower case
    QCOMPARE(a->filename, u"Rücksendeschein.pdf"_s);
    QCOMPARE(a->mimeType, u"application/pdf"_s);
    QCOMPARE(a->size, bytes.size());
    QCOMPARE(a->url, u"/api/v1/attachments/%1"_s.arg(a->id));

    // Any agent of the workspace downloads it, byte for byte.
    HttpClient bob(server_.url());
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    const Reply d = bob.get(a->url);
    QCOMPARE(d.status, 200);
    QCOMPARE(d.body.size(), bytes.size());
    QVERIFY(d.body == bytes);
    QCOMPARE(d.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(d.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(d.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"Rucksendeschein.pdf\"; "
                        "filename*=UTF-8''R%C3%BCcksendeschein.pdf"));
    QVERIFY(d.headers.value("cache-control").contains("immutable"));
    QCOMPARE(bob.get(u"/api/v1/attachments/999999999"_s).status, 404);
    // Downloads need the token.
    HttpClient anonymous(server_.url());
    QCOMPARE(anonymous.get(a->url).status, 401);
}

void TestUploads::uploadIsIdempotentByClientId()
{
    const QByteArray bytes = randomBytes(1000);
    const QString clientId = uuid();
    const Reply first = upload(ann_->token(), clientId, bytes, "a.png", "image/png");
    QCOMPARE(first.status, 201);
    const Reply again = upload(ann_->token(), clientId, bytes, "a.png", "image/png");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json, first.json);
    // Another file, name or type under the same id: a conflict.
    for (const Reply& r : {upload(ann_->token(), clientId, randomBytes(1001), "a.png", "image/png"),
                           upload(ann_->token(), clientId, bytes, "b.png", "image/png"),
                           upload(ann_->token(), clientId, bytes, "a.png", "image/jpeg")}) {
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorField(), u"client_id"_s);
    }
    const Reply d = ann_->get(first.json[u"url"_s].toString());
    QVERIFY(d.body == bytes);
}

void TestUploads::headerAndContentChecks()
{
    const QString token = ann_->token();
    const QByteArray bytes = randomBytes(100);
    Reply r = upload(token, u"not-a-uuid"_s, bytes, "a.txt", "text/plain");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"client_id"_s);
    for (const QByteArray& name :
         {QByteArray(), QByteArray(""), QByteArray("a%2Fb.txt"), QByteArray("a%5Cb.txt"),
          QByteArray("a%00.txt"), QByteArray("%FF%FE.txt"), QByteArray(256, 'n')}) {
        r = upload(token, uuid(), bytes, name, "text/plain");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"X-Filename"_s);
    }
    QCOMPARE(upload(token, uuid(), bytes, QByteArray(255, 'n'), "text/plain").status, 201);
    for (const QByteArray& type : {QByteArray("text"), QByteArray("a b/c"), QByteArray("/x")}) {
        r = upload(token, uuid(), bytes, "a.txt", type);
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorField(), u"Content-Type"_s);
    }
    // No Content-Type at all (QNetworkAccessManager would add one).
    const RawReply untyped =
        raw("PUT /api/v1/uploads/" + uuid().toLatin1() +
                " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token.toLatin1() +
                "\r\nX-Filename: a.txt\r\nContent-Length: 5\r\n\r\nhello",
            0);
    QCOMPARE(untyped.status, 415);
    QCOMPARE(QJsonDocument::fromJson(untyped.body).object()[u"error"_s][u"field"_s].toString(),
             u"Content-Type"_s);
    r = upload(token, uuid(), {}, "empty.txt", "text/plain");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
}

void TestUploads::executablesAreRefusedByContent()
{
    const QList<QByteArray> heads{
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\x00",
                   8),
        QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8),
        QByteArray("\xcf\xfa\xed\xfe\x07\x00\x00\x01", 8),
        QByteArray("\xca\xfe\xba\xbe\x00\x00\x00\x02", 8),
        QByteArray("#!/bin/sh\necho hi\n"),
    };
    for (const QByteArray& head : heads) {
        // Disguised: a harmless name and type.
        const Reply r =
            upload(ann_->token(), uuid(), head + randomBytes(4096), "photo.jpg", "image/jpeg");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), u"unsupported_media_type"_s);
        QCOMPARE(r.errorField(), u""_s);
    }
    // A file that merely mentions ELF later on is fine.
    QCOMPARE(upload(ann_->token(), uuid(),
                    "notes: \x7f"
                    "ELF inside",
                    "notes.txt", "text/plain")
                 .status,
             201);
}

void TestUploads::exactlyTwentyMiBIsAccepted()
{
    const QByteArray bytes = randomBytes(kLimit);
    const Reply r = upload(ann_->token(), uuid(), bytes, "big.bin", "application/octet-stream");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"size"_s].toInteger(), kLimit);
    const Reply d = ann_->get(r.json[u"url"_s].toString());
    QCOMPARE(d.status, 200);
    QVERIFY(d.body == bytes);
}

void TestUploads::overTwentyMiBIs413()
{
    const QByteArray head = "PUT /api/v1/uploads/" + uuid().toLatin1() +
                            " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                            ann_->token().toLatin1() +
                            "\r\nContent-Type: application/octet-stream\r\n"
                            "X-Filename: big.bin\r\nContent-Length: " +
                            QByteArray::number(kLimit + 1) + "\r\n\r\n";
    const RawReply r = raw(head, kLimit + 1);
    QCOMPARE(r.status, 413);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body[u"error"_s][u"code"_s].toString(), u"payload_too_large"_s);
    QVERIFY(r.head.toLower().contains("content-type: application/json"));
    // The server is fine afterwards.
    QCOMPARE(ann_->get(u"/api/v1/me"_s).status, 200);
}

void TestUploads::oversizedBodiesAreRefusedBeforeTheyArrive()
{
    // 10 GiB announced, nothing sent: the answer comes at once, so the
    // server did not wait for (or buffer) the body.
    QElapsedTimer timer;
    timer.start();
    const QByteArray head = "PUT /api/v1/uploads/" + uuid().toLatin1() +
                            " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                            ann_->token().toLatin1() +
                            "\r\nContent-Type: video/mp4\r\nX-Filename: huge.mp4\r\n"
                            "Content-Length: 10737418240\r\n\r\n";
    RawReply r = raw(head, 0);
    QCOMPARE(r.status, 413);
    QVERIFY(timer.elapsed() < 5000);

    // Chunked: refused once the chunks add up to more than 20 MiB.
    const QByteArray chunkedHead = "PUT /api/v1/uploads/" + uuid().toLatin1() +
                                   " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                                   ann_->token().toLatin1() +
                                   "\r\nContent-Type: video/mp4\r\nX-Filename: huge.mp4\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n";
    r = raw(chunkedHead, 64LL * 1024 * 1024, true);
    QCOMPARE(r.status, 413);
    // It stopped listening well before all 64 MiB were sent.
    QVERIFY2(r.bodyBytesSent < 64LL * 1024 * 1024, qPrintable(QString::number(r.bodyBytesSent)));

    // A small chunked upload still works.
    const QByteArray small = "PUT /api/v1/uploads/" + uuid().toLatin1() +
                             " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                             ann_->token().toLatin1() +
                             "\r\nContent-Type: text/plain\r\nX-Filename: small.txt\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n";
    RawReply ok = raw(small + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", 0);
    QCOMPARE(ok.status, 201);
    QCOMPARE(QJsonDocument::fromJson(ok.body).object()[u"size"_s].toInteger(), 11);
    QCOMPARE(ann_->get(u"/api/v1/me"_s).status, 200);
}

void TestUploads::sendWithAttachments()
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"channel"_s, u"telegram"_s);
    query.addQueryItem(u"limit"_s, u"50"_s);
    const auto page = decode<ChatPage>(ann_->get(u"/api/v1/chats"_s, query).json);
    qint64 chatId = 0;
    for (const Chat& c : page->chats) {
        const QJsonObject s = ann_->get(u"/api/v1/subscribers/%1"_s.arg(c.subscriberId)).json;
        if (s[u"status"_s].toString() == u"active"_s && c.type == ChatType::Personal) {
            chatId = c.id;
            break;
        }
    }
    QVERIFY(chatId > 0);
    const auto one = decode<Attachment>(
        upload(ann_->token(), uuid(), randomBytes(2000), "one.pdf", "application/pdf").json);
    const auto two = decode<Attachment>(
        upload(ann_->token(), uuid(), randomBytes(3000), "two.jpg", "image/jpeg").json);
    QVERIFY(one.ok() && two.ok());

    // Files without text, in the order given.
    const QString path = u"/api/v1/chats/%1/messages/"_s.arg(chatId);
    Reply r = ann_->put(path + uuid(),
                        {{u"text"_s, u""_s}, {u"attachment_ids"_s, QJsonArray{two->id, one->id}}});
    QCOMPARE(r.status, 201);
    const auto m = decode<Message>(r.json);
    QVERIFY2(m.ok(), qPrintable(r.describe()));
    QCOMPARE(m->attachments.size(), 2);
    QCOMPARE(m->attachments.at(0), *two);
    QCOMPARE(m->attachments.at(1), *one);
    // The history shows them.
    const auto history =
        decode<MessagePage>(ann_->get(u"/api/v1/chats/%1/messages"_s.arg(chatId)).json);
    bool found = false;
    for (const Message& h : history->messages) {
        if (h.id == m->id) {
            QCOMPARE(h.attachments, m->attachments);
            found = true;
        }
    }
    QVERIFY(found);
    // The preview of a message without text is its first file's name.
    QCOMPARE(decode<Chat>(ann_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json)->lastMessage->text,
             u"two.jpg"_s);

    // Used once only; unknown ids and duplicates are refused.
    r = ann_->put(path + uuid(),
                  {{u"text"_s, u"again"_s}, {u"attachment_ids"_s, QJsonArray{one->id}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"attachment_ids[0]"_s);
    const auto three = decode<Attachment>(
        upload(ann_->token(), uuid(), randomBytes(10), "three.txt", "text/plain").json);
    r = ann_->put(path + uuid(),
                  {{u"text"_s, u"x"_s}, {u"attachment_ids"_s, QJsonArray{three->id, 999999999}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"attachment_ids[1]"_s);
    r = ann_->put(path + uuid(),
                  {{u"text"_s, u"x"_s}, {u"attachment_ids"_s, QJsonArray{three->id, three->id}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"attachment_ids[1]"_s);
    // Another workspace's upload is like one that does not exist.
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const auto theirs = decode<Attachment>(
        upload(gail.token(), uuid(), randomBytes(10), "g.txt", "text/plain").json);
    QVERIFY(theirs.ok());
    r = ann_->put(path + uuid(),
                  {{u"text"_s, u"x"_s}, {u"attachment_ids"_s, QJsonArray{theirs->id}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"attachment_ids[0]"_s);
    // With text: fine.
    r = ann_->put(path + uuid(),
                  {{u"text"_s, u"Here you go"_s}, {u"attachment_ids"_s, QJsonArray{three->id}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"attachments"_s].toArray().size(), 1);
}

void TestUploads::otherWorkspacesGet404()
{
    const auto mine = decode<Attachment>(
        upload(ann_->token(), uuid(), randomBytes(64), "acme.txt", "text/plain").json);
    QVERIFY(mine.ok());
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const Reply missing = gail.get(u"/api/v1/attachments/999999999"_s);
    QCOMPARE(missing.status, 404);
    const Reply r = gail.get(mine->url);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json, missing.json);
    // Client ids are per workspace: Globex may use the same one.
    QCOMPARE(
        upload(gail.token(), mine->clientId, randomBytes(64), "globex.txt", "text/plain").status,
        201);
    QVERIFY(ann_->get(mine->url).body == randomBytes(64));
}

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
