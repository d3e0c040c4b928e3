// The floor for chat-page reads: a bare QHttpServer route on 127.0.0.1 that
// answers GET /api/v1/chats with a fixed body (a page batond served, saved
// by scripts/bench), so the comparison isolates what batond adds on top of
// Qt's HTTP server: auth, the query, JSON encoding.
//
//   bench_raw_server --body FILE   prints "listening on PORT", runs until killed
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Nagle off, as batond's listening socket does: otherwise the floor itself
// waits 40 ms for delayed ACKs on every keep-alive response.
class NoDelayServer : public QTcpServer {
protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--body"_s);
    if (at < 0 || at + 1 >= args.size())
        qFatal("usage: bench_raw_server --body FILE");
    QFile file(args.at(at + 1));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QByteArray body = file.readAll();

    QHttpServer server;
    server.route(u"/api/v1/chats"_s,
                 [&body] { return QHttpServerResponse("application/json", body); });
    auto* tcp = new NoDelayServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen");
    server.bind(tcp);
    const quint16 port = tcp->serverPort();
    QTextStream(stdout) << "listening on " << port << Qt::endl;
    return app.exec();
}
