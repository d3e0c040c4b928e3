// Load against a running server on 127.0.0.1 (batond, or bench_raw_server for
// the floor). Each mode prints one JSON object and, with --json, writes it.
//
//   reads   --port P --path PATH [--token T] [--connections C] [--seconds S]
//       GET PATH on C keep-alive connections for S seconds: responses/s.
//   stream  --port P --token T --chat ID [--sockets N] [--sends K]
//       N WebSockets on /api/v1/stream; K agent sends to chat ID one after
//       another; latency from each PUT to its message.created on every
//       socket (p50, p99, max).
//   inbound --port P [--connections C] [--seconds S] [--subscribers N]
//       the channel endpoint of the six Acme demo bots, as C connectors
//       would call it; texts hit the bot's flow keywords half of the time,
//       so the bot replies in the same request. Messages/s.
#include "httpload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

using namespace baton::bench;
using namespace Qt::StringLiterals;

namespace {

struct Args {
    QStringList list;
    QString value(const QString& name, const QString& fallback = {}) const
    {
        const qsizetype at = list.indexOf(name);
        return at >= 0 && at + 1 < list.size() ? list.at(at + 1) : fallback;
    }
    int number(const QString& name, int fallback) const
    {
        return value(name, QString::number(fallback)).toInt();
    }
};

void finish(const Args& args, const QJsonObject& json)
{
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    const QString path = args.value(u"--json"_s);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(json).toJson());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto at = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(at, v.size() - 1)];
}

// Runs requests on `connections` connections for `seconds`; returns
// {ok, failed, seconds}.
QJsonObject hammer(quint16 port, int connections, int seconds,
                   const std::function<QByteArray(int connection)>& request,
                   const std::function<bool(int status)>& ok)
{
    qint64 good = 0;
    qint64 bad = 0;
    QString firstError;
    bool running = true;
    QElapsedTimer clock;
    std::vector<std::unique_ptr<HttpConnection>> pool;
    int open = connections;
    QEventLoop loop;
    for (int c = 0; c < connections; ++c) {
        pool.push_back(std::make_unique<HttpConnection>(
            port,
            [&, c]() -> QByteArray {
                if (!running) {
                    if (--open == 0)
                        loop.quit();
                    return {};
                }
                return request(c);
            },
            [&](int status, const QByteArray& body) {
                if (ok(status)) {
                    ++good;
                    return;
                }
                ++bad;
                if (firstError.isEmpty())
                    firstError = QString::number(status) + u' ' + QString::fromUtf8(body.left(300));
                if (status == 0 && --open == 0)
                    loop.quit();
            }));
    }
    clock.start();
    QTimer::singleShot(seconds * 1000, &loop, [&] { running = false; });
    QTimer::singleShot((seconds + 30) * 1000, &loop, [&] { loop.quit(); });
    loop.exec();
    const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    QJsonObject out{{u"ok"_s, good},
                    {u"failed"_s, bad},
                    {u"seconds"_s, elapsed},
                    {u"per_second"_s, static_cast<double>(good) / elapsed},
                    {u"connections"_s, connections}};
    if (!firstError.isEmpty())
        out[u"first_error"_s] = firstError;
    return out;
}

int reads(const Args& args)
{
    const quint16 port = static_cast<quint16>(args.number(u"--port"_s, 0));
    const QByteArray path = args.value(u"--path"_s, u"/api/v1/chats"_s).toUtf8();
    const QString token = args.value(u"--token"_s);
    const QByteArray headers =
        token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token.toUtf8() + "\r\n";
    const QByteArray request = httpRequest("GET", path, {}, headers);
    QJsonObject out = hammer(
        port, args.number(u"--connections"_s, 4), args.number(u"--seconds"_s, 5),
        [&](int) { return request; }, [](int status) { return status == 200; });
    finish(args, out);
    return out[u"ok"_s].toInteger() > 0 && out[u"failed"_s].toInteger() == 0 ? 0 : 1;
}

int inbound(const Args& args)
{
    static constexpr std::array kChannels{"telegram",  "whatsapp", "instagram",
                                          "messenger", "viber",    "livechat"};
    static constexpr std::array kTexts{"Where is my order?",
                                       "Hi, what are your opening hours?",
                                       "I want a refund",
                                       "Thanks, that helps a lot 🙂",
                                       "Hallo, ich habe eine Frage zu meiner Rechnung.",
                                       "Здравствуйте! Когда придёт посылка?",
                                       "こんにちは、質問があります。",
                                       "Can I talk to a human?"};
    const quint16 port = static_cast<quint16>(args.number(u"--port"_s, 0));
    const int subscribers = args.number(u"--subscribers"_s, 2000);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    qint64 n = 0;
    QJsonObject out = hammer(
        port, args.number(u"--connections"_s, 4), args.number(u"--seconds"_s, 5),
        [&](int) {
            const qint64 i = n++;
            const size_t bot = static_cast<size_t>(i % 6);
            const QJsonObject body{
                {u"external_id"_s, u"load-%1-%2"_s.arg(run).arg(i % subscribers)},
                {u"first_name"_s, u"Load"_s},
                {u"last_name"_s, QString::number(i % subscribers)},
                {u"text"_s, QString::fromUtf8(kTexts[static_cast<size_t>(i / 6) % kTexts.size()])}};
            const QByteArray path = "/api/v1/channels/" + QByteArray::number(bot + 1) + "/inbound";
            return httpRequest("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                               "X-Channel-Secret: demo-acme-" + QByteArray(kChannels[bot]) +
                                   "\r\n");
        },
        [](int status) { return status >= 200 && status < 300; });
    finish(args, out);
    return out[u"ok"_s].toInteger() > 0 && out[u"failed"_s].toInteger() == 0 ? 0 : 1;
}

// One blocking request on a fresh connection (set-up calls only).
std::pair<int, QByteArray> call(quint16 port, const QByteArray& request)
{
    int status = 0;
    QByteArray body;
    bool sent = false;
    QEventLoop loop;
    HttpConnection c(
        port,
        [&]() -> QByteArray {
            if (sent) {
                loop.quit();
                return {};
            }
            sent = true;
            return request;
        },
        [&](int s, const QByteArray& b) {
            status = s;
            body = b;
            if (s == 0)
                loop.quit();
        });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return {status, body};
}

int stream(const Args& args)
{
    const quint16 port = static_cast<quint16>(args.number(u"--port"_s, 0));
    const QString token = args.value(u"--token"_s);
    const qint64 chat = args.value(u"--chat"_s).toLongLong();
    const int sockets = args.number(u"--sockets"_s, 500);
    const int sends = args.number(u"--sends"_s, 40);
    const QByteArray auth = "Authorization: Bearer " + token.toUtf8() + "\r\n";

    const auto [headStatus, headBody] =
        call(port, httpRequest("GET", "/api/v1/events?limit=1", {}, auth));
    if (headStatus != 200)
        qFatal("GET /api/v1/events: %d %s", headStatus, headBody.constData());
    const qint64 head = QJsonDocument::fromJson(headBody).object()[u"head"_s].toInteger();

    // Socket i has seen the event of send k when seen[k][i] >= 0.
    std::vector<std::vector<double>> seen(static_cast<size_t>(sends),
                                          std::vector<double>(static_cast<size_t>(sockets), -1));
    std::vector<QElapsedTimer> sentAt(static_cast<size_t>(sends));
    // Only message.created carries it (the message's client_id).
    QString currentClientId;
    int current = -1;
    int seenCurrent = 0;
    int ready = 0;
    int closed = 0;
    QEventLoop loop;
    std::function<void()> sendNext;

    std::vector<std::unique_ptr<QWebSocket>> pool;
    for (int i = 0; i < sockets; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QWebSocket* raw = ws.get();
        QObject::connect(raw, &QWebSocket::connected, raw, [raw, &token, head] {
            raw->sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{u"type"_s, u"hello"_s}, {u"token"_s, token}, {u"after"_s, head}})
                    .toJson(QJsonDocument::Compact)));
        });
        QObject::connect(raw, &QWebSocket::disconnected, raw, [&] {
            ++closed;
            loop.quit();
        });
        QObject::connect(
            raw, &QWebSocket::textMessageReceived, raw, [&, i, raw](const QString& text) {
                // 500 sockets share this process's cores with batond: find
                // the probe's client id in the text instead of parsing each
                // frame, so the client adds as little as it can.
                if (current >= 0 && text.contains(currentClientId)) {
                    if (seen[size_t(current)][size_t(i)] >= 0)
                        return;
                    seen[size_t(current)][size_t(i)] =
                        static_cast<double>(sentAt[size_t(current)].nsecsElapsed()) / 1e6;
                    if (++seenCurrent == sockets)
                        QTimer::singleShot(20, raw, sendNext);
                    return;
                }
                if (text.size() > 200)
                    return; // another event
                const QString type =
                    QJsonDocument::fromJson(text.toUtf8()).object()[u"type"_s].toString();
                if (type == u"ping"_s)
                    raw->sendTextMessage(u"{\"type\":\"pong\"}"_s);
                else if (type == u"welcome"_s && ++ready == sockets)
                    sendNext();
            });
        raw->open(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(port)));
        pool.push_back(std::move(ws));
    }

    // One connection per send (kept until the end): the latency includes a
    // loopback connect, well under a millisecond.
    std::vector<std::unique_ptr<HttpConnection>> senders;
    sendNext = [&] {
        if (current + 1 >= sends) {
            loop.quit();
            return;
        }
        ++current;
        seenCurrent = 0;
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        currentClientId = clientId;
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"text"_s, u"Latency probe %1 🙂"_s.arg(current)}})
                .toJson(QJsonDocument::Compact);
        QByteArray request = httpRequest(
            "PUT", "/api/v1/chats/" + QByteArray::number(chat) + "/messages/" + clientId.toUtf8(),
            body, auth);
        sentAt[size_t(current)].start();
        senders.push_back(std::make_unique<HttpConnection>(
            port, [request]() mutable { return std::exchange(request, QByteArray()); },
            [](int status, const QByteArray& b) {
                if (status < 200 || status >= 300)
                    qFatal("send failed: %d %s", status, b.constData());
            }));
    };
    // Sockets that never got their welcome count as missing samples.
    QTimer::singleShot(30'000, &loop, [&] {
        if (current < 0)
            sendNext();
    });
    QTimer::singleShot(30'000 + sends * 5'000, &loop, &QEventLoop::quit);
    loop.exec();

    std::vector<double> all;
    qint64 missing = 0;
    for (int k = 0; k <= current && k < sends; ++k)
        for (double ms : seen[size_t(k)]) {
            if (ms >= 0)
                all.push_back(ms);
            else
                ++missing;
        }
    const QJsonObject out{{u"sockets"_s, sockets},
                          {u"ready"_s, ready},
                          {u"sends"_s, current + 1},
                          {u"samples"_s, static_cast<qint64>(all.size())},
                          {u"missing"_s, missing},
                          {u"closed"_s, closed},
                          {u"p50_ms"_s, percentile(all, 0.50)},
                          {u"p99_ms"_s, percentile(all, 0.99)},
                          {u"max_ms"_s, percentile(all, 1.0)}};
    finish(args, out);
    return missing == 0 && !all.empty() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args args{app.arguments()};
    const QString mode = args.list.value(1);
    if (mode == u"reads"_s)
        return reads(args);
    if (mode == u"inbound"_s)
        return inbound(args);
    if (mode == u"stream"_s)
        return stream(args);
    QTextStream(stderr) << "usage: bench_server reads|stream|inbound --port P ...\n";
    return 2;
}
