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

Database::CachedStatement Query::acquire(const Database& db, const QString& sql)
{
    if (std::optional<Database::CachedStatement> cached = db.takeStatement(sql))
        return std::move(*cached);
    Database::CachedStatement fresh{sql, QSqlQuery(db.connection()), -1};
    // Query only steps forward. On SQLite a scrollable result makes Qt set up
    // and free a row cache on every run (~8% of an inbound message). Not on
    // PostgreSQL: there a forward-only result is fetched row by row and a
    // query run inside the loop over it would end it.
    if (db.dialect() == Dialect::Sqlite)
        fresh.query.setForwardOnly(true);
    if (!fresh.query.prepare(sql)) {
        qCWarning(lcDb).noquote() << "prepare failed:" << fresh.query.lastError().text() << "in"
                                  << sql.simplified();
        throw DbError("prepare failed: " + fresh.query.lastError().text().toStdString());
    }
    return fresh;
}

Query::Query(const Database& db, const QString& sql)
    : db_(db)
    , statement_(acquire(db, sql))
    , query_(statement_.query)
    , generation_(db.statementGeneration())
{}

Query::~Query()
{
    // Values bound but never run would shift the next user's positions.
    db_.returnStatement(std::move(statement_), generation_, reusable_ && binds_ == 0);
}

Query& Query::bind(const QVariant& value)
{
    // By position, as addBindValue would: Qt's addBindValue builds the
    // placeholder's name (QString::arg) twice per value, bindValue once
    // (~2% of an inbound message). exec() starts the count at 0 again.
    query_.bindValue(binds_, value);
    ++binds_;
    return *this;
}

Query& Query::bind(const QString& value)
{
    // A null QString is an empty text, never SQL NULL: optional texts say so.
    return bind(QVariant(value.isNull() ? QString(u""_s) : value));
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
    const int binds = std::exchange(binds_, 0);
    // A reused statement still holds its last values: binding fewer must fail
    // as it would on a fresh one, not run with stale ones.
    if (statement_.params >= 0 && binds != statement_.params) {
        reusable_ = false;
        qCWarning(lcDb).noquote() << "statement failed: bound" << binds << "values, expected"
                                  << statement_.params << "in" << statement_.sql.simplified();
        throw DbError("statement failed: parameter count mismatch");
    }
    if (!query_.exec()) {
        // Not kept: whatever state the failure left it in dies with it.
        reusable_ = false;
        qCWarning(lcDb).noquote() << "statement failed:" << query_.lastError().text() << "in"
                                  << statement_.sql.simplified();
        throw DbError("statement failed: " + query_.lastError().text().toStdString());
    }
    statement_.params = binds;
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
