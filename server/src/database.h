#pragma once

#include "dburl.h"

#include <QSqlDatabase>
#include <QString>

#include <stdexcept>

namespace baton::server {

enum class Dialect { Sqlite, Postgresql };

// A failed statement. Storage code throws it rather than returning flags at
// every call; the HTTP and WebSocket fronts catch it at their edge, answer
// 500 and log the driver's text (which never holds bound values).
class DbError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One connection to SQLite or PostgreSQL and its schema. Everything runs on
// the thread that opened it; the SQL of both dialects is kept in numbered
// migration files compiled into the binary.
class Database {
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool openSqlite(const QString& file, QString* error);
    bool openPostgres(const PgSettings& settings, QString* error);
    // Applies every migration not yet recorded in schema_migrations, each in
    // its own transaction, in file-name order.
    bool migrate(QString* error);
    void close();

    Dialect dialect() const { return dialect_; }
    bool isOpen() const;
    QSqlDatabase connection() const;
    QString connectionName() const { return name_; }

    // Statements of one migration file, split at a `;` that ends a line.
    static QStringList splitStatements(const QString& sql);

private:
    friend class Transaction;

    bool configureSqlite(QString* error);
    bool applyMigration(int version, const QString& name, const QString& sql, QString* error);

    QString name_;
    Dialect dialect_ = Dialect::Sqlite;
    // Transactions nest: only the outermost one talks to the database, so a
    // store call that opens its own can run inside a caller's.
    int transactionDepth_ = 0;
};

// Begins on construction, rolls back on destruction unless committed. SQLite
// takes the write lock up front (BEGIN IMMEDIATE) so two writers never
// deadlock upgrading a read lock.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool open_ = false;
};

} // namespace baton::server
