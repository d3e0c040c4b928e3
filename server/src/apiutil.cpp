#include "apiutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using baton::protocol::ApiError;
using baton::protocol::ErrorCode;

namespace baton::server {

QString HttpRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    return jsonText(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::jsonText(QByteArray text, int status)
{
    HttpResponse out;
    out.status = status;
    out.body = std::move(text);
    // Answers describe the moment they were made; caches would serve stale state.
    out.headers.emplaceBack("Cache-Control", "no-store");
    return out;
}

HttpResponse HttpResponse::error(const ApiError& error)
{
    HttpResponse out = json(protocol::toJson(error), error.status());
    if (error.code == ErrorCode::Unauthorized)
        out.headers.emplaceBack("WWW-Authenticate", "Bearer");
    return out;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse out;
    out.status = 204;
    out.contentType.clear();
    return out;
}

ApiError apiError(ErrorCode code, const QString& message, const QString& field)
{
    return ApiError{code, message, field, {}};
}

void fail(ErrorCode code, const QString& message, const QString& field)
{
    throw ApiFailure(apiError(code, message, field));
}

void failNotFound(const QString& what)
{
    fail(ErrorCode::NotFound, u"%1 not found"_s.arg(what));
}

void requireJsonBody(const HttpRequest& request)
{
    const QByteArray type =
        request.header("content-type").split(';').constFirst().trimmed().toLower();
    if (type != "application/json")
        fail(ErrorCode::UnsupportedMediaType, u"the body must be application/json"_s);
}

qint64 queryInteger(const HttpRequest& request, const QString& key, qint64 fallback, qint64 min,
                    qint64 max)
{
    if (!request.hasQuery(key))
        return fallback;
    bool ok = false;
    const qint64 value = request.queryValue(key).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(ErrorCode::InvalidField,
             u"%1 must be an integer from %2 to %3"_s.arg(key).arg(min).arg(max), key);
    return value;
}

} // namespace baton::server
