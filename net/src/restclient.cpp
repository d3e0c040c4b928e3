#include <net/restclient.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace baton::net {

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// Errors below 200 are about the connection (1..99) or a proxy (101..199):
// whatever status may have arrived, the answer is incomplete.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && static_cast<int>(error) < 200;
}

} // namespace

// ---- RestRequest ----

namespace {

// GET and DELETE carry no body; the others always send one, even `{}`.
RestRequest makeRequest(QByteArray method, const QString& path,
                        std::optional<QJsonObject> body = std::nullopt)
{
    RestRequest r;
    r.method = std::move(method);
    r.path = path;
    r.json = std::move(body);
    return r;
}

} // namespace

RestRequest RestRequest::get(const QString& path)
{
    return makeRequest(QByteArrayLiteral("GET"), path);
}

RestRequest RestRequest::post(const QString& path, const QJsonObject& body)
{
    return makeRequest(QByteArrayLiteral("POST"), path, body);
}

RestRequest RestRequest::put(const QString& path, const QJsonObject& body)
{
    return makeRequest(QByteArrayLiteral("PUT"), path, body);
}

RestRequest RestRequest::patch(const QString& path, const QJsonObject& body)
{
    return makeRequest(QByteArrayLiteral("PATCH"), path, body);
}

RestRequest RestRequest::del(const QString& path)
{
    return makeRequest(QByteArrayLiteral("DELETE"), path);
}

RestRequest& RestRequest::addQuery(const QString& key, const QString& value)
{
    query.append({key, value});
    return *this;
}

RestRequest& RestRequest::withClientId(const QString& id)
{
    clientId = id;
    return *this;
}

RestRequest& RestRequest::markIdempotent(bool on)
{
    idempotent = on;
    return *this;
}

RestRequest& RestRequest::withTimeout(std::chrono::milliseconds ms)
{
    timeout = ms;
    return *this;
}

bool RestRequest::retrySafe() const
{
    if (idempotent)
        return true;
    if (method == "GET" || method == "HEAD")
        return true;
    // The server makes a PUT carrying a client id idempotent.
    return method == "PUT" && !clientId.isEmpty();
}

// ---- RestResponse ----

QByteArray RestResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---- RestReply ----

RestReply::RestReply(RestClient* client, RestRequest request)
    : QObject(client)
    , client_(client)
    , request_(std::move(request))
    , backoff_(client->retryPolicy().backoffBase, client->retryPolicy().backoffCap)
{
    retryTimer_.setSingleShot(true);
    // Retry-After is a lower bound: a coarse timer may fire a little early.
    retryTimer_.setTimerType(Qt::PreciseTimer);
    connect(&retryTimer_, &QTimer::timeout, this, &RestReply::startAttempt);
}

RestReply::~RestReply()
{
    dropNetworkReply();
}

void RestReply::dropNetworkReply()
{
    if (!reply_)
        return;
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void RestReply::abort()
{
    if (finished_)
        return;
    retryTimer_.stop();
    dropNetworkReply();
    RestResponse response;
    response.attempts = attempts_;
    RestError error =
        RestError::network(QNetworkReply::OperationCanceledError, u"cancelled by the caller"_s);
    error.aborted = true;
    response.error = error;
    finish(std::move(response));
}

void RestReply::startAttempt()
{
    if (finished_ || !client_)
        return;
    ++attempts_;
    reply_ = client_->start(request_);
    connect(reply_, &QNetworkReply::finished, this, &RestReply::attemptFinished);
}

void RestReply::attemptFinished()
{
    QNetworkReply* reply = reply_;
    if (!reply)
        return;
    reply_ = nullptr;
    reply->deleteLater();

    RestResponse response;
    response.attempts = attempts_;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (isTransportError(networkError) || !statusAttribute.isValid()) {
        // No (complete) HTTP answer. Our own abort() never gets here, so a
        // cancel is the transfer timeout (Qt 6.4 reports it as
        // OperationCanceledError, later versions as TimeoutError).
        if (networkError == QNetworkReply::TimeoutError ||
            networkError == QNetworkReply::OperationCanceledError)
            response.error = RestError::timeout(reply->errorString());
        else
            response.error = RestError::network(networkError, reply->errorString());
    } else {
        response.status = statusAttribute.toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        if (client_)
            client_->noteServerDate(response.header("Date"), QDateTime::currentDateTimeUtc());
        if (response.status < 200 || response.status > 299) {
            RestError error = RestError::http(
                response.status, protocol::decodeErrorBody(response.body, response.status));
            error.retryAfter =
                parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
            response.error = error;
        }
    }

    if (response.error && client_ && request_.retrySafe()) {
        const RetryPolicy& policy = client_->retryPolicy();
        const RestError& error = *response.error;
        bool retry = attempts_ < policy.maxAttempts;
        if (error.isHttp())
            retry = retry && isRetryableStatus(error.httpStatus);
        std::chrono::milliseconds delay = backoff_.next();
        if (retry && error.retryAfter) {
            const std::chrono::milliseconds wait = *error.retryAfter;
            if (wait > policy.maxRetryAfter)
                retry = false;
            delay = std::max(delay, wait);
        }
        if (retry) {
            response_ = response; // the last answer, visible while waiting
            Q_EMIT retrying(attempts_ + 1, delay.count(), error);
            retryTimer_.start(delay);
            return;
        }
    }
    finish(std::move(response));
}

void RestReply::finish(RestResponse response)
{
    finished_ = true;
    response_ = std::move(response);
    if (client_ && request_.authenticated && response_.status == 401 && response_.error)
        Q_EMIT client_->unauthorized(response_.error->api);
    Q_EMIT finished();
}

// ---- RestClient ----

RestClient::RestClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , network_(network)
{}

RestClient::~RestClient() = default;

QUrl RestClient::urlFor(const RestRequest& request) const
{
    QUrl url = baseUrl_;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    if (request.query.isEmpty()) {
        url.setQuery(QString());
    } else {
        QString query;
        for (const auto& [key, value] : request.query) {
            if (!query.isEmpty())
                query += u'&';
            query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        url.setQuery(query, QUrl::StrictMode);
    }
    return url;
}

QDateTime RestClient::serverNow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return serverOffset_ ? now.addMSecs(serverOffset_->count()) : now;
}

void RestClient::noteServerDate(const QByteArray& date, const QDateTime& receivedAt)
{
    const QDateTime server = parseHttpDate(date);
    if (!server.isValid())
        return;
    // The header is truncated to the second: the server's time was within
    // [date, date + 1 s) when it answered, a moment before we received it.
    const std::chrono::milliseconds offset{receivedAt.msecsTo(server) + 500};
    // Samples jitter by the header's precision plus the round trip; only a
    // real change (a corrected clock, another server) replaces the value.
    constexpr std::chrono::milliseconds kJitter{1500};
    if (serverOffset_ && std::chrono::abs(offset - *serverOffset_) <= kJitter)
        return;
    serverOffset_ = offset;
    Q_EMIT serverClockOffsetChanged();
}

QNetworkReply* RestClient::start(const RestRequest& request)
{
    QNetworkRequest req(urlFor(request));
    const auto timeout = request.timeout.value_or(timeout_);
    req.setTransferTimeout(static_cast<int>(timeout.count()));
    req.setRawHeader("Accept", "application/json");
    if (request.authenticated && !token_.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
    if (!request.clientId.isEmpty())
        req.setRawHeader("X-Client-Id", request.clientId.toUtf8());
    QByteArray body;
    if (request.json) {
        body = QJsonDocument(*request.json).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    } else if (!request.rawBody.isEmpty() || !request.contentType.isEmpty()) {
        body = request.rawBody;
        if (!request.contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    for (const auto& [name, value] : request.headers)
        req.setRawHeader(name, value);

    if (request.method == "GET")
        return network_->get(req);
    if (request.method == "POST")
        return network_->post(req, body);
    if (request.method == "PUT")
        return network_->put(req, body);
    if (request.method == "DELETE" && body.isEmpty())
        return network_->deleteResource(req);
    return network_->sendCustomRequest(req, request.method, body);
}

RestReply* RestClient::send(const RestRequest& request)
{
    auto* reply = new RestReply(this, request);
    reply->startAttempt();
    return reply;
}

void RestClient::send(const RestRequest& request, QObject* context, Callback done)
{
    RestReply* reply = send(request);
    connect(reply, &RestReply::finished, context ? context : this,
            [reply, done = std::move(done)] { done(reply->response()); });
    connect(reply, &RestReply::finished, reply, &QObject::deleteLater);
}

void RestClient::login(const QString& email, const QString& password, QObject* context,
                       ResultCallback<protocol::LoginResponse> done)
{
    RestRequest request = RestRequest::post(
        u"/api/v1/auth/login"_s, protocol::toJson(protocol::LoginRequest{email, password}));
    request.authenticated = false;
    call<protocol::LoginResponse>(request, context, std::move(done));
}

void RestClient::me(QObject* context, ResultCallback<protocol::MeResponse> done)
{
    call<protocol::MeResponse>(RestRequest::get(u"/api/v1/me"_s), context, std::move(done));
}

void RestClient::logout(QObject* context, Callback done)
{
    // Logout sets a state (the token revoked): repeating it is harmless.
    send(RestRequest::post(u"/api/v1/auth/logout"_s).markIdempotent(), context, std::move(done));
}

} // namespace baton::net
