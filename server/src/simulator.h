#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace baton::server {

class Database;

// `batond --demo --simulate`: demo subscribers keep writing. Every tick one
// of them sends something through the real inbound endpoint (HTTP to this
// server, with the bot's channel secret), so the bot answers triggers,
// unmatched messages open chats, buttons start flows and, now and then, a
// chatty subscriber runs into the message limit.
class Simulator : public QObject {
    Q_OBJECT
public:
    Simulator(const Database& db, QUrl server, int intervalMs, QObject* parent = nullptr);

    // Loads the demo bots (those with a demo-... secret); false if none.
    bool start();

private:
    struct SimBot {
        qint64 id = 0;
        QString channel;
        QByteArray secret;
    };
    void tick();
    void post(const SimBot& bot, const QJsonObject& body);

    const Database& db_;
    QUrl server_;
    QNetworkAccessManager network_;
    QTimer timer_;
    QList<SimBot> bots_;
    QRandomGenerator random_{20261121};
    qint64 ticks_ = 0;
};

} // namespace baton::server
