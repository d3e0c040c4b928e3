#include "httpload.h"

namespace baton::bench {

namespace {

// Length of a complete chunked body starting at `from`, or -1 if more
// bytes are needed; the decoded body goes to `body`.
qsizetype chunked(const QByteArray& data, qsizetype from, QByteArray& body)
{
    qsizetype at = from;
    body.clear();
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const qsizetype size =
            data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return -2;
        at = lineEnd + 2;
        if (size == 0) {
            if (data.size() < at + 2)
                return -1;
            return at + 2 - from;
        }
        if (data.size() < at + size + 2)
            return -1;
        body += data.mid(at, size);
        at += size + 2;
    }
}

} // namespace

QByteArray httpRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                       const QByteArray& headers)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
    if (!body.isEmpty() || method != "GET")
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return out + "\r\n" + body;
}

HttpConnection::HttpConnection(quint16 port, Next next, Done done)
    : next_(std::move(next))
    , done_(std::move(done))
{
    QObject::connect(&socket_, &QTcpSocket::connected, this, [this] {
        // Only a connected socket takes the option; without it every
        // request waits out Nagle against the peer's delayed ACK.
        socket_.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendNext();
    });
    QObject::connect(&socket_, &QTcpSocket::readyRead, this, [this] { readResponse(); });
    QObject::connect(&socket_, &QTcpSocket::errorOccurred, this, [this] {
        if (socket_.error() != QAbstractSocket::RemoteHostClosedError || !buffer_.isEmpty())
            done_(0, socket_.errorString().toUtf8());
    });
    socket_.connectToHost(QStringLiteral("127.0.0.1"), port);
}

void HttpConnection::sendNext()
{
    const QByteArray request = next_();
    if (request.isEmpty()) {
        socket_.disconnectFromHost();
        return;
    }
    socket_.write(request);
}

void HttpConnection::readResponse()
{
    buffer_ += socket_.readAll();
    for (;;) {
        const qsizetype headerEnd = buffer_.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer_.left(headerEnd).toLower();
        const int status = head.mid(9, 3).toInt();
        QByteArray body;
        qsizetype total = 0;
        const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
        if (lengthAt >= 0) {
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt + 2);
            const qsizetype length =
                head.mid(lengthAt + 17, (lineEnd < 0 ? head.size() : lineEnd) - lengthAt - 17)
                    .trimmed()
                    .toLongLong();
            if (buffer_.size() < headerEnd + 4 + length)
                return;
            body = buffer_.mid(headerEnd + 4, length);
            total = headerEnd + 4 + length;
        } else if (head.contains("\r\ntransfer-encoding: chunked")) {
            const qsizetype n = chunked(buffer_, headerEnd + 4, body);
            if (n == -1)
                return;
            if (n < 0) {
                done_(0, "bad chunked body");
                return;
            }
            total = headerEnd + 4 + n;
        } else {
            total = headerEnd + 4;
        }
        buffer_.remove(0, total);
        done_(status, body);
        sendNext();
    }
}

} // namespace baton::bench
