#include "api.h"
#include "auth.h"
#include "database.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

Api::Api(Services services, Clock clock)
    : s_(services)
    , clock_(std::move(clock))
{
    addAuthRoutes();
    addChatRoutes();
    addEventRoutes();
    addMessageRoutes();
}

HttpResponse Api::handle(const HttpRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    try {
        response = dispatch(request);
    } catch (const ApiFailure& failure) {
        response = HttpResponse::error(failure.error());
        if (failure.retryAfter())
            response.headers.append({"Retry-After", QByteArray::number(*failure.retryAfter())});
    } catch (const DbError& e) {
        qCCritical(lcHttp).noquote()
            << request.method << request.path << "database error:" << e.what();
        response = HttpResponse::error(apiError(ErrorCode::Internal, u"internal error"_s));
    } catch (const std::exception& e) {
        qCCritical(lcHttp).noquote() << request.method << request.path << "failed:" << e.what();
        response = HttpResponse::error(apiError(ErrorCode::Internal, u"internal error"_s));
    }
    // Clients correct their clock with it: bot-status presets and countdowns
    // are absolute times, and an agent's laptop can be hours off.
    response.headers.append({"Date", httpDate(clock_())});
    // The path only: query strings may carry search text, never worth logging.
    qCDebug(lcHttp).noquote() << request.method << request.path << response.status
                              << timer.elapsed() << "ms";
    return response;
}

namespace {

bool isValidClientIdHeader(const QString& value)
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    for (const QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u':' ||
                        c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<Caller> Api::authenticate(const HttpRequest& request) const
{
    return s_.auth.authenticate(AuthService::bearerToken(request.header("authorization")));
}

HttpResponse Api::dispatch(const HttpRequest& request)
{
    // The documented order of checks: 401, 404, 413, 415, 400.
    const auto match = router_.find(request.method, request.path);
    const bool isPublic = match && match->route->access == Router::Access::Public;
    std::optional<Caller> caller;
    if (!isPublic) {
        caller = authenticate(request);
        if (!caller)
            fail(ErrorCode::Unauthorized, request.header("authorization").isEmpty()
                                              ? u"sign in first: no bearer token"_s
                                              : u"the token is unknown, expired or revoked"_s);
    }
    if (!match)
        fail(ErrorCode::NotFound, u"no such path: %1 %2"_s.arg(request.method, request.path));
    // Uploads are raw files of up to 20 MiB, checked by their handler (and
    // refused by the HTTP front beyond that without being read).
    const bool rawBody = match->route->pattern.startsWith(u"/api/v1/uploads/"_s);
    if (!rawBody && request.body.size() > kMaxJsonBody)
        fail(ErrorCode::PayloadTooLarge, u"the body is larger than %1 bytes"_s.arg(kMaxJsonBody));

    QSet<QString> seen;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            fail(ErrorCode::InvalidField, u"%1 is given more than once"_s.arg(key), key);
        seen.insert(key);
    }

    RequestContext context{request, match->params, {}, clock_()};
    if (caller) {
        context.caller = *caller;
        const QString clientId = QString::fromUtf8(request.header("x-client-id")).trimmed();
        if (!clientId.isEmpty() && !isValidClientIdHeader(clientId))
            fail(ErrorCode::InvalidField,
                 u"X-Client-Id must be 1..64 characters from A-Z a-z 0-9 . _ : -"_s,
                 u"X-Client-Id"_s);
        context.caller.clientId = clientId;
    }
    return match->route->handler(context);
}

} // namespace baton::server
