#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace baton::test {

// A scripted HTTP/1.1 peer for the conditions a real batond cannot be made to
// produce on demand (429 with Retry-After, 503, an answer that never comes).
// It answers each request with the next canned response, in order, and
// records what it received and when.
class HttpPeer : public QObject {
public:
    struct Response {
        int status = 200;
        QByteArray body = QByteArrayLiteral("{}");
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;     // answer this much later
        bool silent = false; // never answer (the connection stays open)
    };

    struct Request {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QByteArray body;
        qint64 receivedMs = 0; // on this peer's clock
        qint64 answeredMs = -1;
    };

    HttpPeer();
    ~HttpPeer() override;

    bool listen();
    QUrl url() const;

    void enqueue(const Response& response) { responses_.append(response); }
    // Used when the queue is empty.
    void setFallback(const Response& response) { fallback_ = response; }

    const QList<Request>& requests() const { return requests_; }
    qsizetype count() const { return requests_.size(); }
    qint64 elapsedMs() const { return clock_.elapsed(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, qsizetype index, const Response& response);

    QTcpServer server_;
    QElapsedTimer clock_;
    QHash<QTcpSocket*, QByteArray> buffers_;
    QList<Response> responses_;
    Response fallback_;
    QList<Request> requests_;
};

} // namespace baton::test
