#include "streampeer.h"

#include <protocol/stream.h>

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace baton::test {

StreamPeer::StreamPeer()
    : server_(u"stream-peer"_s, QWebSocketServer::NonSecureMode)
{
    connect(&server_, &QWebSocketServer::newConnection, this, [this] { accept(); });
}

StreamPeer::~StreamPeer()
{
    // The sockets are children and die after this object's members: silence them.
    disconnect(&server_, nullptr, this, nullptr);
    for (QObject* child : children()) {
        if (auto* socket = qobject_cast<QWebSocket*>(child))
            disconnect(socket, nullptr, this, nullptr);
    }
}

bool StreamPeer::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl StreamPeer::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(server_.serverPort()));
}

bool StreamPeer::isConnected() const
{
    return current_ && current_->state() == QAbstractSocket::ConnectedState;
}

void StreamPeer::sendEvent(const protocol::Event& event)
{
    sendFrame(protocol::toJson(protocol::StreamFrame::ofEvent(event)));
}

void StreamPeer::sendFrame(const QJsonObject& frame)
{
    if (current_)
        current_->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamPeer::accept()
{
    while (QWebSocket* socket = server_.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { received(socket, text); });
    }
}

void StreamPeer::received(QWebSocket* socket, const QString& text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type"_s).toString();
    if (type == u"hello"_s) {
        ++hellos_;
        lastAfter_ = frame.value(u"after"_s).toInteger();
        current_ = socket;
        sendFrame(protocol::toJson(protocol::StreamFrame::welcome(head_)));
    } else if (type == u"ping"_s) {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(protocol::toJson(protocol::StreamFrame::pong())).toJson()));
    }
}

} // namespace baton::test
