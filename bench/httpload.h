#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

#include <functional>

namespace baton::bench {

// One keep-alive HTTP/1.1 connection to 127.0.0.1 that sends a request,
// waits for the whole response, and asks `next` for the following request;
// a plain socket so the client costs as little as possible next to the
// server it measures.
class HttpConnection : public QObject {
public:
    // Returns the next request's bytes, or empty to stop.
    using Next = std::function<QByteArray()>;
    // status 0: the connection failed.
    using Done = std::function<void(int status, const QByteArray& body)>;

    // Connects at once and sends the first request when connected.
    HttpConnection(quint16 port, Next next, Done done);

private:
    void sendNext();
    void readResponse();

    QTcpSocket socket_;
    Next next_;
    Done done_;
    QByteArray buffer_;
};

// A request with Content-Length and the given extra header lines.
QByteArray httpRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                       const QByteArray& headers = {});

} // namespace baton::bench
