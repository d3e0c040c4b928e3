#include <net/resterror.h>

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace baton::net {

RestError RestError::network(QNetworkReply::NetworkError error, const QString& detail)
{
    RestError out;
    out.kind = Kind::Network;
    out.networkError = error;
    out.detail = detail;
    return out;
}

RestError RestError::timeout(const QString& detail)
{
    RestError out = network(QNetworkReply::TimeoutError, detail);
    out.timedOut = true;
    return out;
}

RestError RestError::http(int status, const protocol::ApiError& api)
{
    RestError out;
    out.kind = Kind::Http;
    out.httpStatus = status;
    out.api = api;
    return out;
}

RestError RestError::undecodable(int status, const protocol::DecodeError& error)
{
    RestError out;
    out.kind = Kind::Decode;
    out.httpStatus = status;
    out.decode = error;
    return out;
}

QString RestError::toString() const
{
    switch (kind) {
    case Kind::Network:
        if (timedOut)
            return u"network: the server did not answer in time"_s;
        if (aborted)
            return u"network: cancelled"_s;
        return u"network: "_s + (detail.isEmpty() ? u"connection failed"_s : detail);
    case Kind::Http: {
        QString out =
            u"HTTP %1 %2: %3"_s.arg(httpStatus).arg(protocol::enumName(api.code), api.message);
        if (!api.field.isEmpty())
            out += u" (field "_s + api.field + u')';
        return out;
    }
    case Kind::Decode:
        return u"unexpected answer (HTTP %1): %2: %3"_s.arg(httpStatus)
            .arg(decode.field.isEmpty() ? u"(body)"_s : decode.field, decode.message);
    }
    return {};
}

QDateTime parseHttpDate(const QByteArray& value)
{
    // "Wed, 21 Oct 2015 07:28:00 GMT". Qt 6.4 reads RFC 2822 numeric zones
    // only, so GMT is spelled as +0000.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(3) + u"+0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds{seconds});
    const QDateTime at = parseHttpDate(trimmed);
    if (!at.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(at);
    return std::chrono::seconds{ms <= 0 ? 0 : (ms + 999) / 1000};
}

} // namespace baton::net
