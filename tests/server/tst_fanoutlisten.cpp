// PostgreSQL only: the LISTEN/NOTIFY wake-up between batond instances, and
// its loss. (SQLite has no notifications; there the catch-up read is the
// only path, which tst_fanout covers on both databases.)
// Three instances on one database: A writes; B reads the log only every ten
// minutes, so whatever reaches it sooner came through a notification; C
// reads every 300 ms and has its LISTEN connection killed mid-burst.
#include "batondprocess.h"
#include "fanoutsupport.h"
#include "httpclient.h"
#include "streamclient.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

QList<qint64> range(qint64 after, qint64 last)
{
    QList<qint64> out;
    for (qint64 s = after + 1; s <= last; ++s)
        out.append(s);
    return out;
}

const QString kListeners = u"FROM pg_stat_activity WHERE datname = current_database() "
                           "AND application_name LIKE 'batond-listen-%'"_s;

} // namespace

class TestFanoutListen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void notificationWakesAPeerThatDoesNotPoll();
    void cutListenConnectionLosesNothing();

private:
    void sendText(HttpClient& http, const QString& text);

    BatondProcess primary_;
    std::unique_ptr<BatondProcess> notifiedOnly_;
    std::unique_ptr<BatondProcess> polling_;
    std::unique_ptr<HttpClient> http_;
    qint64 chatId_ = 0;
};

void TestFanoutListen::sendText(HttpClient& http, const QString& text)
{
    const Reply r = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(newClientId()),
                             QJsonObject{{u"text"_s, text}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
}

void TestFanoutListen::initTestCase()
{
    QVERIFY2(TestDatabase::kind() == u"postgresql"_s,
             "this test is about PostgreSQL notifications: run it with BATON_TEST_DB=postgresql");
    QString error;
    QVERIFY2(primary_.start(&error), qPrintable(error));
    notifiedOnly_ = std::make_unique<BatondProcess>(
        primary_, QStringList{u"--catch-up-interval"_s, u"600000"_s});
    QVERIFY2(notifiedOnly_->start(&error), qPrintable(error));
    polling_ =
        std::make_unique<BatondProcess>(primary_, QStringList{u"--catch-up-interval"_s, u"300"_s});
    QVERIFY2(polling_->start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(primary_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
    chatId_ = sendableChat(*http_);
    QVERIFY(chatId_ > 0);
}

void TestFanoutListen::cleanupTestCase()
{
    QCOMPARE(polling_->stop(), 0);
    QCOMPARE(notifiedOnly_->stop(), 0);
    QCOMPARE(primary_.stop(), 0);
}

void TestFanoutListen::notificationWakesAPeerThatDoesNotPoll()
{
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    // Every instance holds one LISTEN connection, named for pg_stat_activity.
    QCOMPARE(db.value(u"SELECT COUNT(*) "_s + kListeners).toInt(), 3);

    const qint64 start = http_->eventHead();
    StreamClient stream;
    QVERIFY(openStream(stream, notifiedOnly_->streamUrl(), http_->token(), start));
    QStringList texts;
    for (int i = 0; i < 20; ++i) {
        texts.append(u"notified %1"_s.arg(i));
        sendText(*http_, texts.constLast());
    }
    const qint64 head = http_->eventHead();
    const QList<QJsonObject> frames = readEventsUpTo(stream, head);
    QCOMPARE(seqsOf(frames), range(start, head));
    const QStringList got = createdTexts(frames);
    for (const QString& text : std::as_const(texts))
        QCOMPARE(got.count(text), 1);
}

void TestFanoutListen::cutListenConnectionLosesNothing()
{
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const qint64 start = http_->eventHead();
    StreamClient stream;
    QVERIFY(openStream(stream, polling_->streamUrl(), http_->token(), start));

    QStringList texts;
    QList<QVariant> killed;
    for (int i = 0; i < 100; ++i) {
        if (i == 30) {
            // Mid-burst: every instance loses its LISTEN connection.
            killed = db.column(u"SELECT pid "_s + kListeners);
            QCOMPARE(killed.size(), 3);
            const QList<QVariant> done =
                db.column(u"SELECT pg_terminate_backend(pid) "_s + kListeners);
            QCOMPARE(done, QList<QVariant>(3, QVariant(true)));
        }
        texts.append(u"cut %1"_s.arg(i));
        sendText(*http_, texts.constLast());
    }
    const qint64 head = http_->eventHead();
    const QList<QJsonObject> frames = readEventsUpTo(stream, head);
    QCOMPARE(seqsOf(frames), range(start, head));
    const QStringList got = createdTexts(frames);
    for (const QString& text : std::as_const(texts))
        QCOMPARE(got.count(text), 1);

    // A and C notice on their next catch-up tick and listen again (B only
    // after ten minutes).
    const auto relistened = [&] {
        int fresh = 0;
        for (const QVariant& pid : db.column(u"SELECT pid "_s + kListeners))
            fresh += killed.contains(pid) ? 0 : 1;
        return fresh;
    };
    QTRY_COMPARE_WITH_TIMEOUT(relistened(), 2, 60'000);

    // Nothing doubled after the catch-up: the next frame is the next seq.
    sendText(*http_, u"cut marker"_s);
    QCOMPARE(seqsOf(readEventsUpTo(stream, head + 1)), QList<qint64>{head + 1});
}

QTEST_GUILESS_MAIN(TestFanoutListen)
#include "tst_fanoutlisten.moc"
