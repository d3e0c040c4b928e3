#include "database.h"
#include "logging.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace baton::server {
namespace {

int nextConnectionNumber = 0;

// Any fixed number works: it only has to be the same in every batond so that
// instances starting together apply migrations one after another.
constexpr qint64 kMigrationLockKey = 0x6261746f6e; // "baton"

bool execPlain(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Database::Database()
    : name_(u"batond-%1"_s.arg(++nextConnectionNumber))
{}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(name_) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(name_, false);
}

void Database::clearStatementCache()
{
    // Statements still held by a live Query see the new generation and are
    // dropped when it ends.
    ++statementGeneration_;
    statementIndex_.clear();
    for (CachedStatement& statement : statements_)
        statement.query.finish();
    // Destroying them finalizes them (PostgreSQL: DEALLOCATE), which needs
    // the connection still open.
    statements_.clear();
}

std::optional<Database::CachedStatement> Database::takeStatement(const QString& sql) const
{
    const auto found = statementIndex_.constFind(sql);
    if (found == statementIndex_.constEnd())
        return std::nullopt;
    const auto it = *found;
    statementIndex_.erase(found);
    std::optional<CachedStatement> out(std::move(*it));
    statements_.erase(it);
    return out;
}

void Database::returnStatement(CachedStatement&& statement, quint64 generation, bool reusable) const
{
    // Ends the result set: SQLite resets the statement (releasing its read
    // lock), and no row of this use can be read by the next.
    statement.query.finish();
    if (!reusable || generation != statementGeneration_ || statementIndex_.contains(statement.sql))
        return; // destroyed (finalized) on leaving
    // Large bound values (texts, uploads) would otherwise stay in memory
    // until the statement is used again; every value is bound anew anyway.
    const QVariantList bound = statement.query.boundValues();
    for (qsizetype i = 0; i < bound.size(); ++i) {
        const QVariant& v = bound.at(i);
        const qsizetype size = v.typeId() == QMetaType::QByteArray ? v.toByteArray().size()
                               : v.typeId() == QMetaType::QString  ? v.toString().size()
                                                                   : 0;
        if (size > 1024)
            statement.query.bindValue(static_cast<int>(i), QVariant());
    }
    const QString sql = statement.sql;
    statements_.push_front(std::move(statement));
    statementIndex_.insert(sql, statements_.begin());
    while (statements_.size() > static_cast<size_t>(kStatementCacheSize)) {
        statementIndex_.remove(statements_.back().sql);
        statements_.pop_back();
    }
}

void Database::close()
{
    clearStatementCache();
    if (!QSqlDatabase::contains(name_))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        if (db.isOpen()) {
            db.close();
            qCInfo(lcDb) << "database closed";
        }
    }
    QSqlDatabase::removeDatabase(name_);
}

bool Database::openSqlite(const QString& file, QString* error)
{
    clearStatementCache();
    dialect_ = Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name_);
    db.setDatabaseName(file);
    // The driver waits this long for another writer's lock before failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!configureSqlite(error))
        return false;
    qCInfo(lcDb) << "opened SQLite database" << QDir::toNativeSeparators(file);
    return true;
}

bool Database::configureSqlite(QString* error)
{
    const QSqlDatabase db = connection();
    // WAL lets readers run while one writer commits; NORMAL sync is safe in WAL.
    for (const QString& pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
          u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (!execPlain(db, pragma, error))
            return false;
    }
    // A page cache of up to 32 MiB instead of SQLite's 2 MiB default: an
    // inbound message touches ~20 B-tree paths (docs/performance.md), and
    // with 100,000 chats their pages did not stay cached between requests.
    if (!execPlain(db, u"PRAGMA cache_size = -32768"_s, error))
        return false;
    // Checkpoint every ~40 MiB of WAL (10,000 pages) instead of every 4 MiB:
    // pages that many commits touch (the workspace row, index roots) are
    // copied to the database file once per checkpoint, not every ~300
    // inbound messages. After a checkpoint the WAL file is cut back to
    // 64 MiB at most, so it stays bounded on disk.
    for (const QString& pragma :
         {u"PRAGMA wal_autocheckpoint = 10000"_s, u"PRAGMA journal_size_limit = 67108864"_s}) {
        if (!execPlain(db, pragma, error))
            return false;
    }
#ifdef __GLIBC__
    // Every write statement inside a transaction gets a statement journal
    // that SQLite frees when the statement ends; glibc then gave the top of
    // the heap back to the kernel each time (brk) and faulted it in again
    // on the next statement: a third of batond's CPU under the inbound load.
    // Keeping up to 32 MiB of free heap avoids that churn. Process-wide, set
    // here because it is SQLite's allocation pattern that needs it.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
    QSqlQuery check(db);
    if (check.exec(u"PRAGMA journal_mode"_s) && check.next() &&
        check.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        qCWarning(lcDb) << "SQLite refused WAL mode; running with" << check.value(0).toString();
    }
    return true;
}

bool Database::openPostgres(const PgSettings& settings, QString* error)
{
    clearStatementCache();
    dialect_ = Dialect::Postgresql;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name_);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(settings.connectOptions);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!execPlain(db, u"SET TIME ZONE 'UTC'"_s, error))
        return false;
    qCInfo(lcDb).noquote() << "opened PostgreSQL database" << settings.database << "on"
                           << settings.host + u':' + QString::number(settings.port);
    return true;
}

QStringList Database::splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool Database::migrate(QString* error)
{
    // A migration can change what a prepared statement returns (PostgreSQL:
    // "cached plan must not change result type"): start afresh afterwards.
    struct ClearAfter {
        Database* db;
        ~ClearAfter() { db->clearStatementCache(); }
    } clearAfter{this};
    const QString dir = dialect_ == Dialect::Sqlite ? u":/sql/sqlite"_s : u":/sql/postgresql"_s;
    const QStringList files = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        if (error)
            *error = u"no migrations compiled in under %1"_s.arg(dir);
        return false;
    }
    static const QRegularExpression pattern(u"^(\\d+)_(.+)\\.sql$"_s);
    for (const QString& fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch()) {
            if (error)
                *error = u"migration file name must be NNN_name.sql: %1"_s.arg(fileName);
            return false;
        }
        QFile file(dir + u'/' + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"cannot read %1"_s.arg(fileName);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        if (!applyMigration(match.captured(1).toInt(), match.captured(2), sql, error))
            return false;
    }
    return true;
}

bool Database::applyMigration(int version, const QString& name, const QString& sql, QString* error)
{
    try {
        Transaction tx(*this);
        if (dialect_ == Dialect::Postgresql) {
            // Instances sharing one PostgreSQL database must not migrate at once.
            Query(*this, u"SELECT pg_advisory_xact_lock(?)"_s).bind(kMigrationLockKey).exec();
        }
        execute(*this,
                u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
        Query applied(*this, u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
        applied.bind(version).exec();
        if (applied.next())
            return true;
        for (const QString& statement : splitStatements(sql))
            execute(*this, statement);
        Query(*this,
              u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s)
            .bind(version)
            .bind(name)
            .bind(QDateTime::currentDateTimeUtc())
            .exec();
        tx.commit();
        qCInfo(lcDb).noquote() << "applied migration" << version << name;
        return true;
    } catch (const DbError& e) {
        if (error)
            *error =
                u"migration %1_%2 failed: %3"_s.arg(version).arg(name, QString::fromUtf8(e.what()));
        return false;
    }
}

Transaction::Transaction(Database& db)
    : db_(db)
{
    if (db_.transactionDepth_++ > 0)
        return;
    if (db_.dialect() == Dialect::Sqlite) {
        // Prepared once and kept with the other statements: parsing BEGIN
        // and COMMIT again for every transaction was ~1% of an inbound
        // message. (PostgreSQL cannot prepare them.)
        try {
            Query(db_, u"BEGIN IMMEDIATE"_s).exec();
        } catch (const DbError& e) {
            --db_.transactionDepth_;
            throw DbError(std::string("cannot begin a transaction: ") + e.what());
        }
        open_ = true;
        return;
    }
    QSqlQuery query(db_.connection());
    if (!query.exec(u"BEGIN"_s)) {
        --db_.transactionDepth_;
        throw DbError("cannot begin a transaction: " + query.lastError().text().toStdString());
    }
    open_ = true;
}

Transaction::~Transaction()
{
    --db_.transactionDepth_;
    if (!open_)
        return;
    QSqlQuery query(db_.connection());
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcDb) << "rollback failed:" << query.lastError().text();
}

void Transaction::commit()
{
    if (!open_)
        return;
    if (db_.dialect() == Dialect::Sqlite) {
        try {
            Query(db_, u"COMMIT"_s).exec();
        } catch (const DbError& e) {
            throw DbError(std::string("commit failed: ") + e.what());
        }
        open_ = false;
        return;
    }
    QSqlQuery query(db_.connection());
    if (!query.exec(u"COMMIT"_s))
        throw DbError("commit failed: " + query.lastError().text().toStdString());
    open_ = false;
}

} // namespace baton::server
