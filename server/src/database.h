#pragma once

#include "dburl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <list>
#include <optional>
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
//
// It also keeps the connection's prepared statements for `Query`
// (sqlquery.h), by SQL text: a Query takes an idle one (or prepares a new one
// when there is none, e.g. the same SQL already running in an outer loop) and
// gives it back finished (SQLite resets it, so no read lock is held; no rows
// are left for the next user) when it is destroyed. At most
// kStatementCacheSize idle statements, least recently used dropped first;
// all of them are dropped when the connection is closed or (re)opened and
// after migrations.
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

    static constexpr int kStatementCacheSize = 256;
    // Idle prepared statements held now (for tests and diagnostics).
    int cachedStatementCount() const { return static_cast<int>(statements_.size()); }
    // Drops every idle prepared statement; statements in use are dropped
    // when their Query ends.
    void clearStatementCache();

private:
    friend class Transaction;
    friend class Query;

    struct CachedStatement {
        QString sql;
        QSqlQuery query;
        // Values bound at its last successful exec (-1: never run).
        int params = -1;
    };
    // For Query: an idle statement prepared for sql, removed from the cache
    // (nullopt when there is none), and the cache's generation to hand back.
    std::optional<CachedStatement> takeStatement(const QString& sql) const;
    quint64 statementGeneration() const { return statementGeneration_; }
    // For Query: the statement is finished and kept if reusable and the
    // cache has not been cleared since it was taken; dropped otherwise.
    void returnStatement(CachedStatement&& statement, quint64 generation, bool reusable) const;

    bool configureSqlite(QString* error);
    bool applyMigration(int version, const QString& name, const QString& sql, QString* error);

    QString name_;
    Dialect dialect_ = Dialect::Sqlite;
    // Transactions nest: only the outermost one talks to the database, so a
    // store call that opens its own can run inside a caller's.
    int transactionDepth_ = 0;

    // Idle statements, most recently returned first, and by SQL text.
    mutable std::list<CachedStatement> statements_;
    mutable QHash<QString, std::list<CachedStatement>::iterator> statementIndex_;
    mutable quint64 statementGeneration_ = 0;
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
