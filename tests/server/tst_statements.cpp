// The prepared-statement cache under Query (server/src/database.h): reuse by
// SQL text, nesting, results never carried over, failures not kept, the
// bound, and dropping on close/reopen. Runs in-process on the connection
// batond uses, on SQLite and on PostgreSQL (BATON_TEST_DB).
#include "database.h"
#include "dburl.h"
#include "sqlquery.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using baton::server::Database;
using baton::server::DbError;
using baton::server::Query;
using baton::test::TestDatabase;

class TestStatements : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sameSqlReusesOneStatement();
    void nestedSameSqlGetsItsOwn();
    void unreadRowsDoNotReachTheNextUse();
    void failedStatementsAreNotKept();
    void bindCountMustMatchOnReuse();
    void unrunBindsAreNotKept();
    void cacheIsBounded();
    void closeAndReopenDropStatements();
    void readerDoesNotBlockAfterUse();

private:
    bool open(Database& db);

    TestDatabase testDb_;
    QTemporaryDir dir_;
    std::unique_ptr<Database> db_;
};

bool TestStatements::open(Database& db)
{
    QString error;
    bool ok = false;
    if (testDb_.isPostgres()) {
        const auto settings = baton::server::parsePostgresUrl(testDb_.url(), &error);
        ok = settings && db.openPostgres(*settings, &error);
    } else {
        ok = db.openSqlite(dir_.filePath(u"statements.sqlite"_s), &error);
    }
    if (!ok)
        qWarning() << "cannot open:" << error;
    return ok;
}

void TestStatements::initTestCase()
{
    QString error;
    QVERIFY2(testDb_.create(&error), qPrintable(error));
}

void TestStatements::init()
{
    db_ = std::make_unique<Database>();
    QVERIFY(open(*db_));
    baton::server::execute(*db_, u"DROP TABLE IF EXISTS t"_s);
    baton::server::execute(*db_, u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"_s);
    for (int i = 1; i <= 5; ++i)
        Query(*db_, u"INSERT INTO t (id, v) VALUES (?, ?)"_s).bind(i).bind(u"v%1"_s.arg(i)).exec();
}

void TestStatements::cleanup()
{
    db_.reset();
}

void TestStatements::sameSqlReusesOneStatement()
{
    db_->clearStatementCache();
    for (int i = 1; i <= 5; ++i) {
        Query q(*db_, u"SELECT v FROM t WHERE id = ?"_s);
        q.bind(i).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"v%1"_s.arg(i));
        QVERIFY(!q.next());
    }
    QCOMPARE(db_->cachedStatementCount(), 1);
    // One Query run several times keeps working as before.
    Query q(*db_, u"SELECT v FROM t WHERE id = ?"_s);
    QCOMPARE(db_->cachedStatementCount(), 0);
    for (int i = 1; i <= 3; ++i) {
        q.bind(i).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"v%1"_s.arg(i));
    }
}

void TestStatements::nestedSameSqlGetsItsOwn()
{
    db_->clearStatementCache();
    const QString sql = u"SELECT id FROM t WHERE id >= ? ORDER BY id"_s;
    {
        Query outer(*db_, sql);
        outer.bind(1).exec();
        int rows = 0;
        while (outer.next()) {
            ++rows;
            Query inner(*db_, sql);
            inner.bind(outer.integer(0)).exec();
            int innerRows = 0;
            while (inner.next())
                ++innerRows;
            QCOMPARE(innerRows, 6 - outer.integer(0));
        }
        QCOMPARE(rows, 5);
    }
    QCOMPARE(db_->cachedStatementCount(), 1);
}

void TestStatements::unreadRowsDoNotReachTheNextUse()
{
    const QString sql = u"SELECT id FROM t WHERE id >= ? ORDER BY id"_s;
    {
        Query q(*db_, sql);
        q.bind(1).exec();
        QVERIFY(q.next()); // four rows left unread
    }
    Query q(*db_, sql);
    q.bind(5).exec();
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 5);
    QVERIFY(!q.next());
}

void TestStatements::failedStatementsAreNotKept()
{
    db_->clearStatementCache();
    const QString sql = u"INSERT INTO t (id, v) VALUES (?, ?)"_s;
    QVERIFY_THROWS_EXCEPTION(DbError, Query(*db_, sql).bind(1).bind(u"dup"_s).exec());
    QCOMPARE(db_->cachedStatementCount(), 0);
    Query(*db_, sql).bind(6).bind(u"v6"_s).exec();
    QCOMPARE(db_->cachedStatementCount(), 1);
    Query check(*db_, u"SELECT v FROM t WHERE id = ?"_s);
    check.bind(6).exec();
    QVERIFY(check.next());
    QCOMPARE(check.text(0), u"v6"_s);
}

void TestStatements::bindCountMustMatchOnReuse()
{
    const QString sql = u"SELECT v FROM t WHERE id = ? AND v = ?"_s;
    Query(*db_, sql).bind(1).bind(u"v1"_s).exec();
    // Fewer values than placeholders never runs with the last use's values.
    QVERIFY_THROWS_EXCEPTION(DbError, Query(*db_, sql).bind(1).exec());
    Query q(*db_, sql);
    q.bind(2).bind(u"v2"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), u"v2"_s);
}

void TestStatements::unrunBindsAreNotKept()
{
    db_->clearStatementCache();
    const QString sql = u"SELECT v FROM t WHERE id = ?"_s;
    Query(*db_, sql).bind(1); // abandoned, e.g. by an exception before exec()
    QCOMPARE(db_->cachedStatementCount(), 0);
    Query q(*db_, sql);
    q.bind(3).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), u"v3"_s);
}

void TestStatements::cacheIsBounded()
{
    db_->clearStatementCache();
    const int n = Database::kStatementCacheSize + 20;
    for (int i = 0; i < n; ++i) {
        Query q(*db_, u"SELECT %1 + id FROM t WHERE id = ?"_s.arg(i));
        q.bind(1).exec();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), i + 1);
    }
    QCOMPARE(db_->cachedStatementCount(), Database::kStatementCacheSize);
    // The most recent ones are still there and still work.
    Query q(*db_, u"SELECT %1 + id FROM t WHERE id = ?"_s.arg(n - 1));
    QCOMPARE(db_->cachedStatementCount(), Database::kStatementCacheSize - 1);
    q.bind(2).exec();
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), n + 1);
}

void TestStatements::closeAndReopenDropStatements()
{
    const QString sql = u"SELECT v FROM t WHERE id = ?"_s;
    Query(*db_, sql).bind(1).exec();
    QVERIFY(db_->cachedStatementCount() > 0);
    {
        Query held(*db_, sql); // in use across the reopen
        held.bind(1).exec();
        db_->close();
        QCOMPARE(db_->cachedStatementCount(), 0);
        QVERIFY(open(*db_));
    }
    // The statement of the old connection was not put back.
    QCOMPARE(db_->cachedStatementCount(), 0);
    Query q(*db_, sql);
    q.bind(4).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), u"v4"_s);
}

void TestStatements::readerDoesNotBlockAfterUse()
{
    // A finished statement holds no read lock (SQLite) and no open result:
    // a second connection can still write and the first sees it.
    Database other;
    QVERIFY(open(other));
    const QString sql = u"SELECT count(*) FROM t"_s;
    {
        Query q(*db_, sql);
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), 5);
    }
    Query(other, u"INSERT INTO t (id, v) VALUES (?, ?)"_s).bind(7).bind(u"v7"_s).exec();
    // Another statement: an unreset one would have kept SQLite's read
    // transaction, and its snapshot, open.
    Query q(*db_, u"SELECT count(*) FROM t WHERE id > ?"_s);
    q.bind(0).exec();
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 6);
}

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
