// Scale-out: two batond instances on one database (primary A, peer B).
// A stream on one instance gets the events written through the other, in
// order, each once; a stream resumed after a peer restart gets exactly the
// missed events; bot wake-ups and flow waits fire once across instances; 50
// concurrent writers spread over both keep the workspace's seqs contiguous.
// Runs on both databases: on SQLite the two processes share one file and see
// each other's events through the periodic catch-up read alone.
#include "batondprocess.h"
#include "channelclient.h"
#include "fanoutsupport.h"
#include "httpclient.h"
#include "streamclient.h"

#include <protocol/botstatus.h>
#include <protocol/chat.h>
#include <protocol/json.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

constexpr qint64 kTelegramBot = 1;

QList<qint64> range(qint64 after, qint64 last)
{
    QList<qint64> out;
    for (qint64 s = after + 1; s <= last; ++s)
        out.append(s);
    return out;
}

} // namespace

class TestFanout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void eventsReachTheOtherInstance_data();
    void eventsReachTheOtherInstance();
    void resumeAfterPeerRestartGetsExactlyTheMissed();
    void fiftyConcurrentWritersKeepSeqsContiguous();
    void logoutClosesStreamsOnTheOtherInstance();
    void wakeUpIsAppliedOnce();
    void flowWaitResumesOnce();

private:
    BatondProcess& instance(int i) { return i == 0 ? primary_ : *peer_; }
    std::unique_ptr<HttpClient> client(int i);
    void sendText(HttpClient& http, const QString& text);
    // One request to each instance: each serves one thing at a time, so
    // any timer work it had started is finished when the answer comes.
    void settleBoth();

    BatondProcess primary_{QStringList{u"--demo"_s, u"--catch-up-interval"_s, u"200"_s}};
    std::unique_ptr<BatondProcess> peer_;
    QString token_;
    qint64 chatId_ = 0;
};

std::unique_ptr<HttpClient> TestFanout::client(int i)
{
    auto http = std::make_unique<HttpClient>(instance(i).url());
    http->setToken(token_);
    return http;
}

void TestFanout::sendText(HttpClient& http, const QString& text)
{
    const Reply r = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(newClientId()),
                             QJsonObject{{u"text"_s, text}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
}

void TestFanout::settleBoth()
{
    for (int i = 0; i < 2; ++i)
        QVERIFY(client(i)->eventHead() > 0);
}

void TestFanout::initTestCase()
{
    // Flow waits are looked at every 100 ms on both, so both race for each.
    primary_.setEnvironment(u"BATON_ENGINE_TICK_MS"_s, u"100"_s);
    QString error;
    QVERIFY2(primary_.start(&error), qPrintable(error));
    peer_ =
        std::make_unique<BatondProcess>(primary_, QStringList{u"--catch-up-interval"_s, u"200"_s});
    peer_->setEnvironment(u"BATON_ENGINE_TICK_MS"_s, u"100"_s);
    QVERIFY2(peer_->start(&error), qPrintable(error));
    HttpClient http(primary_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    token_ = http.token();
    // The probe send also makes the head non-zero (after 0 always resyncs).
    chatId_ = sendableChat(http);
    QVERIFY(chatId_ > 0);
    QVERIFY(http.eventHead() > 0);
}

void TestFanout::cleanupTestCase()
{
    QCOMPARE(peer_->stop(), 0);
    QCOMPARE(primary_.stop(), 0);
}

void TestFanout::eventsReachTheOtherInstance_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("A to B") << 0 << 1;
    QTest::newRow("B to A") << 1 << 0;
}

void TestFanout::eventsReachTheOtherInstance()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const auto senderPtr = client(from);
    HttpClient& sender = *senderPtr;
    const qint64 start = sender.eventHead();
    StreamClient stream;
    QVERIFY(openStream(stream, instance(to).streamUrl(), token_, start));

    const QString tag = u"fan %1%2"_s.arg(from).arg(to);
    QStringList texts;
    for (int i = 0; i < 100; ++i) {
        texts.append(u"%1 #%2"_s.arg(tag).arg(i));
        sendText(sender, texts.constLast());
    }
    const qint64 head = sender.eventHead();
    QVERIFY(head >= start + 100);

    const QList<QJsonObject> frames = readEventsUpTo(stream, head);
    QCOMPARE(seqsOf(frames), range(start, head));
    // The very events the log holds (a demo timer may have added some since).
    QList<QJsonObject> stored = sender.eventsAfter(start);
    stored.removeIf([head](const QJsonObject& e) { return e[u"seq"_s].toInteger() > head; });
    QCOMPARE(stored.size(), frames.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(frames.at(i)[u"event"_s].toObject(), stored.at(i));
    const QStringList got = createdTexts(frames);
    for (const QString& text : texts)
        QCOMPARE(got.count(text), 1);
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND text LIKE ?"_s,
                      {chatId_, QString(tag + u" #%"_s)})
                 .toInt(),
             100);

    // Nothing doubled after the last one either: the next frame is the next seq.
    sendText(sender, tag + u" marker"_s);
    QCOMPARE(seqsOf(readEventsUpTo(stream, head + 1)), QList<qint64>{head + 1});
}

void TestFanout::resumeAfterPeerRestartGetsExactlyTheMissed()
{
    const auto aPtr = client(0);
    HttpClient& a = *aPtr;
    const qint64 start = a.eventHead();
    qint64 applied = start;
    {
        StreamClient stream;
        QVERIFY(openStream(stream, peer_->streamUrl(), token_, start));
        for (int i = 0; i < 10; ++i)
            sendText(a, u"before restart %1"_s.arg(i));
        applied = a.eventHead();
        QCOMPARE(seqsOf(readEventsUpTo(stream, applied)), range(start, applied));
        QCOMPARE(peer_->stop(), 0);
        QVERIFY(stream.waitClosed());
    }
    QStringList missed;
    for (int i = 0; i < 30; ++i) {
        missed.append(u"while the peer is down %1"_s.arg(i));
        sendText(a, missed.constLast());
    }
    const qint64 head = a.eventHead();
    QString error;
    QVERIFY2(peer_->start(&error), qPrintable(error));

    StreamClient stream;
    QVERIFY(openStream(stream, peer_->streamUrl(), token_, applied));
    const QList<QJsonObject> frames = readEventsUpTo(stream, head);
    QCOMPARE(seqsOf(frames), range(applied, head));
    const QStringList got = createdTexts(frames);
    for (const QString& text : missed)
        QCOMPARE(got.count(text), 1);
    // And live fan-out goes on after the restart.
    sendText(a, u"after restart"_s);
    const QList<QJsonObject> live = readEventsUpTo(stream, head + 1);
    QCOMPARE(seqsOf(live), QList<qint64>{head + 1});
}

void TestFanout::fiftyConcurrentWritersKeepSeqsContiguous()
{
    const auto aPtr = client(0);
    HttpClient& a = *aPtr;
    const qint64 start = a.eventHead();
    QNetworkAccessManager manager;
    QList<QNetworkReply*> pending;
    QStringList texts;
    for (int i = 0; i < 50; ++i) {
        texts.append(u"writer %1"_s.arg(i));
        QUrl url = instance(i % 2).url();
        url.setPath(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId_).arg(newClientId()));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        pending.append(manager.put(
            request, QJsonDocument(QJsonObject{{u"text"_s, texts.constLast()}}).toJson()));
    }
    const QDeadlineTimer deadline(120'000);
    const auto allDone = [&] {
        return std::all_of(pending.cbegin(), pending.cend(),
                           [](QNetworkReply* r) { return r->isFinished(); });
    };
    while (!allDone() && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(allDone());
    for (QNetworkReply* reply : std::as_const(pending)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 201,
                 qPrintable(u"%1 %2"_s.arg(status).arg(QString::fromUtf8(reply->readAll()))));
        reply->deleteLater();
    }

    const QList<QJsonObject> events = a.eventsAfter(start);
    QVERIFY(!events.isEmpty());
    const qint64 head = events.constLast()[u"seq"_s].toInteger();
    QCOMPARE(seqsOf(events), range(start, head));
    const QStringList got = createdTexts(events);
    for (const QString& text : std::as_const(texts))
        QCOMPARE(got.count(text), 1);

    // The whole log of the workspace, in one statement (one snapshot):
    // seqs 1..last_seq, each once.
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const QVariant ws = db.value(u"SELECT workspace_id FROM chats WHERE id = ?"_s, {chatId_});
    const QList<QVariant> log =
        db.row(u"SELECT (SELECT last_seq FROM workspaces WHERE id = ?), COUNT(*), "
               "COUNT(DISTINCT seq), MIN(seq), MAX(seq) FROM events WHERE workspace_id = ?"_s,
               {ws, ws});
    QCOMPARE(log.size(), 5);
    const qint64 lastSeq = log.at(0).toLongLong();
    QVERIFY(lastSeq >= head);
    QCOMPARE(log.at(1).toLongLong(), lastSeq);
    QCOMPARE(log.at(2).toLongLong(), lastSeq);
    QCOMPARE(log.at(3).toLongLong(), 1);
    QCOMPARE(log.at(4).toLongLong(), lastSeq);
    for (const QString& text : std::as_const(texts))
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND text = ?"_s,
                          {chatId_, text})
                     .toInt(),
                 1);
}

void TestFanout::logoutClosesStreamsOnTheOtherInstance()
{
    HttpClient bob(primary_.url());
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    const auto aPtr = client(0);
    StreamClient onPeer;
    QVERIFY(openStream(onPeer, peer_->streamUrl(), bob.token(), aPtr->eventHead()));
    // ann's stream on the peer stays open: only bob's token is revoked.
    StreamClient annOnPeer;
    QVERIFY(openStream(annOnPeer, peer_->streamUrl(), token_, aPtr->eventHead()));
    QCOMPARE(bob.post(u"/api/v1/auth/logout"_s).status, 204);
    QVERIFY(onPeer.waitClosed(30'000));
    QCOMPARE(onPeer.closeCode(), 4401);
    sendText(*aPtr, u"still streaming"_s);
    const auto frame = annOnPeer.nextNonPing(30'000);
    QVERIFY(frame);
    QCOMPARE(frame->value(u"type"_s).toString(), u"event"_s);
}

void TestFanout::wakeUpIsAppliedOnce()
{
    const auto aPtr = client(0);
    HttpClient& a = *aPtr;
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"40"_s);
    const auto page = decode<ChatPage>(a.get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok());
    QList<qint64> subscribers;
    for (const Chat& chat : page->chats) {
        if (chat.id != chatId_ && subscribers.size() < 6)
            subscribers.append(chat.subscriberId);
    }
    QCOMPARE(subscribers.size(), 6);
    // Far enough ahead that the peer is up again before it passes.
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(5);
    QHash<qint64, qint64> versions;
    for (const qint64 id : std::as_const(subscribers)) {
        const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(id);
        const auto current = decode<BotStatus>(a.get(path).json);
        QVERIFY(current.ok());
        const Reply r = a.put(path, {{u"state"_s, u"snoozed"_s},
                                     {u"until"_s, formatTime(until)},
                                     {u"base_version"_s, current->version}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        versions.insert(id, r.json[u"version"_s].toInteger());
    }
    const qint64 start = a.eventHead();
    // A restarted peer arms its timer for exactly this wake time, so both
    // instances fire together (otherwise it could look up to a minute later).
    QCOMPARE(peer_->stop(), 0);
    QString error;
    QVERIFY2(peer_->start(&error), qPrintable(error));

    const auto allAwake = [&] {
        for (const qint64 id : std::as_const(subscribers)) {
            const auto s =
                decode<BotStatus>(a.get(u"/api/v1/subscribers/%1/bot-status"_s.arg(id)).json);
            if (!s || s->state != BotState::Active)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAwake(), 60'000);
    settleBoth();

    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const QList<QJsonObject> events = a.eventsAfter(start);
    for (const qint64 id : std::as_const(subscribers)) {
        int changes = 0;
        for (const QJsonObject& e : events) {
            if (e[u"type"_s].toString() == u"bot_status.changed"_s &&
                e[u"data"_s][u"subscriber_id"_s].toInteger() == id) {
                ++changes;
                QCOMPARE(e[u"data"_s][u"bot_status"_s][u"reason"_s].toString(), u"wake_up"_s);
            }
        }
        QCOMPARE(changes, 1);
        const auto s =
            decode<BotStatus>(a.get(u"/api/v1/subscribers/%1/bot-status"_s.arg(id)).json);
        QVERIFY(s.ok());
        QCOMPARE(s->version, versions.value(id) + 1);
        // One history line for the wake-up in the database.
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM messages m JOIN chats c ON c.id = m.chat_id "
                          "WHERE c.subscriber_id = ? AND m.kind = 'bot_status' "
                          "AND m.created_at >= ?"_s,
                          {id, until.toMSecsSinceEpoch()})
                     .toInt(),
                 1);
    }
}

void TestFanout::flowWaitResumesOnce()
{
    // "Feedback": a text, a 3-second wait, then buttons.
    const QString later = u"How would you rate us?\n[Great] [Okay] [Bad]"_s;
    QList<qint64> chats;
    for (int i = 0; i < 4; ++i) {
        const Reply r = postChannel(primary_.url(), kTelegramBot,
                                    demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
                                    {{u"external_id"_s, u"fanout-wait-%1"_s.arg(i)},
                                     {u"first_name"_s, u"Fanout"_s},
                                     {u"kind"_s, u"text"_s},
                                     {u"text"_s, u"feedback"_s}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        chats.append(r.json[u"chat_id"_s].toInteger());
    }
    DirectDb db(primary_);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const auto waiting = [&] {
        int n = 0;
        for (const qint64 chat : std::as_const(chats))
            n += db.value(u"SELECT COUNT(*) FROM subscriber_flow_runs r JOIN chats c "
                          "ON c.subscriber_id = r.subscriber_id WHERE c.id = ?"_s,
                          {chat})
                     .toInt();
        return n;
    };
    QCOMPARE(waiting(), 4);
    // Both instances look every 100 ms; wait until every run has finished.
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 0, 60'000);
    settleBoth();
    for (const qint64 chat : std::as_const(chats)) {
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND text = ?"_s,
                          {chat, later})
                     .toInt(),
                 1);
    }
}

QTEST_GUILESS_MAIN(TestFanout)
#include "tst_fanout.moc"
