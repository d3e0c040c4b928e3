#pragma once

#include <protocol/event.h>

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWebSocketServer>

class QWebSocket;

namespace baton::test {

// A scripted server side of /api/v1/stream for the sync layer's tests: it
// answers a hello with a welcome, answers pings, and sends exactly the event
// frames the test asks for (so it can skip a seq, repeat one, or send them
// out of order, which the real batond never does).
class StreamPeer : public QObject {
public:
    StreamPeer();
    ~StreamPeer() override;

    bool listen();
    QUrl url() const;

    // The head the welcome carries.
    void setHead(qint64 head) { head_ = head; }
    // How many hellos arrived, and the `after` of the last one.
    int hellos() const { return hellos_; }
    qint64 lastAfter() const { return lastAfter_; }
    bool isConnected() const;

    // To the connection that sent the last hello.
    void sendEvent(const protocol::Event& event);
    void sendFrame(const QJsonObject& frame);

private:
    void accept();
    void received(QWebSocket* socket, const QString& text);

    QWebSocketServer server_;
    QPointer<QWebSocket> current_;
    qint64 head_ = 0;
    int hellos_ = 0;
    qint64 lastAfter_ = -1;
};

} // namespace baton::test
