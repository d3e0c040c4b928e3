#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace baton::server {

struct Options {
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
};

struct ParsedOptions {
    std::optional<Options> options;
    QString error;
};

// Parses batond's command line. --help and --version print and exit the
// process, as QCommandLineParser does.
ParsedOptions parseOptions(const QStringList& arguments);

// Splits "host:port" or "[v6]:port".
bool splitHostPort(const QString& text, QString& host, quint16& port);

} // namespace baton::server
