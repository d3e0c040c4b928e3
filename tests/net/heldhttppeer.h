#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace baton::test {

// A scripted HTTP/1.1 peer that answers nothing by itself: every request is
// recorded and held until the test answers it. This orders "the answer
// arrives after that event" without any timing (HttpPeer answers in arrival
// order or after a delay, which cannot guarantee it).
class HeldHttpPeer : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QByteArray body;
        bool answered = false;
    };

    HeldHttpPeer();
    ~HeldHttpPeer() override;

    bool listen();
    QUrl url() const;

    const QList<Request>& requests() const { return requests_; }
    qsizetype count() const { return requests_.size(); }
    // The first request not answered yet whose target starts with `prefix`, or -1.
    int waiting(QByteArrayView prefix) const;
    // Answers request `index` (JSON body) and closes its connection.
    void answer(int index, int status, const QByteArray& body);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer server_;
    QHash<QTcpSocket*, QByteArray> buffers_;
    QList<Request> requests_;
    QList<QPointer<QTcpSocket>> sockets_; // per request
};

} // namespace baton::test
