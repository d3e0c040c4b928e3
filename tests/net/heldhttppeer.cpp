#include "heldhttppeer.h"
#include "httprequest.h"

#include <QTcpSocket>

namespace baton::test {

HeldHttpPeer::HeldHttpPeer()
{
    connect(&server_, &QTcpServer::newConnection, this, &HeldHttpPeer::onNewConnection);
}

HeldHttpPeer::~HeldHttpPeer() = default;

bool HeldHttpPeer::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl HeldHttpPeer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server_.serverPort());
    return url;
}

int HeldHttpPeer::waiting(QByteArrayView prefix) const
{
    for (qsizetype i = 0; i < requests_.size(); ++i) {
        if (!requests_.at(i).answered && requests_.at(i).target.startsWith(prefix))
            return static_cast<int>(i);
    }
    return -1;
}

void HeldHttpPeer::answer(int index, int status, const QByteArray& body)
{
    Request& request = requests_[index];
    request.answered = true;
    QTcpSocket* socket = sockets_.at(index);
    if (!socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    socket->write(out);
    socket->disconnectFromHost();
}

void HeldHttpPeer::onNewConnection()
{
    acceptHttpConnections(server_, this, buffers_,
                          [this](QTcpSocket* socket) { onReadyRead(socket); });
}

void HeldHttpPeer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = buffers_[socket];
    buffer += socket->readAll();
    for (;;) {
        Request request;
        if (!takeHttpRequest(buffer, request))
            return;
        requests_.append(request);
        sockets_.append(socket);
    }
}

} // namespace baton::test
