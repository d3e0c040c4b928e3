#pragma once

#include <protocol/json.h>

namespace baton::protocol {

enum class ErrorCode {
    InvalidJson,          // 400 body is not JSON / not UTF-8
    InvalidField,         // 400 a field has the wrong type or value
    Unauthorized,         // 401 missing, unknown or expired token
    Forbidden,            // 403 authenticated but not allowed
    NotFound,             // 404 no such thing in this workspace
    Conflict,             // 409 stale version, same client id with another body
    PayloadTooLarge,      // 413 attachment over 20 MiB
    UnsupportedMediaType, // 415 executable content, wrong content type
    Unprocessable,        // 422 valid JSON breaking a domain rule (text too long, window closed)
    RateLimited,          // 429 too many attempts; Retry-After says when to come back
    Internal,             // 500
};

template <>
struct EnumTraits<ErrorCode> {
    static constexpr std::array<std::pair<ErrorCode, const char*>, 11> names{{
        {ErrorCode::InvalidJson, "invalid_json"},
        {ErrorCode::InvalidField, "invalid_field"},
        {ErrorCode::Unauthorized, "unauthorized"},
        {ErrorCode::Forbidden, "forbidden"},
        {ErrorCode::NotFound, "not_found"},
        {ErrorCode::Conflict, "conflict"},
        {ErrorCode::PayloadTooLarge, "payload_too_large"},
        {ErrorCode::UnsupportedMediaType, "unsupported_media_type"},
        {ErrorCode::Unprocessable, "unprocessable"},
        {ErrorCode::RateLimited, "rate_limited"},
        {ErrorCode::Internal, "internal"},
    }};
};

int httpStatus(ErrorCode code);

// The body of every error answer: {"error":{"code","message","field"}}.
// `field` names the offending field (a path as in DecodeError), or is empty.
// `current` carries the current state on a conflict (the bot status on a 409).
struct ApiError {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;
    QJsonObject current;

    static ApiError fromDecode(const DecodeError& error);
    int status() const { return httpStatus(code); }
    bool operator==(const ApiError&) const = default;
};

// Encodes the whole body, including the outer {"error": ...}.
QJsonObject toJson(const ApiError& v);
// Reads the inner error object.
bool fromJson(JsonReader& r, ApiError& v);
// Reads a whole error body; a body that is not one gives an Internal error
// whose message says what arrived.
ApiError decodeErrorBody(const QByteArray& body, int status);

} // namespace baton::protocol
