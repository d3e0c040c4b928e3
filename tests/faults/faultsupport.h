#pragma once

#include "batondprocess.h"
#include "httpclient.h"
#include "serverdata.h"

#include <models/localcache.h>
#include <protocol/chat.h>

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// What the fault tests share: the server's database read directly (the
// truth to count against), REST helpers, and the faultclient process.
namespace baton::test {

QString uuid();

// One row of the server's messages table.
struct StoredMessage {
    qint64 id = 0;
    qint64 chatId = 0;
    QString clientId;
    QString text;
};

// One row of the server's events table.
struct StoredEvent {
    qint64 seq = 0;
    QString type;
    QJsonObject data;
};

// Reads the database a batond runs on (its SQLite file or its PostgreSQL
// database), with a fresh connection per call so every answer is current.
class ServerDb {
public:
    explicit ServerDb(const BatondProcess& server);

    // Every message carrying `clientId`, oldest first.
    QList<StoredMessage> byClientId(const QString& clientId, QString* error = nullptr) const;
    // Agent messages of a chat, oldest first.
    QList<StoredMessage> agentMessages(qint64 chatId, QString* error = nullptr) const;
    // The workspace a chat belongs to (each workspace has its own seqs).
    qint64 workspaceOf(qint64 chatId, QString* error = nullptr) const;
    // The events still in a workspace's log, by seq.
    QList<StoredEvent> events(qint64 workspaceId, QString* error = nullptr) const;
    // message.created events whose message has `clientId`.
    int createdEvents(const QString& clientId, QString* error = nullptr) const;

private:
    QList<QVariantList> rows(const QString& sql, const QVariantList& values, QString* error) const;

    QString sqliteFile_;
    QString postgresUrl_;
};

// A Telegram chat (no support window) that accepts an agent's send.
qint64 sendableChat(HttpClient& http);

// Empty if `cache` holds exactly the server's chats (field by field, in the
// server's order), and for each chat in `chatsWithMessages` a gapless tail of
// the server's history; otherwise what differs.
QString compareWithServer(const models::LocalCache& cache, HttpClient& http,
                          const QList<qint64>& chatsWithMessages);
// Empty if two caches hold the same chats, field by field and in order.
QString compareCaches(const models::LocalCache& a, const models::LocalCache& b);

// The pid of the batond serving `dataDir`, 0 if none (the harness only
// offers SIGTERM; a crash needs SIGKILL).
qint64 batondPid(const QString& dataDir);

// The faultclient helper process (see faultclient.cpp).
class FaultClient {
public:
    FaultClient() = default;
    ~FaultClient();
    FaultClient(const FaultClient&) = delete;
    FaultClient& operator=(const FaultClient&) = delete;

    // Extra environment (e.g. the clock shift) for the next start.
    void setEnvironment(const QString& name, const QString& value);
    // Starts it and waits for "ready".
    bool start(const QString& cache, const QUrl& rest, const QUrl& stream, const QString& token,
               QString* error);
    // Sends a command; with `expect`, waits for the next line starting with
    // it and returns that line (empty on timeout or exit).
    QString command(const QString& line, const QString& expect = {});
    // The "status" answer split: state, appliedSeq, idle, outbox, chats.
    QList<qint64> status();
    qint64 pid() const;
    void signal(int number);
    // SIGKILL and reap.
    void kill();
    // "quit" and wait; the exit code, -1 on a crash or hang.
    int quit();
    bool isRunning() const;
    QString log();

private:
    QString waitForLine(const QString& prefix, int timeoutMs);

    QProcessEnvironment environment_ = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<QProcess> process_;
    QString log_;
};

} // namespace baton::test
