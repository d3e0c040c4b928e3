#include "batondprocess.h"
#include "fanoutsupport.h"

#include <protocol/chat.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace baton::test {
namespace {

int connectionNumber = 0;

} // namespace

DirectDb::DirectDb(const BatondProcess& server)
    : name_(u"fanout-direct-%1"_s.arg(++connectionNumber))
{
    const QString url = server.databaseUrl();
    QSqlDatabase db;
    if (url.isEmpty()) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name_);
        db.setDatabaseName(QDir(server.dataDir()).filePath(u"batond.sqlite"_s));
        // batond writes while we read; wait for its lock instead of failing.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        const QUrl parsed(url);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name_);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setDatabaseName(parsed.path().mid(1));
    }
    if (!db.open())
        error_ = db.lastError().text();
}

DirectDb::~DirectDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

bool DirectDb::isOpen() const
{
    return QSqlDatabase::database(name_, false).isOpen();
}

QList<QVariant> DirectDb::column(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(name_, false));
    query.prepare(sql);
    for (const QVariant& v : values)
        query.addBindValue(v);
    QList<QVariant> out;
    if (!query.exec()) {
        error_ = query.lastError().text();
        qWarning("direct query failed: %s", qPrintable(error_));
        return out;
    }
    while (query.next())
        out.append(query.value(0));
    return out;
}

QList<QVariant> DirectDb::row(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(name_, false));
    query.prepare(sql);
    for (const QVariant& v : values)
        query.addBindValue(v);
    QList<QVariant> out;
    if (!query.exec() || !query.next()) {
        error_ = query.lastError().text();
        return out;
    }
    for (int i = 0; i < query.record().count(); ++i)
        out.append(query.value(i));
    return out;
}

QVariant DirectDb::value(const QString& sql, const QVariantList& values)
{
    const QList<QVariant> rows = column(sql, values);
    return rows.isEmpty() ? QVariant() : rows.constFirst();
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 sendableChat(HttpClient& http)
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page =
        protocol::decode<protocol::ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    if (!page)
        return 0;
    for (const protocol::Chat& chat : page->chats) {
        const Reply r = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chat.id).arg(newClientId()),
                                 QJsonObject{{u"text"_s, u"probe"_s}});
        if (r.status == 201)
            return chat.id;
    }
    return 0;
}

bool openStream(StreamClient& stream, const QUrl& url, const QString& token, qint64 after)
{
    if (!stream.open(url))
        return false;
    stream.sendHello(token, after);
    const auto welcome = stream.nextNonPing();
    return welcome && welcome->value(u"type"_s).toString() == u"welcome"_s;
}

QList<QJsonObject> readEventsUpTo(StreamClient& stream, qint64 upTo, int timeoutMs)
{
    QList<QJsonObject> out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto frame = stream.nextNonPing(static_cast<int>(deadline.remainingTime()));
        if (!frame)
            break;
        out.append(*frame);
        if (frame->value(u"type"_s).toString() == u"event"_s &&
            frame->value(u"event"_s).toObject().value(u"seq"_s).toInteger() >= upTo)
            break;
    }
    return out;
}

QList<qint64> seqsOf(const QList<QJsonObject>& frames)
{
    QList<qint64> out;
    for (const QJsonObject& f : frames)
        out.append(f.contains(u"event"_s) ? f[u"event"_s][u"seq"_s].toInteger()
                                          : f[u"seq"_s].toInteger(-1));
    return out;
}

QStringList createdTexts(const QList<QJsonObject>& events)
{
    QStringList out;
    for (const QJsonObject& f : events) {
        const QJsonObject e = f.contains(u"event"_s) ? f[u"event"_s].toObject() : f;
        if (e[u"type"_s].toString() == u"message.created"_s)
            out.append(e[u"data"_s][u"message"_s][u"text"_s].toString());
    }
    return out;
}

} // namespace baton::test
