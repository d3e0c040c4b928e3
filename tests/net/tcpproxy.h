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

    // A black hole: bytes in the chosen directions are read and silently
    // dropped, on open and new connections, with no FIN or reset, as a dead
    // route or a sleeping NAT does. ToClient alone loses only the answers.
    enum BlackHole { None = 0, ToClient = 1, ToServer = 2, Both = ToClient | ToServer };
    void setBlackHole(BlackHole directions) { blackHole_ = directions; }
    // Bytes dropped by the black hole so far (both directions).
    qint64 swallowed() const { return swallowed_; }
    // New connections go to `port` (a restarted server); open ones stay.
    void setTargetPort(quint16 port) { targetPort_ = port; }

private:
    struct Pair {
        QTcpSocket* client;
        QTcpSocket* upstream;
    };
    void onNewConnection();
    void drop(QTcpSocket* client);
    void relay(QTcpSocket* from, QTcpSocket* to, int direction);

    QHostAddress targetHost_;
    quint16 targetPort_;
    QTcpServer server_;
    QList<Pair> pairs_;
    bool refusing_ = false;
    int accepted_ = 0;
    int blackHole_ = None;
    qint64 swallowed_ = 0;
};

} // namespace baton::test
