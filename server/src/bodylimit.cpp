#include "bodylimit.h"
#include "logging.h"

#include <protocol/error.h>

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace baton::server {
namespace {

// After a refusal, the rest of the body is read and dropped for at most
// this long (or this much), so the client sees the 413 rather than a reset.
constexpr int kDrainMs = 10'000;
constexpr qint64 kMaxDrain = 256LL * 1024 * 1024;

} // namespace

HttpBodyTracker::Verdict HttpBodyTracker::feed(const char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && verdict_ == Verdict::Fine) {
        switch (state_) {
        case State::Head: {
            const char c = data[i++];
            // Blank lines between requests are ignored, as QtHttpServer does.
            if (line_.isEmpty() && (c == '\r' || c == '\n'))
                break;
            line_.append(c);
            if (c == '\n' && (line_.endsWith("\n\r\n") || line_.endsWith("\n\n")))
                headComplete();
            else if (line_.size() > kMaxHead)
                refuse(-1);
            break;
        }
        case State::Body: {
            const qint64 n = std::min<qint64>(remaining_, size - i);
            remaining_ -= n;
            i += n;
            if (remaining_ == 0)
                state_ = State::Head;
            break;
        }
        case State::ChunkSize: {
            const char c = data[i++];
            if (c != '\n') {
                if (line_.size() > 1024)
                    verdict_ = Verdict::Passthrough; // malformed: QtHttpServer refuses it
                line_.append(c);
                break;
            }
            bool ok = false;
            const qint64 chunk = line_.split(';').constFirst().trimmed().toLongLong(&ok, 16);
            line_.clear();
            if (!ok || chunk < 0) {
                verdict_ = Verdict::Passthrough;
                break;
            }
            if (chunk == 0) {
                state_ = State::Trailer;
                break;
            }
            chunkedTotal_ += chunk;
            if (chunkedTotal_ > maxBody_) {
                refuse(-1);
                break;
            }
            remaining_ = chunk;
            state_ = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(remaining_, size - i);
            remaining_ -= n;
            i += n;
            if (remaining_ == 0)
                state_ = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (data[i++] == '\n')
                state_ = State::ChunkSize;
            break;
        case State::Trailer: {
            const char c = data[i++];
            line_.append(c);
            if (c != '\n')
                break;
            const bool empty = line_.trimmed().isEmpty();
            line_.clear();
            if (empty) {
                chunkedTotal_ = 0;
                state_ = State::Head;
            }
            break;
        }
        }
    }
    consumed_ = i;
    return verdict_;
}

void HttpBodyTracker::headComplete()
{
    qint64 length = 0;
    bool chunked = false;
    bool upgrade = false;
    const QList<QByteArray> lines = line_.split('\n');
    line_.clear();
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray& header = lines.at(n);
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = header.left(colon).trimmed().toLower();
        const QByteArray value = header.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                verdict_ = Verdict::Passthrough; // QtHttpServer answers it
                return;
            }
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "upgrade") {
            upgrade = true;
        }
    }
    if (upgrade) {
        // A WebSocket: from here on the bytes are frames, not requests.
        verdict_ = Verdict::Passthrough;
    } else if (chunked) {
        chunkedTotal_ = 0;
        state_ = State::ChunkSize;
    } else if (length > maxBody_) {
        refuse(length);
    } else if (length > 0) {
        remaining_ = length;
        state_ = State::Body;
    }
}

void HttpBodyTracker::refuse(qint64 remaining)
{
    verdict_ = Verdict::TooLarge;
    refusedRemaining_ = remaining;
}

BodyGuard::BodyGuard(QTcpSocket* socket, qint64 maxBody)
    : QObject(socket)
    , socket_(socket)
    , tracker_(maxBody)
{
    connect(socket_, &QTcpSocket::readyRead, this, &BodyGuard::before);
    drainTimer_.setSingleShot(true);
    connect(&drainTimer_, &QTimer::timeout, this, [this] { socket_->abort(); });
}

void BodyGuard::hookAfter()
{
    connect(socket_, &QTcpSocket::readyRead, this, &BodyGuard::after);
}

void BodyGuard::before()
{
    if (refused_) {
        discard();
        return;
    }
    if (tracker_.verdict() == HttpBodyTracker::Verdict::Passthrough)
        return;
    const qint64 available = socket_->bytesAvailable();
    if (available > leftover_) {
        const QByteArray fresh = socket_->peek(available).mid(leftover_);
        if (tracker_.feed(fresh.constData(), fresh.size()) == HttpBodyTracker::Verdict::TooLarge) {
            refuse(fresh.size() - tracker_.consumed());
            return;
        }
    }
    leftover_ = available;
}

void BodyGuard::after()
{
    if (!refused_)
        leftover_ = socket_->bytesAvailable();
}

void BodyGuard::refuse(qint64 bodyBytes)
{
    refused_ = true;
    qCInfo(lcHttp) << "refused a request body over the size limit from"
                   << socket_->peerAddress().toString();
    protocol::ApiError error{
        protocol::ErrorCode::PayloadTooLarge, u"the body is larger than 20971520 bytes"_s, {}, {}};
    const QByteArray body = QJsonDocument(protocol::toJson(error)).toJson(QJsonDocument::Compact);
    socket_->write("HTTP/1.1 413 Payload Too Large\r\n"
                   "Content-Type: application/json; charset=utf-8\r\n"
                   "Cache-Control: no-store\r\n"
                   "Connection: close\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket_->flush();
    drainTimer_.start(kDrainMs);
    // What is buffered now is part of the refused request: QtHttpServer
    // never gets it.
    drained_ = bodyBytes - socket_->bytesAvailable();
    discard();
}

void BodyGuard::discard()
{
    const qint64 available = socket_->bytesAvailable();
    drained_ += available;
    socket_->skip(available);
    // QtHttpServer reads inside a transaction; end it so nothing is kept.
    if (socket_->isTransactionStarted())
        socket_->commitTransaction();
    const qint64 expected = tracker_.refusedRemaining();
    if (expected >= 0 && drained_ >= expected) {
        socket_->disconnectFromHost();
    } else if (drained_ > kMaxDrain) {
        socket_->abort();
    }
}

BodyLimitServer::BodyLimitServer(qint64 maxBody, QObject* parent)
    : QTcpServer(parent)
    , maxBody_(maxBody)
{}

void BodyLimitServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // QtHttpServer writes a response's head and body separately: with Nagle
    // on, the tail of a keep-alive response waited for the client's delayed
    // ACK, 40 ms per request on Linux (docs/performance.md).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QtHttpServer connects its own readyRead handler.
    unhooked_.append(new BodyGuard(socket, maxBody_));
    addPendingConnection(socket);
}

void BodyLimitServer::hookAfterHttpServer()
{
    // QtHttpServer takes new sockets in its newConnection slot, connected
    // (by bind) before this one: here its readyRead handler exists already.
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<BodyGuard>& guard : std::as_const(unhooked_)) {
            if (guard)
                guard->hookAfter();
        }
        unhooked_.clear();
    });
}

} // namespace baton::server
