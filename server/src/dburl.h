#pragma once

#include <QString>

#include <optional>

namespace baton::server {

// The parts of a postgresql://user:password@host:port/database?options URL
// that QPSQL takes as connection settings.
struct PgSettings {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // libpq keywords from the query string, "key=value;key=value" for QPSQL.
    QString connectOptions;
};

std::optional<PgSettings> parsePostgresUrl(const QString& url, QString* error = nullptr);

// The URL with the password replaced, for logs.
QString redactedUrl(const QString& url);

} // namespace baton::server
