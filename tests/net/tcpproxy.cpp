#include "tcpproxy.h"

#include <QTcpSocket>

namespace baton::test {

TcpProxy::TcpProxy(QHostAddress targetHost, quint16 targetPort)
    : targetHost_(std::move(targetHost))
    , targetPort_(targetPort)
{
    connect(&server_, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    cut();
}

bool TcpProxy::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl TcpProxy::rewrite(QUrl url) const
{
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server_.serverPort());
    return url;
}

void TcpProxy::cut()
{
    while (!pairs_.isEmpty())
        drop(pairs_.first().client);
}

void TcpProxy::drop(QTcpSocket* client)
{
    for (qsizetype i = 0; i < pairs_.size(); ++i) {
        if (pairs_.at(i).client != client)
            continue;
        const Pair pair = pairs_.takeAt(i);
        for (QTcpSocket* s : {pair.client, pair.upstream}) {
            disconnect(s, nullptr, this, nullptr);
            s->abort();
            s->deleteLater();
        }
        return;
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket* client = server_.nextPendingConnection()) {
        ++accepted_;
        if (refusing_) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* upstream = new QTcpSocket(this);
        client->setParent(this);
        pairs_.append(Pair{client, upstream});
        connect(client, &QTcpSocket::readyRead, this,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, this,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, client] { drop(client); });
        upstream->connectToHost(targetHost_, targetPort_);
        // Anything the client sent before the upstream connected is queued.
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    }
}

} // namespace baton::test
