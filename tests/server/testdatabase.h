#pragma once

#include <QString>

namespace baton::test {

// The database a test's batond runs on, chosen by BATON_TEST_DB (sqlite,
// the default, or postgresql). For PostgreSQL it creates a database of its
// own on the server BATON_TEST_PG_URL names and drops it when destroyed, so
// runs never see each other's data.
class TestDatabase {
public:
    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static QString kind();
    bool isPostgres() const { return kind() == QStringLiteral("postgresql"); }

    // Prepares the database; false with a reason if it cannot.
    bool create(QString* error);
    // The --db URL for batond, empty for SQLite.
    QString url() const { return url_; }

private:
    void drop();

    QString url_;
    QString name_;
    QString adminUrl_;
};

} // namespace baton::test
