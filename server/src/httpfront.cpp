#include "bodylimit.h"
#include "httpfront.h"
#include "logging.h"

#include <protocol/limits.h>

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#include <QHttpServerWebSocketUpgradeResponse>
#endif

using namespace Qt::StringLiterals;

namespace baton::server {
namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

} // namespace

HttpFront::HttpFront(Handler handler, QString streamPath, QObject* parent)
    : QAbstractHttpServer(parent)
    , handler_(std::move(handler))
    , streamPath_(std::move(streamPath))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpFront::takeWebSockets);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // From 6.8 an upgrade is accepted only by a verifier; authentication
    // happens in the first frame, so the path is all that is checked here.
    addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest& request) {
        return request.url().path() == streamPath_
                   ? QHttpServerWebSocketUpgradeResponse::accept()
                   : QHttpServerWebSocketUpgradeResponse::passToNext();
    });
#endif
}

bool HttpFront::start(const QHostAddress& address, quint16 port, QString* error)
{
    // Our own listening socket on every Qt version: 6.8 only binds to one,
    // and we want a deep backlog for reconnect storms.
    // Bodies over the attachment limit are refused before QtHttpServer reads them.
    auto* server = new BodyLimitServer(protocol::kMaxAttachmentBytes, this);
    tcp_ = server;
    tcp_->setListenBacklogSize(1024);
    if (!tcp_->listen(address, port)) {
        if (error)
            *error = tcp_->errorString();
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(tcp_)) {
        if (error)
            *error = u"the HTTP server refused the listening socket"_s;
        return false;
    }
#else
    bind(tcp_);
#endif
    server->hookAfterHttpServer();
    return true;
}

quint16 HttpFront::port() const
{
    return tcp_ ? tcp_->serverPort() : 0;
}

void HttpFront::takeWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        auto socket = nextPendingWebSocketConnection();
        if (!socket)
            return;
        QWebSocket* raw = socket.release();
        // The HTTP layer already routed it here, but check the path anyway.
        if (raw->requestUrl().path() != streamPath_) {
            raw->close(QWebSocketProtocol::CloseCodePolicyViolated, u"no such path"_s);
            raw->deleteLater();
            continue;
        }
        Q_EMIT webSocketConnected(raw);
    }
}

bool HttpFront::isWebSocketUpgrade(const QHttpServerRequest& request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

HttpRequest HttpFront::convert(const QHttpServerRequest& request) const
{
    HttpRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path();
    out.query = request.query();
    out.body = request.body();
    out.peer = request.remoteAddress();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto& [name, value] : headers)
        out.headers.insert(name.toLower(), value);
    return out;
}

void HttpFront::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto& [name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 asks the handler about an upgrade too: answering true without
    // writing lets it hand the socket to its WebSocket server; false sends
    // it to missingHandler, which answers 404.
    if (isWebSocketUpgrade(request))
        return request.url().path() == streamPath_;
    auto responder = makeResponder(request, socket);
    write(responder, handler_(convert(request)));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto responder = makeResponder(request, socket);
    write(responder, handler_(convert(request)));
}

#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)

bool HttpFront::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (isWebSocketUpgrade(request))
        return request.url().path() == streamPath_;
    write(responder, handler_(convert(request)));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    write(responder, handler_(convert(request)));
}

#else

bool HttpFront::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    write(responder, handler_(convert(request)));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    write(responder, handler_(convert(request)));
}

#endif

} // namespace baton::server
