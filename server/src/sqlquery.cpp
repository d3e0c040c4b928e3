#include "logging.h"
#include "sqlquery.h"

#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace baton::server {

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

Query::Query(const Database& db, const QString& sql)
    : query_(db.connection())
    , sql_(sql)
{
    if (!query_.prepare(sql)) {
        qCWarning(lcDb).noquote() << "prepare failed:" << query_.lastError().text() << "in"
                                  << sql.simplified();
        throw DbError("prepare failed: " + query_.lastError().text().toStdString());
    }
}

Query& Query::bind(const QVariant& value)
{
    query_.addBindValue(value);
    return *this;
}

Query& Query::bind(const QString& value)
{
    // A null QString is an empty text, never SQL NULL: optional texts say so.
    query_.addBindValue(value.isNull() ? QString(u""_s) : value);
    return *this;
}

Query& Query::bind(const std::optional<qint64>& value)
{
    return bind(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
}

Query& Query::bind(const std::optional<QDateTime>& value)
{
    return bind(value ? QVariant(toMs(*value)) : QVariant(QMetaType::fromType<qint64>()));
}

Query& Query::bind(const std::optional<QString>& value)
{
    return value ? bind(*value) : bind(QVariant(QMetaType::fromType<QString>()));
}

Query& Query::exec()
{
    if (!query_.exec()) {
        qCWarning(lcDb).noquote() << "statement failed:" << query_.lastError().text() << "in"
                                  << sql_.simplified();
        throw DbError("statement failed: " + query_.lastError().text().toStdString());
    }
    return *this;
}

bool Query::boolean(int column) const
{
    const QVariant v = query_.value(column);
    // SQLite keeps booleans as 0/1 integers, PostgreSQL as booleans.
    return v.typeId() == QMetaType::Bool ? v.toBool() : v.toLongLong() != 0;
}

std::optional<qint64> Query::optInteger(int column) const
{
    if (query_.isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<QDateTime> Query::optTime(int column) const
{
    if (query_.isNull(column))
        return std::nullopt;
    return time(column);
}

std::optional<QString> Query::optText(int column) const
{
    if (query_.isNull(column))
        return std::nullopt;
    return text(column);
}

void execute(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qCWarning(lcDb).noquote() << "statement failed:" << query.lastError().text() << "in"
                                  << sql.simplified();
        throw DbError("statement failed: " + query.lastError().text().toStdString());
    }
}

qint64 scalar(Query& query)
{
    query.exec();
    if (!query.next())
        throw DbError("expected a row, got none");
    return query.integer(0);
}

} // namespace baton::server
