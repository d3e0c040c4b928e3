// Writes the benchmark workspace: batond's own schema and demo seed (agents,
// bots with known channel secrets, flows), then N more chats with M
// messages in total in the demo workspace "Acme", written straight into a
// fresh SQLite file in one transaction. Straight SQL because a million
// messages through the API would take longer than the benchmarks
// themselves; every column batond's stores write is written here too, and
// batond's own fillMissingSearch() fills the search columns.
//
//   bench_gen --out DIR [--chats N] [--messages M]
// leaves DIR/batond.sqlite and prints one JSON line with what it wrote.
#include "textgen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <array>
#include <chatstore.h>
#include <crypto.h>
#include <database.h>
#include <demo.h>
#include <messagestore.h>
#include <workspacestore.h>

using namespace baton;
using namespace baton::server;
using namespace Qt::StringLiterals;

namespace {

constexpr std::array kChannels{u"telegram",  u"whatsapp", u"instagram",
                               u"messenger", u"viber",    u"livechat"};

void check(QSqlQuery& q)
{
    if (!q.exec())
        qFatal("bench_gen: %s", qPrintable(q.lastError().text()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"out"_s, u"Data directory to create."_s, u"dir"_s});
    parser.addOption({u"chats"_s, u"Chats to add."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"messages"_s, u"Messages to add in total."_s, u"n"_s, u"1000000"_s});
    parser.process(app);
    const QString out = parser.value(u"out"_s);
    const int chatCount = parser.value(u"chats"_s).toInt();
    const int messageCount = parser.value(u"messages"_s).toInt();
    if (out.isEmpty() || chatCount <= 0 || messageCount < chatCount)
        qFatal("usage: bench_gen --out DIR [--chats N] [--messages M >= N]");
    if (!crypto::initialize())
        qFatal("libsodium failed to initialise");
    QDir().mkpath(out);
    const QString file = QDir(out).filePath(u"batond.sqlite"_s);
    QFile::remove(file);

    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    if (!db.openSqlite(file, &error) || !db.migrate(&error))
        qFatal("bench_gen: %s", qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WorkspaceStore workspaces(db);
    ChatStore chats(db);
    MessageStore messages(db);
    seedDemo(db, workspaces, chats, messages, now);

    QSqlDatabase sql = db.connection();
    QSqlQuery ids(sql);
    ids.exec(u"SELECT id FROM workspaces WHERE name = 'Acme'"_s);
    if (!ids.next())
        qFatal("bench_gen: no Acme workspace after seeding");
    const qint64 workspace = ids.value(0).toLongLong();
    QList<qint64> agents;
    ids.exec(u"SELECT id FROM agents WHERE workspace_id = %1 ORDER BY id"_s.arg(workspace));
    while (ids.next())
        agents.append(ids.value(0).toLongLong());
    QList<qint64> bots;
    ids.exec(u"SELECT id FROM bots WHERE workspace_id = %1 ORDER BY id"_s.arg(workspace));
    while (ids.next())
        bots.append(ids.value(0).toLongLong());
    if (agents.isEmpty() || bots.size() != static_cast<qsizetype>(kChannels.size()))
        qFatal("bench_gen: unexpected demo seed");

    baton::bench::TextGen gen(20261121);
    sql.transaction();
    QSqlQuery sub(sql);
    sub.prepare(u"INSERT INTO subscribers (workspace_id, bot_id, external_id, first_name, "
                "last_name, username, email, phone, subscribed_at, last_activity_at, "
                "last_inbound_at, bot_state, bot_until, bot_reason, bot_actor_type, "
                "bot_actor_agent_id, bot_changed_at, bot_version, created_at) "
                "VALUES (?,?,?,?,?,COALESCE(?, ''),COALESCE(?, ''),COALESCE(?, ''),"
                "?,?,?,?,?,?,?,?,?,?,?)"_s);
    QSqlQuery chat(sql);
    chat.prepare(u"INSERT INTO chats (workspace_id, subscriber_id, bot_id, channel, type, state, "
                 "unread_count, assignee_id, last_activity_at, opened_at, closed_at, created_at) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QSqlQuery msg(sql);
    msg.prepare(u"INSERT INTO messages (workspace_id, chat_id, direction, source, kind, "
                "agent_id, text, delivery, created_at) VALUES (?,?,?,?,'text',?,?,?,?)"_s);
    QSqlQuery setLast(sql);
    setLast.prepare(u"UPDATE chats SET last_message_id = ? WHERE id = ?"_s);

    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 spanMs = 90LL * 24 * 3600 * 1000;
    int messagesLeft = messageCount;
    for (int i = 0; i < chatCount; ++i) {
        const int b = i % static_cast<int>(bots.size());
        const QString first = gen.firstName();
        const QString last = gen.lastName();
        // Messages per chat: most chats short, some long; the total is exact.
        const int chatsLeft = chatCount - i;
        const int mean = messagesLeft / chatsLeft;
        int n = chatsLeft == 1 ? messagesLeft : std::max(1, gen.bounded(1, 2 * mean + 1));
        n = std::min(n, messagesLeft - (chatsLeft - 1));
        messagesLeft -= n;
        const qint64 endMs = nowMs - gen.bounded(static_cast<int>(spanMs / 1000)) * 1000LL;
        const qint64 startMs = endMs - n * 60'000LL;
        const int botRoll = gen.bounded(10);
        const QString botState = botRoll < 6   ? u"active"_s
                                 : botRoll < 9 ? u"snoozed"_s
                                               : u"inactive"_s;
        const QVariant agent =
            gen.bounded(3) == 0 ? QVariant()
                                : QVariant(agents.at(gen.bounded(static_cast<int>(agents.size()))));
        sub.bindValue(0, workspace);
        sub.bindValue(1, bots.at(b));
        sub.bindValue(2, u"bench-%1"_s.arg(i));
        sub.bindValue(3, first);
        sub.bindValue(4, last);
        sub.bindValue(5, gen.bounded(2) ? first.toLower() + QString::number(i) : QString());
        sub.bindValue(6, gen.bounded(3) == 0 ? u"c%1@mail.test"_s.arg(i) : QString());
        sub.bindValue(7,
                      gen.bounded(3) == 0 ? u"+49 151 %1"_s.arg(i, 8, 10, QChar(u'0')) : QString());
        sub.bindValue(8, startMs);
        sub.bindValue(9, endMs);
        sub.bindValue(10, endMs);
        sub.bindValue(11, botState);
        sub.bindValue(12, botState == u"snoozed"_s ? QVariant(nowMs + 3'600'000) : QVariant());
        sub.bindValue(13, botState == u"active"_s ? u"initial"_s : u"agent"_s);
        sub.bindValue(14, botState == u"active"_s ? u"system"_s : u"agent"_s);
        sub.bindValue(15, botState == u"active"_s ? QVariant() : QVariant(agents.first()));
        sub.bindValue(16, endMs);
        sub.bindValue(17, botState == u"active"_s ? 0 : 1);
        sub.bindValue(18, startMs);
        check(sub);
        const qint64 subscriberId = sub.lastInsertId().toLongLong();

        const bool open = gen.bounded(3) != 0;
        chat.bindValue(0, workspace);
        chat.bindValue(1, subscriberId);
        chat.bindValue(2, bots.at(b));
        chat.bindValue(3, QString::fromUtf16(kChannels[static_cast<size_t>(b)]));
        chat.bindValue(4, b == 0 && i % 17 == 0 ? u"group"_s : u"personal"_s);
        chat.bindValue(5, open ? u"open"_s : u"closed"_s);
        chat.bindValue(6, open && gen.bounded(2) ? gen.bounded(1, 9) : 0);
        chat.bindValue(7, agent);
        chat.bindValue(8, endMs);
        chat.bindValue(9, startMs);
        chat.bindValue(10, open ? QVariant() : QVariant(endMs));
        chat.bindValue(11, startMs);
        check(chat);
        const qint64 chatId = chat.lastInsertId().toLongLong();

        qint64 lastId = 0;
        for (int m = 0; m < n; ++m) {
            const bool in = m % 2 == 0;
            const bool byAgent = !in && agent.isValid() && gen.bounded(2) == 0;
            msg.bindValue(0, workspace);
            msg.bindValue(1, chatId);
            msg.bindValue(2, in ? u"in"_s : u"out"_s);
            msg.bindValue(3, in ? u"subscriber"_s : byAgent ? u"agent"_s : u"bot"_s);
            msg.bindValue(4, byAgent ? agent : QVariant());
            msg.bindValue(5, gen.message());
            msg.bindValue(6, in ? u"none"_s : u"read"_s);
            msg.bindValue(7, endMs - (n - 1 - m) * 60'000LL);
            check(msg);
            lastId = msg.lastInsertId().toLongLong();
        }
        setLast.bindValue(0, lastId);
        setLast.bindValue(1, chatId);
        check(setLast);
    }
    if (!sql.commit())
        qFatal("bench_gen: commit failed: %s", qPrintable(sql.lastError().text()));
    chats.fillMissingSearch();

    QTextStream(stdout) << u"{\"chats\": %1, \"messages\": %2, \"seconds\": %3}\n"_s.arg(chatCount)
                               .arg(messageCount)
                               .arg(static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
