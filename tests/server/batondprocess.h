#pragma once

#include "testdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace baton::test {

// Runs the real batond executable on 127.0.0.1 with a free port, a
// temporary data directory and the test database. It can be stopped and
// started again on the same data (restart tests).
class BatondProcess {
public:
    explicit BatondProcess(QStringList extraArguments = {QStringLiteral("--demo")});
    // A second instance on the same data directory and database as
    // `primary`, which must have been started (multi-instance tests).
    BatondProcess(const BatondProcess& primary, QStringList extraArguments);
    ~BatondProcess();
    BatondProcess(const BatondProcess&) = delete;
    BatondProcess& operator=(const BatondProcess&) = delete;

    // Extra environment for the next start (e.g. shorter stream timeouts).
    void setEnvironment(const QString& name, const QString& value);

    // Starts batond and waits for its "listening on" line.
    bool start(QString* error);
    // SIGTERM, then waits; the exit code, or -1 if it crashed or hung.
    int stop();
    bool isRunning() const;

    QUrl url() const { return url_; }
    QUrl streamUrl() const;
    QString dataDir() const { return sharedDataDir_.isEmpty() ? dataDir_.path() : sharedDataDir_; }
    // The --db URL it runs on; empty for SQLite (dataDir()/batond.sqlite).
    QString databaseUrl() const
    {
        return sharedDataDir_.isEmpty() ? database_.url() : sharedDbUrl_;
    }
    // Everything batond wrote to stderr so far (its log).
    QString log();

private:
    QStringList arguments_;
    QProcessEnvironment environment_;
    QTemporaryDir dataDir_;
    TestDatabase database_;
    std::unique_ptr<QProcess> process_;
    QUrl url_;
    QString log_;
    // Set for a peer instance: the primary's data directory and database.
    QString sharedDataDir_;
    QString sharedDbUrl_;
};

} // namespace baton::test
