#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace baton::test {
namespace {

int connectionNumber = 0;

// Runs one statement on the server's maintenance connection.
bool runAdmin(const QString& adminUrl, const QString& sql, QString* error)
{
    const QUrl url(adminUrl);
    const QString name = u"baton-test-admin-%1"_s.arg(++connectionNumber);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            if (error)
                *error = u"cannot connect to %1: %2"_s.arg(url.toString(QUrl::RemovePassword),
                                                           db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString TestDatabase::kind()
{
    const QString value = qEnvironmentVariable("BATON_TEST_DB");
    return value.isEmpty() ? u"sqlite"_s : value;
}

TestDatabase::~TestDatabase()
{
    drop();
}

bool TestDatabase::create(QString* error)
{
    if (!url_.isEmpty() || !isPostgres()) {
        if (kind() != u"sqlite"_s && !isPostgres()) {
            *error = u"BATON_TEST_DB must be sqlite or postgresql, not '%1'"_s.arg(kind());
            return false;
        }
        return true;
    }
    adminUrl_ = qEnvironmentVariable("BATON_TEST_PG_URL");
    if (adminUrl_.isEmpty()) {
        *error = u"BATON_TEST_DB=postgresql but BATON_TEST_PG_URL is not set: run scripts/test, "
                 "or start PostgreSQL with scripts/lib.sh's baton_start_postgres"_s;
        return false;
    }
    name_ = u"baton_t_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    if (!runAdmin(adminUrl_, u"CREATE DATABASE "_s + name_, error))
        return false;
    QUrl url(adminUrl_);
    url.setPath(u'/' + name_);
    url_ = url.toString();
    return true;
}

void TestDatabase::drop()
{
    if (name_.isEmpty())
        return;
    QString error;
    if (!runAdmin(adminUrl_, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name_), &error))
        qWarning("could not drop test database %s: %s", qPrintable(name_), qPrintable(error));
    name_.clear();
    url_.clear();
}

} // namespace baton::test
