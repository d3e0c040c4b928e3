#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace baton::test {

// A WebSocket on /api/v1/stream with blocking helpers: every frame is
// queued as it arrives and taken out with nextFrame().
class StreamClient {
public:
    StreamClient();

    bool open(const QUrl& url, int timeoutMs = 10'000);
    void send(const QJsonObject& frame);
    void sendHello(const QString& token, qint64 after);
    // The next frame, waiting up to timeoutMs; nullopt on timeout or close.
    std::optional<QJsonObject> nextFrame(int timeoutMs = 10'000);
    // Waits for the next frame whose type is not ping (answering pings).
    std::optional<QJsonObject> nextNonPing(int timeoutMs = 10'000);
    // True if the server closed the socket within timeoutMs.
    bool waitClosed(int timeoutMs = 10'000);
    int closeCode() const { return closeCode_; }
    bool isOpen() const { return socket_.state() == QAbstractSocket::ConnectedState; }
    qsizetype pending() const { return frames_.size(); }

private:
    bool wait(const std::function<bool()>& done, int timeoutMs);

    QWebSocket socket_;
    QList<QJsonObject> frames_;
    bool closed_ = false;
    int closeCode_ = 0;
};

} // namespace baton::test
