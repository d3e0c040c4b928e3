#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace baton::test {

// A TCP relay between the client and a real batond, so a test can cut the
// network under a live connection (the server stays up and keeps writing
// events) and refuse new connections for a while.
class TcpProxy : public QObject {
public:
    TcpProxy(QHostAddress targetHost, quint16 targetPort);
    ~TcpProxy() override;

    bool listen();
    quint16 port() const { return server_.serverPort(); }
    // `url` with the host and port replaced by the proxy's.
    QUrl rewrite(QUrl url) const;

    // Drops every relayed connection at once (both sides see a reset).
    void cut();
    // While refusing, new connections are accepted and dropped at once.
    void setRefusing(bool refusing) { refusing_ = refusing; }
    int accepted() const { return accepted_; }

private:
    struct Pair {
        QTcpSocket* client;
        QTcpSocket* upstream;
    };
    void onNewConnection();
    void drop(QTcpSocket* client);

    QHostAddress targetHost_;
    quint16 targetPort_;
    QTcpServer server_;
    QList<Pair> pairs_;
    bool refusing_ = false;
    int accepted_ = 0;
};

} // namespace baton::test
