#pragma once

#include "caller.h"
#include "eventstore.h"

#include <protocol/stream.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace baton::server {

class AuthService;
class EventHub;

struct StreamTimeouts {
    int helloMs = 10'000;                         // the first frame must come within this
    int pingMs = protocol::kStreamPingIntervalMs; // we ping after this much quiet from us
    int deadMs = protocol::kStreamDeadAfterMs;    // we close after this much quiet from them
};

// One client's event stream. The first frame is hello {token, after};
// the answer is welcome {head} and the events after `after` in order, then
// live events as they commit, or resync {head} when `after` cannot be
// served (pruned, or ahead of the log). A socket that stays silent is closed.
class StreamSession : public QObject {
    Q_OBJECT
public:
    StreamSession(QWebSocket* socket, AuthService& auth, EventStore& events, EventHub& hub,
                  StreamTimeouts timeouts, QObject* parent = nullptr);
    ~StreamSession() override;

    void shutdown();

    static constexpr int kCloseHeartbeatTimeout = protocol::kCloseHeartbeatTimeout;
    static constexpr int kCloseBadFirstFrame = protocol::kCloseBadFirstFrame;
    static constexpr int kCloseUnauthorized = protocol::kCloseUnauthorized;
    // Further back than this the client is better off with a snapshot.
    static constexpr qint64 kMaxReplay = 10'000;

Q_SIGNALS:
    void finished();

private:
    enum class State { AwaitingHello, Live, Closing };

    void onText(const QString& text);
    void onHello(const protocol::StreamFrame& frame);
    void onPublished(const StoredEvent& event);
    void onTokenRevoked(const QString& digest);
    void onTick();
    void catchUp(qint64 upTo);
    void send(const protocol::StreamFrame& frame);
    void sendRaw(const QJsonObject& frame);
    void sendText(const QString& text);
    void closeWith(int code, const QString& reason, const std::optional<protocol::ApiError>& error);

    QPointer<QWebSocket> socket_;
    AuthService& auth_;
    EventStore& events_;
    EventHub& hub_;
    StreamTimeouts timeouts_;
    State state_ = State::AwaitingHello;
    Caller caller_;
    QString tokenDigest_;
    qint64 lastSent_ = 0;
    QElapsedTimer sinceHeard_;
    QElapsedTimer sinceSent_;
    QTimer helloTimer_;
    QTimer tick_;
};

// Owns the open streams; the HTTP front hands it each new WebSocket.
class StreamServer : public QObject {
    Q_OBJECT
public:
    StreamServer(AuthService& auth, EventStore& events, EventHub& hub, StreamTimeouts timeouts,
                 QObject* parent = nullptr);

    void accept(QWebSocket* socket);
    // Closes every stream with "going away" (server shutdown).
    void closeAll();
    int count() const;

private:
    AuthService& auth_;
    EventStore& events_;
    EventHub& hub_;
    StreamTimeouts timeouts_;
};

} // namespace baton::server
