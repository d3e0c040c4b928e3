// The event stream: hello/welcome, resuming exactly after the last applied
// seq, live events, resync, authentication, heartbeats and timeouts.
#include "batondprocess.h"
#include "httpclient.h"
#include "streamclient.h"

#include <protocol/stream.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

QString typeOf(const std::optional<QJsonObject>& frame)
{
    return frame ? frame->value(u"type"_s).toString() : u"(nothing)"_s;
}

qint64 seqOf(const std::optional<QJsonObject>& frame)
{
    return frame ? frame->value(u"event"_s)[u"seq"_s].toInteger() : -1;
}

} // namespace

class TestStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helloGetsWelcomeThenLiveEvents();
    void resumeSendsExactlyTheMissedEvents();
    void framesDecodeWithTheProtocolLibrary();
    void afterZeroResyncs();
    void seqAheadOfTheLogResyncs();
    void badTokenIsRefused();
    void firstFrameMustBeHello();
    void helloMustComeInTime();
    void pingIsAnsweredAndKeepsTheStreamAlive();
    void silentStreamIsClosed();
    void workspacesDoNotSeeEachOther();
    void logoutClosesTheStream();
    void plainGetOnTheStreamPathIsAnError();

private:
    qint64 firstChat(HttpClient& http);
    // Toggles a chat so exactly one event is written.
    void change(HttpClient& http, qint64 chatId);

    BatondProcess server_;
};

void TestStream::initTestCase()
{
    server_.setEnvironment(u"BATON_STREAM_HELLO_MS"_s, u"1000"_s);
    server_.setEnvironment(u"BATON_STREAM_PING_MS"_s, u"500"_s);
    server_.setEnvironment(u"BATON_STREAM_DEAD_MS"_s, u"3000"_s);
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    // One event first: `after` 0 means "no data" and always resyncs.
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    change(http, firstChat(http));
    QCOMPARE(http.eventHead(), 1);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    change(globex, firstChat(globex));
    QCOMPARE(globex.eventHead(), 1);
}

void TestStream::cleanupTestCase()
{
    // A stream open at shutdown is told the server is going away.
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), http.eventHead());
    QCOMPARE(typeOf(stream.nextNonPing()), u"welcome"_s);
    QCOMPARE(server_.stop(), 0);
    QVERIFY(stream.waitClosed(5000));
    QCOMPARE(stream.closeCode(), 1001);
}

qint64 TestStream::firstChat(HttpClient& http)
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"1"_s);
    return http.get(u"/api/v1/chats"_s, query).json[u"chats"_s][0][u"id"_s].toInteger();
}

void TestStream::change(HttpClient& http, qint64 chatId)
{
    const Reply chat = http.get(u"/api/v1/chats/%1"_s.arg(chatId));
    const bool open = chat.json[u"state"_s].toString() == u"open"_s;
    const Reply reply =
        http.post(u"/api/v1/chats/%1/%2"_s.arg(chatId).arg(open ? u"close"_s : u"reopen"_s));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
}

void TestStream::helloGetsWelcomeThenLiveEvents()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    http.setClientId(u"live-client"_s);
    const qint64 start = http.eventHead();

    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), start);
    const auto welcome = stream.nextNonPing();
    QCOMPARE(typeOf(welcome), u"welcome"_s);
    QCOMPARE(welcome->value(u"head"_s).toInteger(), start);

    const qint64 chatId = firstChat(http);
    change(http, chatId);
    const auto event = stream.nextNonPing();
    QCOMPARE(typeOf(event), u"event"_s);
    QCOMPARE(seqOf(event), start + 1);
    const QJsonObject e = event->value(u"event"_s).toObject();
    QCOMPARE(e[u"type"_s].toString(), u"chat.updated"_s);
    QCOMPARE(e[u"origin"_s][u"client_id"_s].toString(), u"live-client"_s);
    QCOMPARE(e[u"origin"_s][u"agent_id"_s].toInteger(), 1);
    QCOMPARE(e[u"data"_s][u"chat"_s][u"id"_s].toInteger(), chatId);
}

void TestStream::resumeSendsExactlyTheMissedEvents()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    const qint64 chatId = firstChat(http);
    const qint64 applied = http.eventHead();
    // Three changes while "offline".
    for (int i = 0; i < 3; ++i)
        change(http, chatId);

    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), applied);
    const auto welcome = stream.nextNonPing();
    QCOMPARE(typeOf(welcome), u"welcome"_s);
    QCOMPARE(welcome->value(u"head"_s).toInteger(), applied + 3);
    for (int i = 1; i <= 3; ++i) {
        const auto event = stream.nextNonPing();
        QCOMPARE(typeOf(event), u"event"_s);
        QCOMPARE(seqOf(event), applied + i);
    }
    // Nothing more until something happens...
    QVERIFY(!stream.nextNonPing(700));
    // ...and then exactly the next one.
    change(http, chatId);
    QCOMPARE(seqOf(stream.nextNonPing()), applied + 4);
    QVERIFY(!stream.nextNonPing(300));
}

void TestStream::framesDecodeWithTheProtocolLibrary()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"cruz@acme.test"_s).status, 200);
    const qint64 applied = http.eventHead();
    change(http, firstChat(http));
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), applied);
    const auto welcome = decode<StreamFrame>(*stream.nextNonPing());
    QVERIFY(welcome.ok());
    QCOMPARE(welcome->type, FrameType::Welcome);
    const auto frame = stream.nextNonPing();
    QVERIFY(frame);
    const auto event = decode<StreamFrame>(*frame);
    QVERIFY2(event.ok(), qPrintable(event.error.field + u": "_s + event.error.message));
    QCOMPARE(event->type, FrameType::Event);
    QVERIFY(event->event);
    QCOMPARE(event->event->seq, applied + 1);
    QVERIFY(payloadMatches(event->event->type, event->event->payload));
}

void TestStream::afterZeroResyncs()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), 0);
    QCOMPARE(typeOf(stream.nextNonPing()), u"welcome"_s);
    const auto resync = stream.nextNonPing();
    QCOMPARE(typeOf(resync), u"resync"_s);
    QCOMPARE(resync->value(u"head"_s).toInteger(), http.eventHead());
}

void TestStream::seqAheadOfTheLogResyncs()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 now = http.eventHead();
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), now + 50);
    const auto welcome = stream.nextNonPing();
    QCOMPARE(typeOf(welcome), u"welcome"_s);
    QCOMPARE(welcome->value(u"head"_s).toInteger(), now);
    const auto resync = stream.nextNonPing();
    QCOMPARE(typeOf(resync), u"resync"_s);
    QCOMPARE(resync->value(u"head"_s).toInteger(), now);
    // After a resync the stream carries on from the head.
    change(http, firstChat(http));
    QCOMPARE(seqOf(stream.nextNonPing()), now + 1);
}

void TestStream::badTokenIsRefused()
{
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(u"not-a-real-token"_s, 0);
    const auto error = stream.nextNonPing();
    QCOMPARE(typeOf(error), u"error"_s);
    QCOMPARE(error->value(u"error"_s)[u"code"_s].toString(), u"unauthorized"_s);
    QCOMPARE(error->value(u"error"_s)[u"field"_s].toString(), u"token"_s);
    QVERIFY(stream.waitClosed());
    QCOMPARE(stream.closeCode(), 4401);
}

void TestStream::firstFrameMustBeHello()
{
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.send({{u"type"_s, u"welcome"_s}, {u"head"_s, 1}});
    QCOMPARE(typeOf(stream.nextNonPing()), u"error"_s);
    QVERIFY(stream.waitClosed());
    QCOMPARE(stream.closeCode(), 4400);

    StreamClient garbage;
    QVERIFY(garbage.open(server_.streamUrl()));
    garbage.send({{u"hello"_s, true}});
    QCOMPARE(typeOf(garbage.nextNonPing()), u"error"_s);
    QVERIFY(garbage.waitClosed());
    QCOMPARE(garbage.closeCode(), 4400);

    // A second hello is a protocol error too.
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    StreamClient twice;
    QVERIFY(twice.open(server_.streamUrl()));
    twice.sendHello(http.token(), http.eventHead());
    QCOMPARE(typeOf(twice.nextNonPing()), u"welcome"_s);
    twice.sendHello(http.token(), http.eventHead());
    QCOMPARE(typeOf(twice.nextNonPing()), u"error"_s);
    QVERIFY(twice.waitClosed());
    QCOMPARE(twice.closeCode(), 4400);
}

void TestStream::helloMustComeInTime()
{
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(typeOf(stream.nextNonPing(5000)), u"error"_s);
    QVERIFY(stream.waitClosed(5000));
    QCOMPARE(stream.closeCode(), 4400);
    QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));
}

void TestStream::pingIsAnsweredAndKeepsTheStreamAlive()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), http.eventHead());
    QCOMPARE(typeOf(stream.nextNonPing()), u"welcome"_s);
    // Longer than the 3 s dead time, pinging every 400 ms.
    for (int i = 0; i < 10; ++i) {
        stream.send({{u"type"_s, u"ping"_s}});
        while (true) {
            const auto frame = stream.nextFrame(2000);
            QVERIFY2(frame, "no pong");
            if (typeOf(frame) == u"pong"_s)
                break;
            QCOMPARE(typeOf(frame), u"ping"_s);
        }
        QTest::qWait(400);
    }
    QVERIFY(stream.isOpen());
    // When we stop talking, the server pings us (every 500 ms here).
    QCOMPARE(typeOf(stream.nextFrame(1500)), u"ping"_s);
}

void TestStream::silentStreamIsClosed()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), http.eventHead());
    QElapsedTimer timer;
    timer.start();
    // Never answer the server's pings.
    QVERIFY(stream.waitClosed(8000));
    QVERIFY2(timer.elapsed() >= 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(stream.closeCode(), 4000);
}

void TestStream::workspacesDoNotSeeEachOther()
{
    HttpClient acme(server_.url());
    QCOMPARE(acme.login(u"ann@acme.test"_s).status, 200);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const qint64 globexHead = globex.eventHead();

    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(globex.token(), globexHead);
    QCOMPARE(typeOf(stream.nextNonPing()), u"welcome"_s);
    change(acme, firstChat(acme));
    change(acme, firstChat(acme));
    QVERIFY(!stream.nextNonPing(600));
    // Globex's own change arrives, numbered in Globex's sequence.
    const qint64 globexChat = firstChat(globex);
    change(globex, globexChat);
    const auto event = stream.nextNonPing();
    QCOMPARE(seqOf(event), globexHead + 1);
    QCOMPARE(event->value(u"event"_s)[u"data"_s][u"chat"_s][u"id"_s].toInteger(), globexChat);
}

void TestStream::logoutClosesTheStream()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    StreamClient stream;
    QVERIFY(stream.open(server_.streamUrl()));
    stream.sendHello(http.token(), http.eventHead());
    QCOMPARE(typeOf(stream.nextNonPing()), u"welcome"_s);
    QCOMPARE(http.post(u"/api/v1/auth/logout"_s).status, 204);
    const auto error = stream.nextNonPing();
    QCOMPARE(typeOf(error), u"error"_s);
    QVERIFY(stream.waitClosed());
    QCOMPARE(stream.closeCode(), 4401);
}

void TestStream::plainGetOnTheStreamPathIsAnError()
{
    HttpClient http(server_.url());
    const Reply reply = http.get(u"/api/v1/stream"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), u"Upgrade"_s);
}

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
