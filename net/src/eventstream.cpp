#include <net/eventstream.h>
#include <net/serverframe.h>

#include <QTimeZone>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace baton::net {

EventStream::EventStream(StreamOptions options, QObject* parent)
    : QObject(parent)
    , timings_(options.timings)
    , ownClock_(options.clock ? nullptr : std::make_unique<SystemClock>())
    , clock_(options.clock ? options.clock : ownClock_.get())
    , backoff_(timings_.backoffBase, timings_.backoffCap,
               options.random ? options.random : QRandomGenerator::global())
{
    pingTimer_.setSingleShot(true);
    deadTimer_.setSingleShot(true);
    retryTimer_.setSingleShot(true);
    wakeTimer_.setInterval(timings_.wakeCheckInterval);
    connect(&pingTimer_, &QTimer::timeout, this, &EventStream::onPingDue);
    connect(&deadTimer_, &QTimer::timeout, this, &EventStream::onDead);
    connect(&retryTimer_, &QTimer::timeout, this, &EventStream::onRetryDue);
    connect(&wakeTimer_, &QTimer::timeout, this, &EventStream::onWakeCheck);
}

EventStream::~EventStream()
{
    running_ = false;
    dropSocket();
}

QUrl EventStream::streamUrlFor(const QUrl& restBaseUrl)
{
    QUrl url = restBaseUrl;
    url.setScheme(restBaseUrl.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/api/v1/stream"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void EventStream::start()
{
    if (running_)
        return;
    running_ = true;
    backoff_.reset();
    attempt_ = 0;
    since_ = wallNow();
    lastError_.clear();
    resetWakeBaseline();
    wakeTimer_.start();
    openSocket();
}

void EventStream::stop()
{
    running_ = false;
    retryTimer_.stop();
    wakeTimer_.stop();
    pingTimer_.stop();
    deadTimer_.stop();
    if (socket_) {
        // A polite close (1000); the socket deletes itself once the server
        // has answered, or after a grace period.
        QWebSocket* socket = socket_;
        socket_ = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        QTimer::singleShot(5'000, socket, &QObject::deleteLater);
    }
    online_ = false;
    StreamStatus s;
    s.state = StreamStatus::State::Offline;
    s.since = wallNow();
    s.lastSyncAt = lastSyncAt_;
    s.lastError = lastError_;
    setStatus(s);
}

void EventStream::reconnect()
{
    if (!running_)
        return;
    if (online_) {
        since_ = wallNow();
        attempt_ = 0;
    }
    openSocket();
}

void EventStream::openSocket()
{
    dropSocket();
    retryTimer_.stop();
    refusedToken_ = false;
    lastServerError_ = {};
    ++attempt_;

    // A fresh socket per attempt: nothing of a dead connection's state
    // (buffers, half-done handshakes) carries over.
    socket_ = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket_, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(socket_, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket_, &QWebSocket::errorOccurred, this, &EventStream::onSocketError);
#else
    connect(socket_, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &EventStream::onSocketError);
#endif
    connect(socket_, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
    connect(socket_, &QWebSocket::binaryMessageReceived, this, &EventStream::onBinaryMessage);
    connect(socket_, &QWebSocket::pong, this, &EventStream::markAlive);

    // The dead timer also bounds connecting and the handshake.
    deadTimer_.start(timings_.deadAfter);
    goConnecting({});
    QWebSocket* socket = socket_;
    socket->open(url_);
}

void EventStream::dropSocket()
{
    pingTimer_.stop();
    deadTimer_.stop();
    online_ = false;
    if (!socket_)
        return;
    // Abort, never wait for a close handshake from a peer that may be gone.
    QWebSocket* socket = socket_;
    socket_ = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void EventStream::connectionLost(const QString& reason)
{
    const bool wasOnline = online_;
    dropSocket();
    lastError_ = reason;
    if (!running_)
        return;
    if (wasOnline) {
        since_ = wallNow();
        attempt_ = 0;
    }
    scheduleRetry();
}

void EventStream::scheduleRetry()
{
    const std::chrono::milliseconds delay = backoff_.next();
    retryTimer_.start(delay);
    goConnecting(wallNow().addMSecs(delay.count()));
}

void EventStream::declareNeedsLogin(const protocol::ApiError& error)
{
    const bool wasOnline = online_;
    dropSocket();
    running_ = false;
    retryTimer_.stop();
    wakeTimer_.stop();
    lastError_ = error.message.isEmpty() ? u"the server refused the token"_s : error.message;
    StreamStatus s;
    s.state = StreamStatus::State::Offline;
    s.since = wasOnline ? wallNow() : since_;
    s.lastSyncAt = lastSyncAt_;
    s.needsLogin = true;
    s.lastError = lastError_;
    setStatus(s);
    Q_EMIT needsLogin(error);
}

void EventStream::send(const protocol::StreamFrame& frame)
{
    if (!socket_)
        return;
    socket_->sendTextMessage(QString::fromUtf8(protocol::encodeFrame(frame)));
    pingTimer_.start(timings_.pingInterval);
}

void EventStream::onConnected()
{
    send(protocol::StreamFrame::hello(token_, appliedSeq_));
}

void EventStream::onDisconnected()
{
    if (!socket_)
        return;
    const int code = socket_->closeCode();
    if (code == protocol::kCloseUnauthorized || refusedToken_) {
        protocol::ApiError error = lastServerError_;
        if (!refusedToken_) {
            error.code = protocol::ErrorCode::Unauthorized;
            error.field = u"token"_s;
            error.message = socket_->closeReason();
        }
        declareNeedsLogin(error);
        return;
    }
    QString reason = u"the server closed the connection (code %1)"_s.arg(code);
    if (!socket_->closeReason().isEmpty())
        reason += u": "_s + socket_->closeReason();
    connectionLost(reason);
}

void EventStream::onSocketError(QAbstractSocket::SocketError)
{
    if (!socket_)
        return;
    // A peer that closes right after its close frame can surface as an
    // error first; a 4401 must still stop the reconnecting.
    if (socket_->closeCode() == protocol::kCloseUnauthorized || refusedToken_) {
        onDisconnected();
        return;
    }
    connectionLost(socket_->errorString());
}

void EventStream::onTextMessage(const QString& text)
{
    markAlive();
    const ServerFrame read = readServerFrame(text, online_);
    if (!read.frame) {
        Q_EMIT protocolError(read.error);
        connectionLost(read.reason);
        return;
    }
    handleFrame(*read.frame);
}

void EventStream::onBinaryMessage(const QByteArray&)
{
    markAlive();
    const protocol::DecodeError error{QString(), u"binary messages are not part of the protocol"_s};
    Q_EMIT protocolError(error);
    connectionLost(u"the server sent a binary message"_s);
}

void EventStream::handleFrame(const protocol::StreamFrame& frame)
{
    using protocol::FrameType;
    switch (frame.type) {
    case FrameType::Welcome: {
        online_ = true;
        backoff_.reset();
        attempt_ = 0;
        since_ = wallNow();
        lastSyncAt_ = since_;
        lastError_.clear();
        StreamStatus s;
        s.state = StreamStatus::State::Online;
        s.since = since_;
        s.lastSyncAt = lastSyncAt_;
        setStatus(s);
        Q_EMIT welcomed(frame.head);
        return;
    }
    case FrameType::Event:
        Q_EMIT eventReceived(*frame.event);
        return;
    case FrameType::Resync:
        Q_EMIT resyncRequired(frame.head);
        return;
    case FrameType::Ping:
        send(protocol::StreamFrame::pong());
        return;
    case FrameType::Pong:
        return;
    case FrameType::Error:
        if (frame.error) {
            lastServerError_ = *frame.error;
            if (frame.error->code == protocol::ErrorCode::Unauthorized)
                refusedToken_ = true;
            lastError_ = frame.error->message;
            Q_EMIT serverError(*frame.error);
        }
        // The server closes the connection right after.
        return;
    case FrameType::Hello:
        // readServerFrame() refuses it.
        return;
    }
}

void EventStream::onPingDue()
{
    send(protocol::StreamFrame::ping());
}

void EventStream::onDead()
{
    if (!socket_)
        return;
    const qint64 seconds = timings_.deadAfter.count() / 1000;
    connectionLost(online_ ? u"no sign of life from the server for %1 s"_s.arg(seconds)
                           : u"connecting took longer than %1 s"_s.arg(seconds));
}

void EventStream::onRetryDue()
{
    if (running_)
        openSocket();
}

void EventStream::onWakeCheck()
{
    const qint64 wall = clock_->wallMs();
    const qint64 mono = clock_->monotonicMs();
    const qint64 jump = (wall - wakeWall_) - (mono - wakeMono_);
    wakeWall_ = wall;
    wakeMono_ = mono;
    if (qAbs(jump) <= timings_.wakeTolerance.count())
        return;
    Q_EMIT wakeDetected(jump);
    if (!running_)
        return;
    // After a suspend the socket is most likely dead without knowing it, and
    // a pending retry timer slept with the machine: reconnect now.
    lastError_ = u"the computer woke up or its clock changed"_s;
    if (online_) {
        since_ = wallNow();
        attempt_ = 0;
    }
    backoff_.reset();
    openSocket();
}

void EventStream::markAlive()
{
    if (!socket_)
        return;
    deadTimer_.start(timings_.deadAfter);
    if (online_)
        lastSyncAt_ = wallNow();
}

void EventStream::resetWakeBaseline()
{
    wakeWall_ = clock_->wallMs();
    wakeMono_ = clock_->monotonicMs();
}

QDateTime EventStream::wallNow() const
{
    return QDateTime::fromMSecsSinceEpoch(clock_->wallMs(), QTimeZone::utc());
}

void EventStream::goConnecting(const QDateTime& nextRetryAt)
{
    StreamStatus s;
    s.state = StreamStatus::State::Connecting;
    s.since = since_;
    s.attempt = nextRetryAt.isValid() ? attempt_ + 1 : attempt_;
    s.nextRetryAt = nextRetryAt;
    s.lastSyncAt = lastSyncAt_;
    s.lastError = lastError_;
    setStatus(s);
}

void EventStream::setStatus(const StreamStatus& status)
{
    if (status == status_)
        return;
    status_ = status;
    Q_EMIT statusChanged(status_);
}

} // namespace baton::net
