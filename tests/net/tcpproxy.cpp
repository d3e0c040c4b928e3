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

void TcpProxy::relay(QTcpSocket* from, QTcpSocket* to, int direction)
{
    const QByteArray bytes = from->readAll();
    if (blackHole_ & direction)
        swallowed_ += bytes.size();
    else
        to->write(bytes);
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
                [this, client, upstream] { relay(client, upstream, ToServer); });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, client, upstream] { relay(upstream, client, ToClient); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        // Inside a black hole the client must not learn that the server
        // hung up: no FIN, no reset, only silence.
        const auto upstreamGone = [this, client] {
            if (!(blackHole_ & ToClient))
                drop(client);
        };
        connect(upstream, &QTcpSocket::disconnected, this, upstreamGone);
        connect(upstream, &QTcpSocket::errorOccurred, this, upstreamGone);
        upstream->connectToHost(targetHost_, targetPort_);
        // Anything the client sent before the upstream connected is queued.
        if (client->bytesAvailable() > 0)
            relay(client, upstream, ToServer);
    }
}

} // namespace baton::test
