#pragma once

#include "apiutil.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QtGlobal>

#include <functional>

class QTcpServer;
class QWebSocket;

namespace baton::server {

// The one place that knows QtHttpServer: it turns its requests into
// HttpRequest, writes HttpResponse back, and hands WebSocket upgrades on the
// stream path to whoever listens to webSocketConnected. Differences between
// Qt versions stay in this class.
class HttpFront : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpFront(Handler handler, QString streamPath, QObject* parent = nullptr);

    // Listens on address:port (0 picks a free port).
    bool start(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;

Q_SIGNALS:
    // A WebSocket on the stream path; the receiver takes ownership.
    void webSocketConnected(QWebSocket* socket);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request,
                        QHttpServerResponder&& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request,
                        QHttpServerResponder& responder) override;
#endif

private:
    static bool isWebSocketUpgrade(const QHttpServerRequest& request);
    HttpRequest convert(const QHttpServerRequest& request) const;
    static void write(QHttpServerResponder& responder, const HttpResponse& response);
    void takeWebSockets();

    Handler handler_;
    QString streamPath_;
    QTcpServer* tcp_ = nullptr;
};

} // namespace baton::server
