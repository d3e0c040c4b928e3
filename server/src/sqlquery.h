#pragma once

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace baton::server {

// Times are stored as integer milliseconds since the epoch (UTC) in both
// dialects: exact, cheap to compare and identical in SQLite and PostgreSQL.
qint64 toMs(const QDateTime& time);
QDateTime fromMs(qint64 ms);

// A prepared statement with positional `?` parameters. Every value is bound,
// never pasted into the SQL text. Failures throw DbError.
//
// The statement comes from the Database's cache when an idle one with the
// same SQL text is there, and goes back to it (finished) when the Query is
// destroyed; so a Query's rows can be read only while it lives, as before.
class Query {
public:
    Query(const Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& bind(const QString& value);
    Query& bind(const char16_t* value) { return bind(QString::fromUtf16(value)); }
    Query& bind(qint64 value) { return bind(QVariant(value)); }
    Query& bind(int value) { return bind(QVariant(static_cast<qint64>(value))); }
    Query& bind(bool value) { return bind(QVariant(value)); }
    Query& bind(double value) { return bind(QVariant(value)); }
    Query& bind(const QDateTime& value) { return bind(QVariant(toMs(value))); }
    Query& bind(const std::optional<qint64>& value);
    Query& bind(const std::optional<QDateTime>& value);
    Query& bind(const std::optional<QString>& value);

    // Runs the statement; returns *this so a caller can chain next().
    Query& exec();
    bool next() { return query_.next(); }
    int rowsAffected() const { return query_.numRowsAffected(); }

    QVariant value(int column) const { return query_.value(column); }
    bool isNull(int column) const { return query_.isNull(column); }
    qint64 integer(int column) const { return query_.value(column).toLongLong(); }
    QString text(int column) const { return query_.value(column).toString(); }
    bool boolean(int column) const;
    double number(int column) const { return query_.value(column).toDouble(); }
    QDateTime time(int column) const { return fromMs(integer(column)); }
    std::optional<qint64> optInteger(int column) const;
    std::optional<QDateTime> optTime(int column) const;
    std::optional<QString> optText(int column) const;

private:
    // An idle cached statement for sql, or a newly prepared one.
    static Database::CachedStatement acquire(const Database& db, const QString& sql);

    const Database& db_;
    Database::CachedStatement statement_;
    QSqlQuery& query_;
    quint64 generation_;
    // Values bound since the last exec, and the count the statement was
    // last run with (-1: never), which a reused statement must match.
    int binds_ = 0;
    bool reusable_ = true;
};

// Runs a statement without parameters unprepared: PostgreSQL cannot prepare
// DDL such as CREATE TABLE. Throws DbError.
void execute(const Database& db, const QString& sql);

// Runs a statement that must return one row with one integer (e.g. a
// RETURNING id or a COUNT); throws DbError if there is none.
qint64 scalar(Query& query);

} // namespace baton::server
