#include "httppeer.h"
#include "httprequest.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace baton::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpPeer::HttpPeer()
{
    clock_.start();
    connect(&server_, &QTcpServer::newConnection, this, &HttpPeer::onNewConnection);
}

HttpPeer::~HttpPeer() = default;

bool HttpPeer::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl HttpPeer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server_.serverPort());
    return url;
}

void HttpPeer::onNewConnection()
{
    acceptHttpConnections(server_, this, buffers_,
                          [this](QTcpSocket* socket) { onReadyRead(socket); });
}

void HttpPeer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = buffers_[socket];
    buffer += socket->readAll();
    for (;;) {
        Request request;
        if (!takeHttpRequest(buffer, request))
            return;
        request.receivedMs = clock_.elapsed();
        requests_.append(request);

        const Response response = responses_.isEmpty() ? fallback_ : responses_.takeFirst();
        const qsizetype index = requests_.size() - 1;
        if (response.silent)
            continue;
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, index, response] {
                if (guard)
                    answer(guard, index, response);
            });
        } else {
            answer(socket, index, response);
        }
    }
}

void HttpPeer::answer(QTcpSocket* socket, qsizetype index, const Response& response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    requests_[index].answeredMs = clock_.elapsed();
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace baton::test
