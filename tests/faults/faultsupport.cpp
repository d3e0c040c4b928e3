#include "faultsupport.h"

#include <protocol/json.h>
#include <protocol/message.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace baton::test {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// ---- ServerDb ----

ServerDb::ServerDb(const BatondProcess& server)
    : sqliteFile_(QDir(server.dataDir()).filePath(u"batond.sqlite"_s))
    , postgresUrl_(server.databaseUrl())
{}

QList<QVariantList> ServerDb::rows(const QString& sql, const QVariantList& values,
                                   QString* error) const
{
    static int connections = 0;
    const QString name = u"baton-faults-%1"_s.arg(++connections);
    QList<QVariantList> out;
    {
        QSqlDatabase db;
        if (postgresUrl_.isEmpty()) {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(sqliteFile_);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            const QUrl url(postgresUrl_);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(sql);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!query.exec()) {
                if (error)
                    *error = query.lastError().text();
            } else {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row << query.value(i);
                    out << row;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

namespace {

QList<StoredMessage> toMessages(const QList<QVariantList>& rows)
{
    QList<StoredMessage> out;
    for (const QVariantList& row : rows)
        out << StoredMessage{row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toString(),
                             row.at(3).toString()};
    return out;
}

} // namespace

QList<StoredMessage> ServerDb::byClientId(const QString& clientId, QString* error) const
{
    return toMessages(rows(u"SELECT id, chat_id, client_id, text FROM messages "
                           "WHERE client_id = ? ORDER BY id"_s,
                           {clientId.toLower()}, error));
}

QList<StoredMessage> ServerDb::agentMessages(qint64 chatId, QString* error) const
{
    return toMessages(rows(u"SELECT id, chat_id, client_id, text FROM messages "
                           "WHERE chat_id = ? AND source = 'agent' ORDER BY id"_s,
                           {chatId}, error));
}

qint64 ServerDb::workspaceOf(qint64 chatId, QString* error) const
{
    const auto found = rows(u"SELECT workspace_id FROM chats WHERE id = ?"_s, {chatId}, error);
    return found.isEmpty() ? 0 : found.first().value(0).toLongLong();
}

QList<StoredEvent> ServerDb::events(qint64 workspaceId, QString* error) const
{
    QList<StoredEvent> out;
    for (const QVariantList& row : rows(u"SELECT seq, type, CAST(data AS TEXT) FROM events "
                                        "WHERE workspace_id = ? ORDER BY seq"_s,
                                        {workspaceId}, error)) {
        out << StoredEvent{row.at(0).toLongLong(), row.at(1).toString(),
                           QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object()};
    }
    return out;
}

int ServerDb::createdEvents(const QString& clientId, QString* error) const
{
    int count = 0;
    const auto all = rows(u"SELECT type, CAST(data AS TEXT) FROM events"_s, {}, error);
    for (const QVariantList& row : all) {
        const StoredEvent event{0, row.at(0).toString(),
                                QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object()};
        if (event.type == u"message.created"_s &&
            event.data.value(u"message"_s).toObject().value(u"client_id"_s).toString() ==
                clientId.toLower()) {
            ++count;
        }
    }
    return count;
}

// ---- REST ----

qint64 sendableChat(HttpClient& http)
{
    for (const auto& chat : serverChats(http)) {
        if (chat.channel != protocol::Channel::Telegram)
            continue;
        const auto reply = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(uuid()),
                                    QJsonObject{{u"text"_s, u"probe"_s}});
        if (reply.status == 201)
            return chat.id;
    }
    return 0;
}

namespace {

QString json(const protocol::Chat& chat)
{
    return QString::fromUtf8(QJsonDocument(protocol::toJson(chat)).toJson(QJsonDocument::Compact));
}

QString compareChats(const QList<protocol::Chat>& mine, const QList<protocol::Chat>& theirs)
{
    if (mine.size() != theirs.size())
        return u"%1 chats, expected %2"_s.arg(mine.size()).arg(theirs.size());
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (!(mine.at(i) == theirs.at(i)))
            return u"row %1 differs:\n mine     %2\n expected %3"_s.arg(i).arg(json(mine.at(i)),
                                                                               json(theirs.at(i)));
    }
    return {};
}

} // namespace

QString compareWithServer(const models::LocalCache& cache, HttpClient& http,
                          const QList<qint64>& chatsWithMessages)
{
    const QList<protocol::Chat> server = serverChats(http);
    if (server.isEmpty())
        return u"the server listed no chats"_s;
    // The cache keeps the list order of the model, not the server's paging
    // order: compare as sets keyed by id, then field by field.
    QList<protocol::Chat> mine = cache.chats();
    QList<protocol::Chat> theirs = server;
    const auto byId = [](const protocol::Chat& a, const protocol::Chat& b) { return a.id < b.id; };
    std::sort(mine.begin(), mine.end(), byId);
    std::sort(theirs.begin(), theirs.end(), byId);
    if (QString diff = compareChats(mine, theirs); !diff.isEmpty())
        return diff;
    for (qint64 chatId : chatsWithMessages) {
        const QList<qint64> serverIds = serverMessageIds(http, chatId);
        QList<qint64> myIds;
        for (const auto& m : cache.messages(chatId, 100'000))
            myIds << m.id;
        if (myIds.isEmpty())
            continue; // the cache never loaded this chat's history
        const qsizetype start = serverIds.indexOf(myIds.first());
        if (start < 0 || myIds != serverIds.mid(start))
            return u"chat %1: cached messages are not a tail of the server's history"_s.arg(chatId);
    }
    return {};
}

QString compareCaches(const models::LocalCache& a, const models::LocalCache& b)
{
    QList<protocol::Chat> left = a.chats();
    QList<protocol::Chat> right = b.chats();
    const auto byId = [](const protocol::Chat& x, const protocol::Chat& y) { return x.id < y.id; };
    std::sort(left.begin(), left.end(), byId);
    std::sort(right.begin(), right.end(), byId);
    return compareChats(left, right);
}

qint64 batondPid(const QString& dataDir)
{
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool ok = false;
        const qint64 pid = QFileInfo(dir).fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmd(dir + u"/cmdline"_s);
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmd.readAll().split('\0');
        if (!args.isEmpty() && args.first().endsWith("batond") &&
            args.contains(QFile::encodeName(dataDir))) {
            return pid;
        }
    }
    return 0;
}

// ---- FaultClient ----

FaultClient::~FaultClient()
{
    if (isRunning())
        kill();
}

void FaultClient::setEnvironment(const QString& name, const QString& value)
{
    environment_.insert(name, value);
}

bool FaultClient::start(const QString& cache, const QUrl& rest, const QUrl& stream,
                        const QString& token, QString* error)
{
    process_ = std::make_unique<QProcess>();
    process_->setProcessEnvironment(environment_);
    process_->setReadChannel(QProcess::StandardOutput);
    process_->start(QStringLiteral(BATON_FAULTCLIENT_PATH),
                    {cache, rest.toString(), stream.toString(), token});
    if (!process_->waitForStarted(10'000)) {
        *error = u"cannot start faultclient: "_s + process_->errorString();
        return false;
    }
    if (waitForLine(u"ready"_s, 30'000).isEmpty()) {
        *error = u"faultclient did not start:\n"_s + log();
        return false;
    }
    return true;
}

QString FaultClient::waitForLine(const QString& prefix, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (process_->canReadLine()) {
            const QString line = QString::fromUtf8(process_->readLine()).trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (process_->state() == QProcess::NotRunning)
            return {};
        process_->waitForReadyRead(100);
    }
    return {};
}

QString FaultClient::command(const QString& line, const QString& expect)
{
    if (!isRunning())
        return {};
    process_->write((line + u'\n').toUtf8());
    process_->waitForBytesWritten(5'000);
    return expect.isEmpty() ? QString() : waitForLine(expect, 30'000);
}

QList<qint64> FaultClient::status()
{
    const QStringList parts = command(u"status"_s, u"status "_s).split(u' ');
    QList<qint64> out;
    for (qsizetype i = 1; i < parts.size(); ++i)
        out << parts.at(i).toLongLong();
    return out.size() == 5 ? out : QList<qint64>{};
}

qint64 FaultClient::pid() const
{
    return process_ ? process_->processId() : 0;
}

void FaultClient::signal(int number)
{
    if (isRunning())
        ::kill(static_cast<pid_t>(process_->processId()), number);
}

void FaultClient::kill()
{
    if (!process_)
        return;
    signal(SIGKILL);
    process_->waitForFinished(10'000);
    log();
}

int FaultClient::quit()
{
    if (!isRunning())
        return -1;
    command(u"quit"_s);
    if (!process_->waitForFinished(15'000)) {
        kill();
        return -1;
    }
    log();
    return process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
}

bool FaultClient::isRunning() const
{
    return process_ && process_->state() != QProcess::NotRunning;
}

QString FaultClient::log()
{
    if (process_)
        log_ += QString::fromUtf8(process_->readAllStandardError());
    return log_;
}

} // namespace baton::test
