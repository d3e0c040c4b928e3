#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace baton::server {

struct Options {
    // The --config file that was read, if any.
    QString configFile;
    QString dataDir;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    // Empty: SQLite in dataDir. Otherwise a postgresql:// URL.
    QString databaseUrl;
    bool demo = false;
    // Print every route ("METHOD /path") and exit (the docs test compares them).
    bool printRoutes = false;
    // With --demo: keep inbound traffic flowing through the channel endpoint.
    bool simulate = false;
    int simulateIntervalMs = 4000;
    // How often events other instances on the same database wrote are
    // looked for, notification or not (docs/operations.md).
    int catchUpIntervalMs = 1000;
    // --no-page-cache: read every chat page from the database (ChatService).
    bool pageCache = true;
};

struct ParsedOptions {
    std::optional<Options> options;
    QString error;
};

// Parses batond's command line. --help and --version print and exit the
// process, as QCommandLineParser does. With --config FILE, the file's
// `key = value` lines (keys: data, listen, db) fill what the command line
// leaves unset.
ParsedOptions parseOptions(const QStringList& arguments);

// Splits "host:port" or "[v6]:port".
bool splitHostPort(const QString& text, QString& host, quint16& port);

} // namespace baton::server
