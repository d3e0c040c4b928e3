#pragma once

#include <net/backoff.h>
#include <net/clock.h>
#include <protocol/error.h>
#include <protocol/event.h>
#include <protocol/json.h>
#include <protocol/stream.h>

#include <QAbstractSocket>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QWebSocket;

namespace baton::net {

// What the UI shows about the live connection.
//  - Online: a welcome arrived on the current socket; events flow.
//  - Connecting: trying to get (back) online: an attempt is in flight
//    (`nextRetryAt` invalid) or the next one is scheduled at `nextRetryAt`.
//    `since` is when the stream stopped being online (or was started);
//    `attempt` counts attempts since then, 1-based.
//  - Offline: not trying: never started, stopped, or the server refused the
//    token (`needsLogin`: the agent must log in again).
// `lastSyncAt` is the last time a frame arrived on a live connection, i.e.
// the moment the local data was last known to be current (invalid: never).
struct StreamStatus {
    enum class State { Offline, Connecting, Online };

    State state = State::Offline;
    QDateTime since;
    int attempt = 0;
    QDateTime nextRetryAt;
    QDateTime lastSyncAt;
    bool needsLogin = false;
    QString lastError; // why the last connection ended, for a tooltip

    bool operator==(const StreamStatus&) const = default;
};

// The stream's timings; the defaults are the protocol's. Tests shorten them.
struct StreamTimings {
    // Send a ping after this long without sending anything.
    std::chrono::milliseconds pingInterval{protocol::kStreamPingIntervalMs};
    // Declare the socket dead after this long without receiving any frame
    // (also bounds connecting and the handshake).
    std::chrono::milliseconds deadAfter{protocol::kStreamDeadAfterMs};
    // How often the wall clock is compared with the monotonic clock, and how
    // far they may drift apart before it counts as a wake-up (or a clock
    // change), which reconnects at once.
    std::chrono::milliseconds wakeCheckInterval{5'000};
    std::chrono::milliseconds wakeTolerance{5'000};
    // Reconnect delays: full jitter between 0 and a ceiling that starts at
    // `backoffBase` and doubles per attempt up to `backoffCap`.
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{60'000};
};

// The collaborators and settings of an EventStream. `clock` and `random` are
// not owned; null means the system clock / QRandomGenerator::global().
struct StreamOptions {
    StreamTimings timings;
    Clock* clock = nullptr;
    QRandomGenerator* random = nullptr;
};

// The live event stream (GET /api/v1/stream). Each attempt uses a fresh
// QWebSocket and says hello with the last seq the owner applied; reconnects
// with backoff after any close or error (reset by a welcome); pings when
// quiet and replaces a socket that has been silent too long; reconnects at
// once when the wall clock jumps (a laptop waking up); stops on close code
// 4401 (bad token) and reports that the agent must log in again.
//
// It does not apply events or check their order: the owner applies each
// event, reports its seq with setAppliedSeq(), and calls reconnect() if it
// sees a gap.
class EventStream : public QObject {
    Q_OBJECT

public:
    explicit EventStream(StreamOptions options = {}, QObject* parent = nullptr);
    ~EventStream() override;

    // ws(s)://host[:port][/base]/api/v1/stream for a REST base URL.
    static QUrl streamUrlFor(const QUrl& restBaseUrl);

    void setUrl(const QUrl& url) { url_ = url; }
    QUrl url() const { return url_; }
    void setToken(const QString& token) { token_ = token; }
    // The last seq the owner has applied (and stored); sent as `after`.
    void setAppliedSeq(qint64 seq) { appliedSeq_ = seq; }
    qint64 appliedSeq() const { return appliedSeq_; }

    // Starts connecting (no effect if already running).
    void start();
    // Closes the connection (code 1000) and stops reconnecting.
    void stop();
    // Replaces the socket now and resumes from the applied seq (the owner
    // saw a gap, or the network changed).
    void reconnect();

    bool isRunning() const { return running_; }
    const StreamStatus& status() const { return status_; }

Q_SIGNALS:
    void statusChanged(const baton::net::StreamStatus& status);
    // The hello was accepted; events with seq > the applied seq follow.
    void welcomed(qint64 head);
    void eventReceived(const baton::protocol::Event& event);
    // The applied seq cannot be served: take a snapshot, then apply the
    // events that follow (seq > head).
    void resyncRequired(qint64 head);
    // The server refused the token (close code 4401 or an `unauthorized`
    // error frame). The stream stays offline until start() is called again.
    void needsLogin(const baton::protocol::ApiError& error);
    // The server sent an error frame (it closes right after).
    void serverError(const baton::protocol::ApiError& error);
    // A frame that is not what the protocol says; the socket is replaced.
    void protocolError(const baton::protocol::DecodeError& error);
    // The wall clock moved `jumpMs` more (or less) than the monotonic clock.
    void wakeDetected(qint64 jumpMs);

private:
    void openSocket();
    void dropSocket();
    void connectionLost(const QString& reason);
    void scheduleRetry();
    void declareNeedsLogin(const protocol::ApiError& error);
    void send(const protocol::StreamFrame& frame);
    // Acts on a frame readServerFrame() accepted in the current state.
    void handleFrame(const protocol::StreamFrame& frame);

    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTextMessage(const QString& text);
    void onBinaryMessage(const QByteArray& data);
    void onPingDue();
    void onDead();
    void onRetryDue();
    void onWakeCheck();

    void markAlive();
    void resetWakeBaseline();
    QDateTime wallNow() const;
    void setStatus(const StreamStatus& status);
    void goConnecting(const QDateTime& nextRetryAt);

    StreamTimings timings_;
    std::unique_ptr<Clock> ownClock_;
    Clock* clock_;
    Backoff backoff_;

    QUrl url_;
    QString token_;
    qint64 appliedSeq_ = 0;

    QWebSocket* socket_ = nullptr;
    bool online_ = false;       // the current socket got its welcome
    bool refusedToken_ = false; // the current socket got an unauthorized error frame
    protocol::ApiError lastServerError_;
    bool running_ = false;
    int attempt_ = 0; // attempts since the stream was last online
    QDateTime since_;
    QDateTime lastSyncAt_;
    QString lastError_;
    StreamStatus status_;

    QTimer pingTimer_;
    QTimer deadTimer_;
    QTimer retryTimer_;
    QTimer wakeTimer_;
    qint64 wakeWall_ = 0;
    qint64 wakeMono_ = 0;
};

} // namespace baton::net
