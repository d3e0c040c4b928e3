// The client side of the fault tests as a process of its own, so a test can
// SIGKILL, SIGSTOP and SIGCONT it or run it with its clock moved: the real
// SyncEngine and Outbox on a cache file, driven by lines on stdin.
//
//   faultclient CACHE REST_URL STREAM_URL TOKEN
//
// stdin:  send CHAT_ID TEXT   queue a reply          -> "queued CLIENT_ID"
//         status              -> "status STATE APPLIED_SEQ IDLE OUTBOX CHATS"
//         clock               -> "clock MSECS_SINCE_EPOCH" (the process's wall clock)
//         quit                close the cache and exit 0
// stdout: "ready" once started, "delivered CLIENT_ID MESSAGE_ID" per echo.
#include "syncclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: faultclient CACHE REST_URL STREAM_URL TOKEN\n", stderr);
        return 2;
    }
    baton::test::SyncClient client(args.at(1), QUrl(args.at(2)), QUrl(args.at(3)), args.at(4));
    if (!client.cache.open()) {
        std::fputs("faultclient: cannot open the cache\n", stderr);
        return 1;
    }
    QObject::connect(&client.outbox, &baton::models::Outbox::delivered, &app,
                     [](const QString& clientId, qint64 messageId) {
                         say(u"delivered %1 %2"_s.arg(clientId).arg(messageId));
                     });

    QByteArray pending;
    const auto handle = [&](const QString& line) {
        if (line.startsWith(u"send "_s)) {
            const qsizetype space = line.indexOf(u' ', 5);
            const qint64 chatId = line.mid(5, space - 5).toLongLong();
            say(u"queued "_s + client.outbox.queueSend(chatId, line.mid(space + 1)));
        } else if (line == u"status"_s) {
            say(u"status %1 %2 %3 %4 %5"_s.arg(static_cast<int>(client.engine.state()))
                    .arg(client.engine.appliedSeq())
                    .arg(client.engine.isIdle() ? 1 : 0)
                    .arg(client.cache.outbox().size())
                    .arg(client.chats.count()));
        } else if (line == u"clock"_s) {
            say(u"clock %1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        } else if (line == u"quit"_s) {
            client.engine.stop();
            client.cache.close();
            QCoreApplication::exit(0);
        } else {
            say(u"error unknown command: "_s + line);
        }
    };
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the test went away
            input.setEnabled(false);
            QCoreApplication::exit(3);
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            if (!line.isEmpty())
                handle(line);
        }
    });

    client.outbox.start();
    client.engine.start();
    say(u"ready"_s);
    return app.exec();
}
