// Racing duplicates: the same client id sent several times at once, through
// two batond instances on one database (a single instance serves requests
// one at a time), gives exactly one 201 and replays or 409s, never a 500
// and never a database error in the log.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/message.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Racer {
    QUrl base;
    QByteArray body;
    QByteArray contentType;
    QByteArray filename; // uploads only
};

// Starts every PUT before waiting for any, then collects the answers.
QList<Reply> putAll(QNetworkAccessManager& manager, const QString& token, const QString& path,
                    const QList<Racer>& racers)
{
    QList<QNetworkReply*> pending;
    for (const Racer& racer : racers) {
        QUrl url = racer.base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Content-Type", racer.contentType);
        if (!racer.filename.isEmpty())
            request.setRawHeader("X-Filename", racer.filename);
        pending.append(manager.put(request, racer.body));
    }
    QElapsedTimer timer;
    timer.start();
    const auto allDone = [&] {
        for (QNetworkReply* reply : pending)
            if (!reply->isFinished())
                return false;
        return true;
    };
    while (!allDone() && timer.elapsed() < 60'000)
        QTest::qWait(10);
    QList<Reply> out;
    for (QNetworkReply* reply : pending) {
        out.append(readReply(reply));
        reply->deleteLater();
    }
    return out;
}

QString describe(const QList<Reply>& replies)
{
    QStringList out;
    for (const Reply& r : replies)
        out.append(r.describe());
    return out.join(u"\n"_s);
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void racingSendsGiveOneMessage();
    void racingSendsWithDifferentBodiesConflict();
    void racingUploadsGiveOneAttachment();
    void logsHaveNoDatabaseError();

private:
    qint64 sendableChat();
    QUrl instance(int i) const { return i % 2 == 0 ? primary_.url() : peer_->url(); }

    BatondProcess primary_;
    std::unique_ptr<BatondProcess> peer_;
    std::unique_ptr<HttpClient> http_;
    QNetworkAccessManager manager_;
};

void TestConcurrency::initTestCase()
{
    QString error;
    QVERIFY2(primary_.start(&error), qPrintable(error));
    peer_ = std::make_unique<BatondProcess>(primary_, QStringList{});
    QVERIFY2(peer_->start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(primary_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
}

void TestConcurrency::cleanupTestCase()
{
    QCOMPARE(peer_->stop(), 0);
    QCOMPARE(primary_.stop(), 0);
}

qint64 TestConcurrency::sendableChat()
{
    // The first chat a plain send is accepted in (open support window).
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page = decode<ChatPage>(http_->get(u"/api/v1/chats"_s, query).json);
    if (!page)
        return 0;
    for (const Chat& chat : page->chats) {
        const Reply r = http_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(uuid()),
                                   QJsonObject{{u"text"_s, u"probe"_s}});
        if (r.status == 201)
            return chat.id;
    }
    return 0;
}

void TestConcurrency::racingSendsGiveOneMessage()
{
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    for (int round = 0; round < 3; ++round) {
        const QString clientId = uuid();
        const QByteArray body = QJsonDocument(QJsonObject{{u"text"_s, u"racing %1"_s.arg(round)}})
                                    .toJson(QJsonDocument::Compact);
        QList<Racer> racers;
        for (int i = 0; i < 8; ++i)
            racers.append({instance(i), body, "application/json", {}});
        const QList<Reply> replies =
            putAll(manager_, http_->token(),
                   u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId), racers);
        int created = 0;
        QSet<qint64> ids;
        for (const Reply& r : replies) {
            QVERIFY2(r.status == 201 || r.status == 200, qPrintable(describe(replies)));
            created += r.status == 201;
            const auto message = decode<Message>(r.json);
            QVERIFY2(message.ok(), qPrintable(r.describe()));
            QCOMPARE(message->clientId, clientId);
            ids.insert(message->id);
        }
        QVERIFY2(created == 1, qPrintable(describe(replies)));
        QCOMPARE(ids.size(), 1);

        // Stored once.
        const auto history =
            decode<MessagePage>(http_->get(u"/api/v1/chats/%1/messages"_s.arg(chatId)).json);
        QVERIFY(history.ok());
        int stored = 0;
        for (const Message& m : history->messages)
            stored += m.clientId == clientId;
        QCOMPARE(stored, 1);
    }
}

void TestConcurrency::racingSendsWithDifferentBodiesConflict()
{
    const qint64 chatId = sendableChat();
    QVERIFY(chatId > 0);
    const QString clientId = uuid();
    const QByteArray first =
        QJsonDocument(QJsonObject{{u"text"_s, u"first"_s}}).toJson(QJsonDocument::Compact);
    const QByteArray second =
        QJsonDocument(QJsonObject{{u"text"_s, u"second"_s}}).toJson(QJsonDocument::Compact);
    QList<Racer> racers;
    for (int i = 0; i < 8; ++i)
        racers.append({instance(i / 2), i % 2 == 0 ? first : second, "application/json", {}});
    const QList<Reply> replies =
        putAll(manager_, http_->token(),
               u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId), racers);
    int created = 0;
    QString winner;
    for (const Reply& r : replies) {
        if (r.status == 201) {
            ++created;
            winner = r.json[u"text"_s].toString();
        }
    }
    QVERIFY2(created == 1, qPrintable(describe(replies)));
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const Reply& r = replies.at(i);
        const QString text = i % 2 == 0 ? u"first"_s : u"second"_s;
        if (r.status == 201)
            continue;
        if (text == winner) {
            QVERIFY2(r.status == 200, qPrintable(describe(replies)));
            QCOMPARE(r.json[u"text"_s].toString(), winner);
        } else {
            QVERIFY2(r.status == 409, qPrintable(describe(replies)));
            QCOMPARE(r.errorField(), u"client_id"_s);
        }
    }
}

void TestConcurrency::racingUploadsGiveOneAttachment()
{
    for (int round = 0; round < 3; ++round) {
        const QString clientId = uuid();
        const QByteArray content = "racing upload " + QByteArray::number(round);
        QList<Racer> racers;
        for (int i = 0; i < 8; ++i)
            racers.append({instance(i), content, "text/plain", "race.txt"});
        const QList<Reply> replies =
            putAll(manager_, http_->token(), u"/api/v1/uploads/"_s + clientId, racers);
        int created = 0;
        QSet<qint64> ids;
        for (const Reply& r : replies) {
            QVERIFY2(r.status == 201 || r.status == 200, qPrintable(describe(replies)));
            created += r.status == 201;
            QVERIFY2(r.json[u"id"_s].toInteger() > 0, qPrintable(r.describe()));
            ids.insert(r.json[u"id"_s].toInteger());
        }
        QVERIFY2(created == 1, qPrintable(describe(replies)));
        QCOMPARE(ids.size(), 1);
    }

    // A different file under a used client id, racing: one wins, the other 409.
    const QString clientId = uuid();
    QList<Racer> racers;
    for (int i = 0; i < 8; ++i)
        racers.append({instance(i / 2), i % 2 == 0 ? "one"_ba : "two"_ba, "text/plain", "f.txt"});
    const QList<Reply> replies =
        putAll(manager_, http_->token(), u"/api/v1/uploads/"_s + clientId, racers);
    int created = 0;
    int conflicts = 0;
    for (const Reply& r : replies) {
        QVERIFY2(r.status == 201 || r.status == 200 || r.status == 409,
                 qPrintable(describe(replies)));
        created += r.status == 201;
        conflicts += r.status == 409;
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, 4);
}

void TestConcurrency::logsHaveNoDatabaseError()
{
    for (BatondProcess* server : {&primary_, peer_.get()}) {
        const QString log = server->log();
        QVERIFY2(!log.contains(u"statement failed"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"duplicate key"_s, Qt::CaseInsensitive), qPrintable(log));
        QVERIFY2(!log.contains(u"UNIQUE constraint"_s, Qt::CaseInsensitive), qPrintable(log));
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
