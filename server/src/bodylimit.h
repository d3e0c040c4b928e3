#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace baton::server {

// Follows the HTTP/1.1 requests on one connection (heads, Content-Length
// and chunked bodies) as bytes arrive, without keeping them, and says when
// a body would exceed the limit.
class HttpBodyTracker {
public:
    explicit HttpBodyTracker(qint64 maxBody)
        : maxBody_(maxBody)
    {}

    enum class Verdict { Fine, TooLarge, Passthrough };
    Verdict feed(const char* data, qsizetype size);
    Verdict verdict() const { return verdict_; }
    // For a refused Content-Length body: how many body bytes are still to come.
    qint64 refusedRemaining() const { return refusedRemaining_; }
    // How many bytes of the last feed() were taken before its verdict.
    qsizetype consumed() const { return consumed_; }

    static constexpr qsizetype kMaxHead = qsizetype{64} * 1024;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer };
    void headComplete();
    void refuse(qint64 remaining);

    qint64 maxBody_;
    State state_ = State::Head;
    Verdict verdict_ = Verdict::Fine;
    QByteArray line_; // the head, or the current chunk-size / trailer line
    qint64 remaining_ = 0;
    qint64 chunkedTotal_ = 0;
    qint64 refusedRemaining_ = -1;
    qsizetype consumed_ = 0;
};

// Watches one socket for QtHttpServer, which would otherwise buffer a body
// of any size: its first readyRead slot (connected before QtHttpServer's)
// feeds the new bytes to a tracker; once a body exceeds the limit it
// answers 413 itself, closes, and from then on reads and discards what the
// client still sends, so QtHttpServer never sees (or buffers) it.
class BodyGuard : public QObject {
    Q_OBJECT
public:
    BodyGuard(QTcpSocket* socket, qint64 maxBody);
    // Connects the slot that runs after QtHttpServer's readyRead handler.
    void hookAfter();

private:
    void before();
    void after();
    // `bodyBytes`: bytes of the refused body already in the buffer.
    void refuse(qint64 bodyBytes);
    void discard();

    QTcpSocket* socket_;
    HttpBodyTracker tracker_;
    qint64 leftover_ = 0; // bytes QtHttpServer left unread after its handler
    bool refused_ = false;
    qint64 drained_ = 0;
    QTimer drainTimer_;
};

// The listening socket of the HTTP front: every connection gets a BodyGuard.
class BodyLimitServer : public QTcpServer {
    Q_OBJECT
public:
    explicit BodyLimitServer(qint64 maxBody, QObject* parent = nullptr);
    // Call right after QAbstractHttpServer::bind(this): from then on each new
    // connection's guard also learns what QtHttpServer left unread.
    void hookAfterHttpServer();

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 maxBody_;
    QList<QPointer<BodyGuard>> unhooked_;
};

} // namespace baton::server
