#include "apiutil.h"
#include "auth.h"
#include "crypto.h"
#include "eventhub.h"
#include "logging.h"
#include "streamsession.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

StreamSession::StreamSession(QWebSocket* socket, AuthService& auth, EventStore& events,
                             EventHub& hub, StreamTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , socket_(socket)
    , auth_(auth)
    , events_(events)
    , hub_(hub)
    , timeouts_(timeouts)
{
    socket->setParent(this);
    sinceHeard_.start();
    sinceSent_.start();
    connect(socket, &QWebSocket::textMessageReceived, this, &StreamSession::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) {
        closeWith(kCloseBadFirstFrame, u"binary frame"_s,
                  apiError(ErrorCode::InvalidJson, u"frames are JSON text messages"_s));
    });
    connect(socket, &QWebSocket::pong, this, [this] { sinceHeard_.restart(); });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        state_ = State::Closing;
        Q_EMIT finished();
    });
    helloTimer_.setSingleShot(true);
    connect(&helloTimer_, &QTimer::timeout, this, [this] {
        if (state_ == State::AwaitingHello)
            closeWith(kCloseBadFirstFrame, u"no hello"_s,
                      apiError(ErrorCode::InvalidField, u"no hello frame within 10 seconds"_s,
                               u"type"_s));
    });
    helloTimer_.start(timeouts_.helloMs);
    connect(&tick_, &QTimer::timeout, this, &StreamSession::onTick);
    tick_.start(std::max(100, std::min(timeouts_.pingMs, timeouts_.deadMs) / 4));
    qCDebug(lcStream) << "stream opened from" << socket->peerAddress().toString();
}

StreamSession::~StreamSession() = default;

void StreamSession::shutdown()
{
    closeWith(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s, std::nullopt);
}

void StreamSession::send(const StreamFrame& frame)
{
    sendRaw(toJson(frame));
}

void StreamSession::sendRaw(const QJsonObject& frame)
{
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamSession::sendText(const QString& text)
{
    if (!socket_ || state_ == State::Closing)
        return;
    socket_->sendTextMessage(text);
    sinceSent_.restart();
}

void StreamSession::closeWith(int code, const QString& reason, const std::optional<ApiError>& error)
{
    if (!socket_ || state_ == State::Closing)
        return;
    if (error)
        send(StreamFrame::ofError(*error));
    state_ = State::Closing;
    tick_.stop();
    helloTimer_.stop();
    socket_->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void StreamSession::onText(const QString& text)
{
    sinceHeard_.restart();
    const auto frame = decodeFrame(text.toUtf8());
    if (!frame) {
        closeWith(kCloseBadFirstFrame, u"bad frame"_s, ApiError::fromDecode(frame.error));
        return;
    }
    try {
        switch (frame->type) {
        case FrameType::Hello:
            if (state_ == State::AwaitingHello)
                onHello(*frame);
            else
                closeWith(
                    kCloseBadFirstFrame, u"second hello"_s,
                    apiError(ErrorCode::InvalidField, u"hello was already sent"_s, u"type"_s));
            break;
        case FrameType::Ping:
            send(StreamFrame::pong());
            break;
        case FrameType::Pong:
            break;
        default:
            if (state_ == State::AwaitingHello)
                closeWith(kCloseBadFirstFrame, u"hello first"_s,
                          apiError(ErrorCode::InvalidField, u"the first frame must be hello"_s,
                                   u"type"_s));
            break;
        }
    } catch (const DbError& e) {
        qCCritical(lcStream) << "database error:" << e.what();
        closeWith(QWebSocketProtocol::CloseCodeAbnormalDisconnection, u"internal error"_s,
                  apiError(ErrorCode::Internal, u"internal error"_s));
    }
}

void StreamSession::onHello(const StreamFrame& frame)
{
    helloTimer_.stop();
    const auto caller = auth_.authenticate(frame.token);
    if (!caller) {
        closeWith(kCloseUnauthorized, u"unauthorized"_s,
                  apiError(ErrorCode::Unauthorized, u"the token is unknown, revoked or expired"_s,
                           u"token"_s));
        return;
    }
    caller_ = *caller;
    tokenDigest_ = crypto::tokenDigest(frame.token);
    state_ = State::Live;
    // Subscribing before reading the log: anything committed from here on
    // arrives through onPublished, and seqs already sent are skipped there.
    connect(&hub_, &EventHub::published, this, &StreamSession::onPublished);
    connect(&hub_, &EventHub::tokenRevoked, this, &StreamSession::onTokenRevoked);

    const EventRange probe = events_.after(caller_.workspaceId, frame.after, 0);
    const qint64 head = probe.head;
    send(StreamFrame::welcome(head));
    // after 0 means "I have nothing": a snapshot is cheaper than the whole log.
    if (frame.after == 0 || probe.pruned || frame.after > head || head - frame.after > kMaxReplay) {
        qCInfo(lcStream) << "agent" << caller_.agentId << "resyncs: after" << frame.after << "head"
                         << head;
        send(StreamFrame::resync(head));
        lastSent_ = head;
        return;
    }
    lastSent_ = frame.after;
    catchUp(head);
    qCDebug(lcStream) << "agent" << caller_.agentId << "streaming from" << frame.after;
}

void StreamSession::catchUp(qint64 upTo)
{
    while (lastSent_ < upTo && state_ == State::Live) {
        const EventRange range = events_.after(caller_.workspaceId, lastSent_, 500);
        if (range.pruned) {
            send(StreamFrame::resync(range.head));
            lastSent_ = range.head;
            return;
        }
        if (range.events.isEmpty())
            return;
        for (const StoredEvent& event : range.events) {
            sendText(hub_.frameText(event));
            lastSent_ = event.seq;
        }
    }
}

void StreamSession::onPublished(const StoredEvent& event)
{
    if (state_ != State::Live || event.workspaceId != caller_.workspaceId || event.seq <= lastSent_)
        return;
    try {
        // Another writer's events can land in between; fill the hole from the log.
        if (event.seq > lastSent_ + 1)
            catchUp(event.seq - 1);
        if (event.seq == lastSent_ + 1) {
            sendText(hub_.frameText(event));
            lastSent_ = event.seq;
        }
    } catch (const DbError& e) {
        qCCritical(lcStream) << "database error:" << e.what();
        closeWith(QWebSocketProtocol::CloseCodeAbnormalDisconnection, u"internal error"_s,
                  apiError(ErrorCode::Internal, u"internal error"_s));
    }
}

void StreamSession::onTokenRevoked(const QString& digest)
{
    if (digest == tokenDigest_)
        closeWith(kCloseUnauthorized, u"signed out"_s,
                  apiError(ErrorCode::Unauthorized, u"the token was revoked"_s, u"token"_s));
}

void StreamSession::onTick()
{
    if (state_ == State::Closing)
        return;
    if (sinceHeard_.elapsed() >= timeouts_.deadMs) {
        qCInfo(lcStream) << "closing a silent stream of agent" << caller_.agentId;
        closeWith(kCloseHeartbeatTimeout, u"heartbeat timeout"_s, std::nullopt);
        return;
    }
    if (state_ == State::Live && sinceSent_.elapsed() >= timeouts_.pingMs)
        send(StreamFrame::ping());
}

StreamServer::StreamServer(AuthService& auth, EventStore& events, EventHub& hub,
                           StreamTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , auth_(auth)
    , events_(events)
    , hub_(hub)
    , timeouts_(timeouts)
{}

void StreamServer::accept(QWebSocket* socket)
{
    auto* session = new StreamSession(socket, auth_, events_, hub_, timeouts_, this);
    connect(session, &StreamSession::finished, session, &QObject::deleteLater);
}

void StreamServer::closeAll()
{
    const auto sessions = findChildren<StreamSession*>(Qt::FindDirectChildrenOnly);
    for (StreamSession* session : sessions)
        session->shutdown();
}

int StreamServer::count() const
{
    return static_cast<int>(findChildren<StreamSession*>(Qt::FindDirectChildrenOnly).size());
}

} // namespace baton::server
