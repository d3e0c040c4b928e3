#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace baton::test {

struct Reply {
    int status = 0; // 0: no HTTP answer at all (timeout, connection refused)
    QByteArray body;
    QJsonObject json;                      // empty if the body is not a JSON object
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QString networkError;

    QString errorCode() const;
    QString errorField() const;
    // "401 {...body...}" for failure messages.
    QString describe() const;
};

// Status, body, JSON and headers of a finished reply (the caller still owns
// and deletes it).
Reply readReply(QNetworkReply* reply);

// A synchronous JSON client for tests: each call runs a local event loop
// until the answer arrives or the timeout passes.
class HttpClient {
public:
    explicit HttpClient(QUrl base);

    void setToken(const QString& token) { token_ = token; }
    QString token() const { return token_; }
    void setClientId(const QString& clientId) { clientId_ = clientId; }

    Reply get(const QString& path, const QUrlQuery& query = {});
    // The workspace's newest event seq (GET /api/v1/events), 0 on failure.
    qint64 eventHead();
    // Up to 1000 events after `after`, oldest first.
    QList<QJsonObject> eventsAfter(qint64 after);
    Reply post(const QString& path, const std::optional<QJsonObject>& body = std::nullopt);
    Reply put(const QString& path, const QJsonObject& body);
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body,
               const QByteArray& contentType, const QUrlQuery& query = {});

    // Logs in and keeps the token for later calls.
    Reply login(const QString& email, const QString& password = QStringLiteral("demo"));

    static constexpr int kTimeoutMs = 20'000;

private:
    QUrl base_;
    QString token_;
    QString clientId_;
    QNetworkAccessManager manager_;
};

} // namespace baton::test
