// EventStream against a scripted local WebSocket peer. The real batond cannot
// be made to go silent, send a malformed frame, or live through a clock jump
// on demand, so those conditions are scripted here; tst_net_e2e runs the
// stream against the real server (welcome, live events, resume, 4401).
#include <net/clock.h>
#include <net/eventstream.h>
#include <protocol/stream.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::net::EventStream;
using baton::net::StreamOptions;
using baton::net::StreamStatus;
namespace protocol = baton::protocol;

namespace {

// A wall clock the test can move; the monotonic clock is the real one.
class FakeClock final : public baton::net::Clock {
public:
    FakeClock() { elapsed_.start(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch() + offsetMs_; }
    qint64 monotonicMs() const override { return elapsed_.elapsed(); }
    void jump(qint64 ms) { offsetMs_ += ms; }

private:
    QElapsedTimer elapsed_;
    qint64 offsetMs_ = 0;
};

// One connection the peer accepted, with every frame it received.
struct Connection {
    QWebSocket* socket = nullptr;
    QList<QJsonObject> frames;
    bool closed = false;
    int closeCode = -1;

    QStringList types() const
    {
        QStringList out;
        for (const QJsonObject& f : frames)
            out << f.value(u"type"_s).toString();
        return out;
    }
};

// The scripted server side of /api/v1/stream. By default it answers a hello
// with a welcome and every ping with a pong; `onHello` replaces that script.
class StreamPeer : public QObject {
public:
    StreamPeer()
        : server_(u"peer"_s, QWebSocketServer::NonSecureMode)
    {
        connect(&server_, &QWebSocketServer::newConnection, this, [this] { accept(); });
    }
    ~StreamPeer() override
    {
        // The sockets outlive connections_ (they are children); silence them.
        for (const Connection& c : std::as_const(connections_))
            disconnect(c.socket, nullptr, this, nullptr);
        disconnect(&server_, nullptr, this, nullptr);
    }
    StreamPeer(const StreamPeer&) = delete;
    StreamPeer& operator=(const StreamPeer&) = delete;

    bool listen() { return server_.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(server_.serverPort()));
    }

    // Called for each hello with the connection's index.
    std::function<void(int)> onHello = [this](int i) { sendFrame(i, welcome(head)); };
    bool answerPings = true;
    qint64 head = 100;

    qsizetype count() const { return connections_.size(); }
    Connection& at(int i) { return connections_[i]; }

    void sendFrame(int i, const QJsonObject& frame)
    {
        connections_[i].socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(int i, const QString& text) { connections_[i].socket->sendTextMessage(text); }
    void close(int i, int code, const QString& reason = {})
    {
        connections_[i].socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    }

    static QJsonObject welcome(qint64 head)
    {
        return protocol::toJson(protocol::StreamFrame::welcome(head));
    }

private:
    void accept()
    {
        while (QWebSocket* socket = server_.nextPendingConnection()) {
            socket->setParent(this);
            const int index = int(connections_.size());
            connections_.append(Connection{socket, {}, false, -1});
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, index](const QString& text) { received(index, text); });
            connect(socket, &QWebSocket::disconnected, this, [this, index] {
                connections_[index].closed = true;
                connections_[index].closeCode = connections_[index].socket->closeCode();
            });
        }
    }

    void received(int index, const QString& text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        connections_[index].frames.append(frame);
        const QString type = frame.value(u"type"_s).toString();
        if (type == u"hello"_s && onHello)
            onHello(index);
        else if (type == u"ping"_s && answerPings)
            sendFrame(index, protocol::toJson(protocol::StreamFrame::pong()));
    }

    QWebSocketServer server_;
    QList<Connection> connections_;
};

protocol::Event noteDeleted(qint64 seq)
{
    protocol::Event e;
    e.seq = seq;
    e.type = protocol::EventType::NoteDeleted;
    e.at = QDateTime(QDate(2026, 11, 21), QTime(7, 45, 10, 334), QTimeZone::utc());
    e.origin.agentId = 12;
    e.origin.clientId = u"5a1d7e34-92c0-4b6f-8e1a-c3d2f0b9a7e5"_s;
    e.payload = protocol::NoteDeleted{2210, 3907};
    return e;
}

// Short timings so watchdog tests take a second, not a minute. The backoff
// is kept small so reconnects happen quickly.
StreamOptions fastOptions(baton::net::Clock* clock = nullptr)
{
    StreamOptions options;
    options.timings.pingInterval = 200ms;
    options.timings.deadAfter = 600ms;
    options.timings.wakeCheckInterval = 50ms;
    options.timings.wakeTolerance = 2'000ms;
    options.timings.backoffBase = 20ms;
    options.timings.backoffCap = 100ms;
    options.clock = clock;
    return options;
}

constexpr int kWait = 20'000; // generous upper bound for anything to happen

} // namespace

class TestEventStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void streamUrlIsDerivedFromTheRestUrl();
    void helloCarriesTokenAndAppliedSeqThenOnline();
    void eventsAndResyncAreDecoded();
    void pingsAreAnswered();
    void silentPeerIsDeclaredDeadAndReplaced();
    void closedConnectionReconnectsWithBackoffAndResumes();
    void badTokenCloseStopsReconnecting();
    void bareCloseCode4401AlsoMeansLogin();
    void malformedFrameIsReportedAndTheSocketReplaced();
    void binaryMessageIsAProtocolError();
    void wallClockJumpReconnectsAtOnceWhenOnline();
    void wallClockJumpCutsAPendingBackoffShort();
    void stopClosesNormallyAndStaysOffline();

private:
    std::unique_ptr<StreamPeer> peer_;
};

void TestEventStream::init()
{
    peer_ = std::make_unique<StreamPeer>();
    QVERIFY(peer_->listen());
}

void TestEventStream::cleanup()
{
    peer_.reset();
}

void TestEventStream::streamUrlIsDerivedFromTheRestUrl()
{
    QCOMPARE(EventStream::streamUrlFor(QUrl(u"http://127.0.0.1:8080"_s)),
             QUrl(u"ws://127.0.0.1:8080/api/v1/stream"_s));
    QCOMPARE(EventStream::streamUrlFor(QUrl(u"https://baton.example/support/"_s)),
             QUrl(u"wss://baton.example/support/api/v1/stream"_s));
}

void TestEventStream::helloCarriesTokenAndAppliedSeqThenOnline()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    stream.setToken(u"tok-1"_s);
    stream.setAppliedSeq(41);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QList<StreamStatus> statuses;
    connect(&stream, &EventStream::statusChanged, this,
            [&](const StreamStatus& s) { statuses.append(s); });
    QCOMPARE(stream.status().state, StreamStatus::State::Offline);

    stream.start();
    QCOMPARE(stream.status().state, StreamStatus::State::Connecting);
    QCOMPARE(stream.status().attempt, 1);
    QVERIFY(!stream.status().nextRetryAt.isValid());
    QVERIFY(stream.status().since.isValid());

    QVERIFY(welcomed.wait(kWait));
    QCOMPARE(welcomed.first().first().toLongLong(), 100);
    QCOMPARE(peer_->count(), 1);
    const QJsonObject hello = peer_->at(0).frames.first();
    QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
    QCOMPARE(hello.value(u"token"_s).toString(), u"tok-1"_s);
    QCOMPARE(hello.value(u"after"_s).toInteger(), 41);
    QCOMPARE(stream.status().state, StreamStatus::State::Online);
    QVERIFY(stream.status().lastSyncAt.isValid());
    QCOMPARE(statuses.last().state, StreamStatus::State::Online);
}

void TestEventStream::eventsAndResyncAreDecoded()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QList<protocol::Event> events;
    connect(&stream, &EventStream::eventReceived, this,
            [&](const protocol::Event& e) { events.append(e); });
    QSignalSpy resync(&stream, &EventStream::resyncRequired);
    stream.start();
    QVERIFY(welcomed.wait(kWait));

    peer_->sendFrame(0, protocol::toJson(protocol::StreamFrame::ofEvent(noteDeleted(101))));
    peer_->sendFrame(0, protocol::toJson(protocol::StreamFrame::resync(250)));
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, kWait);
    QCOMPARE(resync.first().first().toLongLong(), 250);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first(), noteDeleted(101));
    QCOMPARE(stream.status().state, StreamStatus::State::Online);
}

void TestEventStream::pingsAreAnswered()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    peer_->sendFrame(0, protocol::toJson(protocol::StreamFrame::ping()));
    QTRY_VERIFY_WITH_TIMEOUT(peer_->at(0).types().contains(u"pong"_s), kWait);
}

void TestEventStream::silentPeerIsDeclaredDeadAndReplaced()
{
    // The peer welcomes, then never sends another frame (not even pongs):
    // a connection that looks open but delivers nothing.
    peer_->answerPings = false;
    bool silent = false;
    peer_->onHello = [&](int i) {
        if (!silent)
            peer_->sendFrame(i, StreamPeer::welcome(100));
        silent = true;
    };
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    stream.setAppliedSeq(100);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QList<StreamStatus> statuses;
    connect(&stream, &EventStream::statusChanged, this,
            [&](const StreamStatus& s) { statuses.append(s); });
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    QElapsedTimer sinceWelcome;
    sinceWelcome.start();

    // The client pings into the silence, gives up on the socket, and opens a
    // fresh one that says hello again from the applied seq.
    QTRY_VERIFY_WITH_TIMEOUT(peer_->count() >= 2, kWait);
    QVERIFY(sinceWelcome.elapsed() >= 600 - 50); // not before the dead-after time
    QVERIFY2(peer_->at(0).types().contains(u"ping"_s), qPrintable(peer_->at(0).types().join(u',')));
    QTRY_VERIFY_WITH_TIMEOUT(peer_->at(0).closed, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!peer_->at(1).frames.isEmpty(), kWait);
    QCOMPARE(peer_->at(1).frames.first().value(u"type"_s).toString(), u"hello"_s);
    QCOMPARE(peer_->at(1).frames.first().value(u"after"_s).toInteger(), 100);
    QVERIFY(peer_->at(1).socket != peer_->at(0).socket);

    bool sawLost = false;
    for (const StreamStatus& s : statuses) {
        if (s.state == StreamStatus::State::Connecting &&
            s.lastError.contains(u"no sign of life"_s))
            sawLost = true;
    }
    QVERIFY(sawLost);
}

void TestEventStream::closedConnectionReconnectsWithBackoffAndResumes()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    stream.setAppliedSeq(5);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QList<StreamStatus> statuses;
    connect(&stream, &EventStream::statusChanged, this,
            [&](const StreamStatus& s) { statuses.append(s); });
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    const QDateTime firstSync = stream.status().lastSyncAt;

    // The owner applied up to 9 meanwhile; the server goes away (1001).
    stream.setAppliedSeq(9);
    statuses.clear();
    peer_->close(0, 1001, u"server stopping"_s);
    QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 2, kWait);
    QCOMPARE(peer_->count(), 2);
    QCOMPARE(peer_->at(1).frames.first().value(u"after"_s).toInteger(), 9);

    // Online -> Connecting (retry scheduled, attempt 1) -> Connecting (in
    // flight) -> Online.
    QVERIFY(statuses.size() >= 3);
    QCOMPARE(statuses.at(0).state, StreamStatus::State::Connecting);
    QCOMPARE(statuses.at(0).attempt, 1);
    QVERIFY(statuses.at(0).nextRetryAt.isValid());
    QVERIFY(statuses.at(0).lastSyncAt >= firstSync);
    QVERIFY(statuses.at(0).lastError.contains(u"1001"_s));
    QCOMPARE(statuses.at(1).state, StreamStatus::State::Connecting);
    QVERIFY(!statuses.at(1).nextRetryAt.isValid());
    QCOMPARE(statuses.last().state, StreamStatus::State::Online);
    QVERIFY(statuses.last().lastError.isEmpty());
}

void TestEventStream::badTokenCloseStopsReconnecting()
{
    peer_->onHello = [&](int i) {
        protocol::ApiError error{protocol::ErrorCode::Unauthorized,
                                 u"the token is unknown, revoked or expired"_s,
                                 u"token"_s,
                                 {}};
        peer_->sendFrame(i, protocol::toJson(protocol::StreamFrame::ofError(error)));
        peer_->close(i, 4401, u"unauthorized"_s);
    };
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    stream.setToken(u"revoked"_s);
    QSignalSpy needsLogin(&stream, &EventStream::needsLogin);
    QSignalSpy serverError(&stream, &EventStream::serverError);
    stream.start();
    QVERIFY(needsLogin.wait(kWait));
    QCOMPARE(needsLogin.first().first().value<protocol::ApiError>().code,
             protocol::ErrorCode::Unauthorized);
    QCOMPARE(serverError.count(), 1);
    QCOMPARE(stream.status().state, StreamStatus::State::Offline);
    QVERIFY(stream.status().needsLogin);
    QVERIFY(!stream.isRunning());
    // With a 20..100 ms backoff, a reconnect would long have happened.
    QTest::qWait(1'000);
    QCOMPARE(peer_->count(), 1);
    QCOMPARE(needsLogin.count(), 1);

    // Logging in again (a new token) and starting brings it back.
    peer_->onHello = [&](int i) { peer_->sendFrame(i, StreamPeer::welcome(7)); };
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    stream.setToken(u"fresh"_s);
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    QVERIFY(!stream.status().needsLogin);
    QCOMPARE(stream.status().state, StreamStatus::State::Online);
}

void TestEventStream::bareCloseCode4401AlsoMeansLogin()
{
    peer_->onHello = [&](int i) { peer_->close(i, 4401); };
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy needsLogin(&stream, &EventStream::needsLogin);
    stream.start();
    QVERIFY(needsLogin.wait(kWait));
    QVERIFY(stream.status().needsLogin);
    QTest::qWait(500);
    QCOMPARE(peer_->count(), 1);
}

void TestEventStream::malformedFrameIsReportedAndTheSocketReplaced()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy protocolError(&stream, &EventStream::protocolError);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.start();
    QVERIFY(welcomed.wait(kWait));

    QJsonObject frame = protocol::toJson(protocol::StreamFrame::ofEvent(noteDeleted(101)));
    QJsonObject event = frame[u"event"_s].toObject();
    event[u"seq"_s] = u"one hundred and one"_s;
    frame[u"event"_s] = event;
    peer_->sendFrame(0, frame);

    QVERIFY(protocolError.wait(kWait));
    const auto error = protocolError.first().first().value<protocol::DecodeError>();
    QCOMPARE(error.field, u"event.seq"_s);
    QCOMPARE(events.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(peer_->at(0).closed, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 2, kWait);
    QCOMPARE(peer_->count(), 2);
    QVERIFY(stream.status().state == StreamStatus::State::Online);
}

void TestEventStream::binaryMessageIsAProtocolError()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy protocolError(&stream, &EventStream::protocolError);
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    peer_->at(0).socket->sendBinaryMessage(QByteArrayLiteral("\x01\x02"));
    QVERIFY(protocolError.wait(kWait));
    QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 2, kWait);
}

void TestEventStream::wallClockJumpReconnectsAtOnceWhenOnline()
{
    FakeClock clock;
    StreamOptions options = fastOptions(&clock);
    // A healthy connection: the watchdog alone would never replace it.
    options.timings.deadAfter = 60'000ms;
    options.timings.pingInterval = 30'000ms;
    EventStream stream(options);
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy wake(&stream, &EventStream::wakeDetected);
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    QTest::qWait(300); // several clock checks without a jump
    QCOMPARE(wake.count(), 0);
    QCOMPARE(peer_->count(), 1);

    clock.jump(3'600'000); // the laptop slept an hour
    QTRY_COMPARE_WITH_TIMEOUT(wake.count(), 1, kWait);
    QVERIFY(wake.first().first().toLongLong() >= 3'600'000 - 2'000);
    QTRY_COMPARE_WITH_TIMEOUT(peer_->count(), 2, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(peer_->at(0).closed, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 2, kWait);
    QCOMPARE(stream.status().state, StreamStatus::State::Online);
}

void TestEventStream::wallClockJumpCutsAPendingBackoffShort()
{
    // The peer refuses every hello by closing, so the stream waits for a
    // retry. The backoff is an hour with a seeded generator, so the
    // scheduled retry is known to be far away; the jump must not wait for it.
    peer_->onHello = [&](int i) { peer_->close(i, 1011); };
    FakeClock clock;
    QRandomGenerator random(12345);
    StreamOptions options = fastOptions(&clock);
    options.timings.backoffBase = 3'600'000ms;
    options.timings.backoffCap = 3'600'000ms;
    options.random = &random;
    EventStream stream(options);
    stream.setUrl(peer_->url());
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.status().nextRetryAt.isValid(), kWait);
    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(stream.status().nextRetryAt);
    QVERIFY2(waitMs > 10 * 60'000, qPrintable(u"the seeded delay is only %1 ms"_s.arg(waitMs)));
    QCOMPARE(peer_->count(), 1);

    clock.jump(2 * 3'600'000);
    QTRY_COMPARE_WITH_TIMEOUT(peer_->count(), 2, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!peer_->at(1).frames.isEmpty(), kWait);
    QCOMPARE(peer_->at(1).frames.first().value(u"type"_s).toString(), u"hello"_s);
}

void TestEventStream::stopClosesNormallyAndStaysOffline()
{
    EventStream stream(fastOptions());
    stream.setUrl(peer_->url());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    stream.stop();
    QCOMPARE(stream.status().state, StreamStatus::State::Offline);
    QVERIFY(!stream.status().needsLogin);
    QVERIFY(stream.status().lastSyncAt.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(peer_->at(0).closed, kWait);
    QCOMPARE(peer_->at(0).closeCode, 1000);
    QTest::qWait(500);
    QCOMPARE(peer_->count(), 1);
}

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
