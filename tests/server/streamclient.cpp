#include "streamclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace baton::test {

StreamClient::StreamClient()
{
    QObject::connect(&socket_, &QWebSocket::textMessageReceived, &socket_,
                     [this](const QString& text) {
                         frames_.append(QJsonDocument::fromJson(text.toUtf8()).object());
                     });
    QObject::connect(&socket_, &QWebSocket::disconnected, &socket_, [this] {
        closed_ = true;
        closeCode_ = static_cast<int>(socket_.closeCode());
    });
}

bool StreamClient::wait(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    poll.start(5);
    loop.exec();
    return done();
}

bool StreamClient::open(const QUrl& url, int timeoutMs)
{
    socket_.open(url);
    return wait([this] { return socket_.state() == QAbstractSocket::ConnectedState || closed_; },
                timeoutMs) &&
           !closed_;
}

void StreamClient::send(const QJsonObject& frame)
{
    socket_.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamClient::sendHello(const QString& token, qint64 after)
{
    send({{u"type"_s, u"hello"_s}, {u"token"_s, token}, {u"after"_s, after}});
}

std::optional<QJsonObject> StreamClient::nextFrame(int timeoutMs)
{
    if (!wait([this] { return !frames_.isEmpty() || closed_; }, timeoutMs) || frames_.isEmpty())
        return std::nullopt;
    return frames_.takeFirst();
}

std::optional<QJsonObject> StreamClient::nextNonPing(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        auto frame = nextFrame(static_cast<int>(deadline.remainingTime()));
        if (!frame || frame->value(u"type"_s).toString() != u"ping"_s)
            return frame;
        send({{u"type"_s, u"pong"_s}});
    }
    return std::nullopt;
}

bool StreamClient::waitClosed(int timeoutMs)
{
    return wait([this] { return closed_; }, timeoutMs);
}

} // namespace baton::test
