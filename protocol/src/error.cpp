#include <protocol/error.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidJson:
    case ErrorCode::InvalidField:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::UnsupportedMediaType:
        return 415;
    case ErrorCode::Unprocessable:
        return 422;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::Internal:
        break;
    }
    return 500;
}

ApiError ApiError::fromDecode(const DecodeError& error)
{
    // An error on the body as a whole means it was not JSON at all.
    const ErrorCode code = error.field.isEmpty() ? ErrorCode::InvalidJson : ErrorCode::InvalidField;
    const QString message =
        error.field.isEmpty() ? error.message : error.field + u": "_s + error.message;
    return {code, message, error.field, {}};
}

QJsonObject toJson(const ApiError& v)
{
    QJsonObject inner{
        {u"code"_s, enumName(v.code)}, {u"message"_s, v.message}, {u"field"_s, v.field}};
    if (!v.current.isEmpty())
        inner.insert(u"current"_s, v.current);
    return {{u"error"_s, inner}};
}

bool fromJson(JsonReader& r, ApiError& v)
{
    v.code = r.enumeration<ErrorCode>(u"code");
    v.message = r.string(u"message");
    v.field = r.stringOr(u"field");
    if (r.has(u"current") && !r.isNull(u"current"))
        v.current = r.object(u"current");
    return r.ok();
}

ApiError decodeErrorBody(const QByteArray& body, int status)
{
    auto object = parseObject(body);
    if (object && object->value(u"error"_s).isObject()) {
        auto inner = decode<ApiError>(object->value(u"error"_s), u"error"_s);
        if (inner)
            return *inner;
    }
    const QString excerpt = QString::fromUtf8(body.left(200)).simplified();
    return {ErrorCode::Internal,
            u"unexpected answer (HTTP %1): %2"_s.arg(status).arg(excerpt.isEmpty() ? u"empty body"_s
                                                                                   : excerpt),
            {},
            {}};
}

} // namespace baton::protocol
