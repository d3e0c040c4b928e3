#pragma once

#include <protocol/error.h>
#include <protocol/json.h>

#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace baton::net {

// Why a REST call did not produce the value asked for. Exactly one of three
// things went wrong:
//  - Network: no HTTP answer at all (refused, reset, DNS, TLS, the transfer
//    timeout, or the caller aborted). The server may or may not have acted.
//  - Http: the server answered with an error status; `api` is its decoded
//    error body (`code`, `message`, `field`, `current` on a 409).
//  - Decode: the server answered 2xx but the body is not what the protocol
//    says; `decode.field` names the first field at fault.
struct RestError {
    enum class Kind { Network, Http, Decode };

    Kind kind = Kind::Network;

    // Network
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false; // the transfer timeout fired
    bool aborted = false;  // the caller cancelled the request
    QString detail;        // Qt's description of the failure

    // Http (and Decode: the status of the answer that did not decode)
    int httpStatus = 0;
    protocol::ApiError api;
    // 429 / 503 with a Retry-After header: wait at least this long.
    std::optional<std::chrono::seconds> retryAfter;

    // Decode
    protocol::DecodeError decode;

    static RestError network(QNetworkReply::NetworkError error, const QString& detail);
    static RestError timeout(const QString& detail);
    static RestError http(int status, const protocol::ApiError& api);
    static RestError undecodable(int status, const protocol::DecodeError& error);

    bool isNetwork() const { return kind == Kind::Network; }
    bool isHttp() const { return kind == Kind::Http; }
    bool isDecode() const { return kind == Kind::Decode; }
    // True for an Http error with this protocol code.
    bool is(protocol::ErrorCode code) const { return isHttp() && api.code == code; }

    // One line for logs, and for the agent when nothing better is known.
    QString toString() const;
};

// An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); invalid when it is not one.
QDateTime parseHttpDate(const QByteArray& value);
// Reads a Retry-After value: delta seconds, or an HTTP date relative to `now`.
// Nothing for an empty or unreadable value; a date in the past gives 0 s.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace baton::net
