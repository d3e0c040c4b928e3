#pragma once

#include <protocol/error.h>
#include <protocol/json.h>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <exception>
#include <optional>

namespace baton::server {

// A request as the API sees it, independent of the QtHttpServer version.
struct HttpRequest {
    QString method; // upper case: GET, POST, ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString& key) const;
    // An empty value counts as absent: "channel=" is no channel filter.
    bool hasQuery(const QString& key) const { return !queryValue(key).isEmpty(); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After

    static HttpResponse json(const QJsonObject& object, int status = 200);
    // JSON text already written (e.g. by protocol::JsonWriter), as json() sends it.
    static HttpResponse jsonText(QByteArray text, int status = 200);
    static HttpResponse error(const protocol::ApiError& error);
    static HttpResponse noContent();
};

// An answer other than success, thrown from anywhere below a handler and
// turned into the JSON error body at the API's edge.
class ApiFailure : public std::exception {
public:
    explicit ApiFailure(protocol::ApiError error, std::optional<qint64> retryAfterSeconds = {})
        : error_(std::move(error))
        , retryAfter_(retryAfterSeconds)
    {}
    const protocol::ApiError& error() const { return error_; }
    // For 429: the Retry-After header.
    std::optional<qint64> retryAfter() const { return retryAfter_; }
    const char* what() const noexcept override { return "api failure"; }

private:
    protocol::ApiError error_;
    std::optional<qint64> retryAfter_;
};

protocol::ApiError apiError(protocol::ErrorCode code, const QString& message,
                            const QString& field = {});
[[noreturn]] void fail(protocol::ErrorCode code, const QString& message, const QString& field = {});
[[noreturn]] void failNotFound(const QString& what);

// Reads a JSON request body into T: 415 unless the body is JSON, 400 naming
// the field on a shape or type error.
template <class T>
T readBody(const HttpRequest& request);
void requireJsonBody(const HttpRequest& request);

// Query-string integers: absent gives the fallback, anything else must be an
// integer in [min, max] or the answer is 400 naming the parameter.
qint64 queryInteger(const HttpRequest& request, const QString& key, qint64 fallback, qint64 min,
                    qint64 max);

// ---- template definitions ----

template <class T>
T readBody(const HttpRequest& request)
{
    requireJsonBody(request);
    auto decoded = protocol::decodeBytes<T>(request.body);
    if (!decoded)
        throw ApiFailure(protocol::ApiError::fromDecode(decoded.error));
    return *decoded.value;
}

} // namespace baton::server
