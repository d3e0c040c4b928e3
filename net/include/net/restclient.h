#pragma once

#include <net/backoff.h>
#include <net/resterror.h>
#include <protocol/json.h>
#include <protocol/requests.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace baton::net {

// One REST call, described as data so that higher layers add endpoints
// without touching net/. `path` is the full path (`/api/v1/chats/12`); it is
// appended to the path of the client's base URL.
struct RestRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    // Query parameters, percent-encoded as UTF-8 (a `+` is sent as %2B).
    QList<std::pair<QString, QString>> query;
    // A JSON body (sent as application/json), or a raw body with its type.
    std::optional<QJsonObject> json;
    QByteArray rawBody;
    QByteArray contentType;
    // Extra headers (X-Filename, ...).
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Sent as X-Client-Id when not empty.
    QString clientId;
    // The caller vouches that repeating this request is harmless (a POST the
    // protocol lists as setting a state, a PUT keyed by the client id in its
    // path). GET, and PUT with a client id, are retried without it.
    bool idempotent = false;
    // Send the bearer token (everything but login).
    bool authenticated = true;
    // Overrides the client's transfer timeout for this request.
    std::optional<std::chrono::milliseconds> timeout;

    static RestRequest get(const QString& path);
    static RestRequest post(const QString& path, const QJsonObject& body = {});
    static RestRequest put(const QString& path, const QJsonObject& body);
    static RestRequest patch(const QString& path, const QJsonObject& body);
    static RestRequest del(const QString& path);

    RestRequest& addQuery(const QString& key, const QString& value);
    RestRequest& withClientId(const QString& id);
    RestRequest& markIdempotent(bool on = true);
    RestRequest& withTimeout(std::chrono::milliseconds ms);

    // Whether an automatic retry after an unknown outcome is safe.
    bool retrySafe() const;
};

// What came back: the HTTP status and body, or the error.
struct RestResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    std::optional<RestError> error;
    int attempts = 0;

    bool ok() const { return !error.has_value(); }
    QByteArray header(QByteArrayView name) const;
};

// A decoded answer: `value` on success, else `error`.
template <class T>
struct RestResult {
    std::optional<T> value;
    std::optional<RestError> error;
    int status = 0;

    bool ok() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }

    static RestResult from(const RestResponse& response)
    {
        RestResult out;
        out.status = response.status;
        if (response.error) {
            out.error = response.error;
            return out;
        }
        auto decoded = protocol::decodeBytes<T>(response.body);
        if (decoded)
            out.value = std::move(decoded.value);
        else
            out.error = RestError::undecodable(response.status, decoded.error);
        return out;
    }
};

// When and how often a retry-safe request is repeated. A retry happens after
// a network failure (the transfer timeout included) or a 429, 502, 503 or 504
// answer, after a Backoff delay, and never sooner than the answer's
// Retry-After. A Retry-After longer than `maxRetryAfter` is not waited for:
// the error goes to the caller, who can tell the agent.
struct RetryPolicy {
    int maxAttempts = 4;
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{8'000};
    std::chrono::milliseconds maxRetryAfter{120'000};
};

class RestClient;

// One request in flight, across its retries. Emits finished() once. Owned by
// the caller of RestClient::send() (delete it, or deleteLater() in the slot);
// deleting it before it finished aborts the request. It is a child of the
// client, so it never outlives it.
class RestReply : public QObject {
    Q_OBJECT

public:
    ~RestReply() override;

    const RestRequest& request() const { return request_; }
    bool isFinished() const { return finished_; }
    const RestResponse& response() const { return response_; }
    // The answer decoded into T (a Decode error names the field at fault).
    template <class T>
    RestResult<T> result() const
    {
        return RestResult<T>::from(response_);
    }

    // Stops the request now; finished() follows with a Network error whose
    // `aborted` is set. No effect once finished.
    void abort();

Q_SIGNALS:
    void finished();
    // A retry is scheduled after `delayMs` because of `cause`.
    void retrying(int nextAttempt, qint64 delayMs, const baton::net::RestError& cause);

private:
    friend class RestClient;
    RestReply(RestClient* client, RestRequest request);

    void startAttempt();
    void attemptFinished();
    void finish(RestResponse response);
    void dropNetworkReply();

    QPointer<RestClient> client_;
    RestRequest request_;
    RestResponse response_;
    Backoff backoff_;
    QPointer<QNetworkReply> reply_;
    QTimer retryTimer_;
    int attempts_ = 0;
    bool finished_ = false;
};

// REST over a QNetworkAccessManager it is given (which must outlive it).
// JSON in and out through the protocol codecs; bearer token; transfer
// timeouts; retries only where safe.
class RestClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const RestResponse&)>;
    template <class T>
    using ResultCallback = std::function<void(const RestResult<T>&)>;

    explicit RestClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~RestClient() override;

    void setBaseUrl(const QUrl& url) { baseUrl_ = url; }
    QUrl baseUrl() const { return baseUrl_; }
    void setToken(const QString& token) { token_ = token; }
    QString token() const { return token_; }
    void setTransferTimeout(std::chrono::milliseconds ms) { timeout_ = ms; }
    std::chrono::milliseconds transferTimeout() const { return timeout_; }
    void setRetryPolicy(const RetryPolicy& policy) { policy_ = policy; }
    const RetryPolicy& retryPolicy() const { return policy_; }

    // The full URL a request goes to.
    QUrl urlFor(const RestRequest& request) const;

    // Starts a request; the caller owns the reply.
    RestReply* send(const RestRequest& request);
    // Starts a request and calls `done` with the answer, unless `context` has
    // been destroyed by then (then nothing is called). The reply cleans up
    // after itself. `context` must not be null.
    void send(const RestRequest& request, QObject* context, Callback done);
    // The same, decoding a 2xx body into T.
    template <class T>
    void call(const RestRequest& request, QObject* context, ResultCallback<T> done)
    {
        send(request, context,
             [done = std::move(done)](const RestResponse& r) { done(RestResult<T>::from(r)); });
    }

    // Convenience calls. login() does not store the token: the caller decides
    // (setToken, CredentialStore).
    void login(const QString& email, const QString& password, QObject* context,
               ResultCallback<protocol::LoginResponse> done);
    void me(QObject* context, ResultCallback<protocol::MeResponse> done);
    void logout(QObject* context, Callback done);

    // How far the server's clock is ahead of this machine's, from the Date
    // header of its answers (about a second of precision); empty until one
    // arrived. Absolute times the agent picks ("snooze 1 hour") are computed
    // on serverNow(), so a laptop clock hours off does not shift them.
    std::optional<std::chrono::milliseconds> serverClockOffset() const { return serverOffset_; }
    QDateTime serverNow() const;
    // Takes one answer's Date header, received at `receivedAt` (local UTC).
    void noteServerDate(const QByteArray& date, const QDateTime& receivedAt);

Q_SIGNALS:
    // An authenticated request was answered 401: the token is no good.
    void unauthorized(const baton::protocol::ApiError& error);
    // serverClockOffset() changed by more than the header's precision.
    void serverClockOffsetChanged();

private:
    friend class RestReply;
    QNetworkReply* start(const RestRequest& request);

    QNetworkAccessManager* network_;
    QUrl baseUrl_;
    QString token_;
    std::chrono::milliseconds timeout_{30'000};
    RetryPolicy policy_;
    std::optional<std::chrono::milliseconds> serverOffset_;
};

} // namespace baton::net
