// RestClient against a scripted local HTTP peer (HttpPeer). A real batond
// cannot be made to answer 429 for a GET, 503, or not at all on demand, so
// these conditions are scripted here; tst_net_e2e runs the same client
// against the real server.
#include "httppeer.h"

#include <net/restclient.h>
#include <protocol/requests.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::net::RestClient;
using baton::net::RestError;
using baton::net::RestReply;
using baton::net::RestRequest;
using baton::net::RestResponse;
using baton::net::RestResult;
using baton::net::RetryPolicy;
using baton::test::HttpPeer;
namespace protocol = baton::protocol;

namespace {

QByteArray errorBody(const char* code, const char* message, const char* field = "")
{
    return QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message +
           R"(","field":")" + field + R"("}})";
}

HttpPeer::Response canned(int status, const QByteArray& body = "{}",
                          QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    HttpPeer::Response r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

// Sends and waits for the answer (generously bounded).
RestResponse sendAndWait(RestClient& client, const RestRequest& request, int timeoutMs = 20'000)
{
    std::unique_ptr<RestReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &RestReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    return reply->response();
}

RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.backoffBase = 10ms;
    policy.backoffCap = 50ms;
    return policy;
}

} // namespace

class TestRestClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestCarriesTokenClientIdAndEncodedQuery();
    void jsonBodyIsSentAsJson();
    void baseUrlPathIsKept();
    void successIsDecodedWithTheProtocolCodecs();
    void undecodableBodyNamesTheField();
    void httpErrorCarriesTheApiError();
    void nonJsonErrorBodyIsStillAnHttpError();
    void unauthorizedIsSignalled();
    void retryAfterIsHonouredForGet();
    void rateLimitedPostIsNotRetried();
    void serviceUnavailableIsRetriedForGet();
    void serviceUnavailableIsNotRetriedForPost();
    void postMarkedIdempotentAndPutWithClientIdAreRetried();
    void retriesStopAtMaxAttempts();
    void retryAfterBeyondTheLimitIsNotWaitedFor();
    void transferTimeoutIsANetworkError();
    void refusedConnectionIsANetworkError();
    void callbackDoesNotRunAfterItsContextDied();
    void abortFinishesWithAnAbortedError();
    void deletingTheClientMidRequestIsSafe();
    void parsesRetryAfter();
    void serverClockOffsetFollowsTheDateHeader();

private:
    std::unique_ptr<QNetworkAccessManager> network_;
    std::unique_ptr<HttpPeer> peer_;
    std::unique_ptr<RestClient> client_;
};

void TestRestClient::init()
{
    network_ = std::make_unique<QNetworkAccessManager>();
    peer_ = std::make_unique<HttpPeer>();
    QVERIFY(peer_->listen());
    client_ = std::make_unique<RestClient>(network_.get());
    client_->setBaseUrl(peer_->url());
    client_->setToken(u"secret-token"_s);
    client_->setRetryPolicy(fastRetries());
}

void TestRestClient::cleanup()
{
    client_.reset();
    peer_.reset();
    network_.reset();
}

void TestRestClient::requestCarriesTokenClientIdAndEncodedQuery()
{
    peer_->enqueue(canned(200, R"({"ok":true})"));
    RestRequest request = RestRequest::get(u"/api/v1/chats"_s);
    request.addQuery(u"q"_s, u"+49 151 & co"_s).addQuery(u"list"_s, u"open"_s);
    request.withClientId(u"3f6c1a2e-8b4d-4c1f-9a7e-2d5b8c0e6f41"_s);
    const RestResponse response = sendAndWait(*client_, request);
    QVERIFY2(response.ok(), qPrintable(response.error ? response.error->toString() : QString()));
    QCOMPARE(response.status, 200);
    QCOMPARE(peer_->count(), 1);
    const HttpPeer::Request& seen = peer_->requests().first();
    QCOMPARE(seen.method, "GET");
    QCOMPARE(seen.target, "/api/v1/chats?q=%2B49%20151%20%26%20co&list=open");
    QCOMPARE(seen.headers.value("authorization"), "Bearer secret-token");
    QCOMPARE(seen.headers.value("x-client-id"), "3f6c1a2e-8b4d-4c1f-9a7e-2d5b8c0e6f41");
    QCOMPARE(seen.headers.value("accept"), "application/json");
}

void TestRestClient::jsonBodyIsSentAsJson()
{
    peer_->enqueue(canned(200));
    const protocol::LoginRequest login{u"ann@acme.test"_s, u"demo"_s};
    RestRequest request = RestRequest::post(u"/api/v1/auth/login"_s, protocol::toJson(login));
    request.authenticated = false;
    QVERIFY(sendAndWait(*client_, request).ok());
    const HttpPeer::Request& seen = peer_->requests().first();
    QCOMPARE(seen.method, "POST");
    QVERIFY(seen.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!seen.headers.contains("authorization"));
    const auto decoded = protocol::decodeBytes<protocol::LoginRequest>(seen.body);
    QVERIFY(decoded);
    QCOMPARE(*decoded, login);
}

void TestRestClient::baseUrlPathIsKept()
{
    QUrl base = peer_->url();
    base.setPath(u"/baton/"_s);
    client_->setBaseUrl(base);
    QCOMPARE(client_->urlFor(RestRequest::get(u"/api/v1/me"_s)).path(), u"/baton/api/v1/me"_s);
    peer_->enqueue(canned(200));
    QVERIFY(sendAndWait(*client_, RestRequest::get(u"/api/v1/me"_s)).ok());
    QCOMPARE(peer_->requests().first().target, "/baton/api/v1/me");
}

void TestRestClient::successIsDecodedWithTheProtocolCodecs()
{
    protocol::MeResponse me;
    me.agent.id = 7;
    me.agent.name = u"Ann Lee"_s;
    me.agent.email = u"ann@acme.test"_s;
    me.workspace.id = 1;
    me.workspace.name = u"Acme"_s;
    me.workspace.messageLimit = 25;
    peer_->enqueue(canned(200, QJsonDocument(protocol::toJson(me)).toJson()));

    std::optional<RestResult<protocol::MeResponse>> result;
    QObject context;
    client_->me(&context, [&](const RestResult<protocol::MeResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY2(result->ok(), qPrintable(result->error ? result->error->toString() : QString()));
    QCOMPARE(result->value->agent.email, u"ann@acme.test"_s);
    QCOMPARE(*result->value, me);
    QCOMPARE(peer_->requests().first().target, "/api/v1/me");
}

void TestRestClient::undecodableBodyNamesTheField()
{
    protocol::MeResponse me;
    me.agent.id = 7;
    me.agent.name = u"Ann"_s;
    me.agent.email = u"ann@acme.test"_s;
    me.workspace.id = 1;
    me.workspace.name = u"Acme"_s;
    QJsonObject body = protocol::toJson(me);
    QJsonObject workspace = body[u"workspace"_s].toObject();
    workspace[u"name"_s] = 5;
    body[u"workspace"_s] = workspace;
    peer_->enqueue(canned(200, QJsonDocument(body).toJson()));

    std::optional<RestResult<protocol::MeResponse>> result;
    QObject context;
    client_->me(&context, [&](const RestResult<protocol::MeResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY(!result->ok());
    QVERIFY(result->error->isDecode());
    QCOMPARE(result->error->decode.field, u"workspace.name"_s);
    QCOMPARE(result->error->httpStatus, 200);
    QVERIFY(result->error->toString().contains(u"workspace.name"_s));
}

void TestRestClient::httpErrorCarriesTheApiError()
{
    peer_->enqueue(canned(422, errorBody("unprocessable", "text: too long", "text")));
    const RestResponse response =
        sendAndWait(*client_, RestRequest::post(u"/api/v1/chats/1/notes"_s, {{u"text"_s, u"x"_s}}));
    QVERIFY(response.error);
    QVERIFY(response.error->isHttp());
    QCOMPARE(response.status, 422);
    QCOMPARE(response.error->httpStatus, 422);
    QVERIFY(response.error->is(protocol::ErrorCode::Unprocessable));
    QCOMPARE(response.error->api.field, u"text"_s);
    QCOMPARE(response.error->api.message, u"text: too long"_s);
}

void TestRestClient::nonJsonErrorBodyIsStillAnHttpError()
{
    peer_->enqueue(canned(500, "<html>oops</html>"));
    const RestResponse response = sendAndWait(*client_, RestRequest::post(u"/api/v1/x"_s));
    QVERIFY(response.error);
    QVERIFY(response.error->isHttp());
    QCOMPARE(response.error->httpStatus, 500);
    QCOMPARE(response.error->api.code, protocol::ErrorCode::Internal);
    QVERIFY(response.error->api.message.contains(u"oops"_s));
}

void TestRestClient::unauthorizedIsSignalled()
{
    peer_->enqueue(canned(401, errorBody("unauthorized", "the token is unknown"),
                          {{"WWW-Authenticate", "Bearer"}}));
    QSignalSpy unauthorized(client_.get(), &RestClient::unauthorized);
    const RestResponse response = sendAndWait(*client_, RestRequest::get(u"/api/v1/me"_s));
    QVERIFY(response.error && response.error->is(protocol::ErrorCode::Unauthorized));
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(unauthorized.first().first().value<protocol::ApiError>().code,
             protocol::ErrorCode::Unauthorized);
    // A 401 is an answer, not a transient failure: it is not retried.
    QCOMPARE(peer_->count(), 1);
}

void TestRestClient::retryAfterIsHonouredForGet()
{
    peer_->enqueue(canned(429, errorBody("rate_limited", "slow down"), {{"Retry-After", "1"}}));
    peer_->enqueue(canned(200, R"({"ok":true})"));
    std::unique_ptr<RestReply> reply(client_->send(RestRequest::get(u"/api/v1/stats"_s)));
    QSignalSpy retrying(reply.get(), &RestReply::retrying);
    QSignalSpy finished(reply.get(), &RestReply::finished);
    QVERIFY(finished.wait(20'000));
    QVERIFY(reply->response().ok());
    QCOMPARE(reply->response().attempts, 2);
    QCOMPARE(peer_->count(), 2);
    QCOMPARE(retrying.count(), 1);
    QVERIFY(retrying.first().at(1).toLongLong() >= 1000);
    // The retry did not come before the second the server asked for. (A
    // lower bound only; a few ms of slack for millisecond rounding.)
    const qint64 gap = peer_->requests().at(1).receivedMs - peer_->requests().at(0).answeredMs;
    QVERIFY2(gap >= 995, qPrintable(u"retried after %1 ms"_s.arg(gap)));
}

void TestRestClient::rateLimitedPostIsNotRetried()
{
    peer_->enqueue(
        canned(429, errorBody("rate_limited", "too many attempts"), {{"Retry-After", "1"}}));
    peer_->setFallback(canned(200));
    RestRequest request = RestRequest::post(u"/api/v1/auth/login"_s, {});
    request.authenticated = false;
    const RestResponse response = sendAndWait(*client_, request);
    QVERIFY(response.error);
    QVERIFY(response.error->is(protocol::ErrorCode::RateLimited));
    QVERIFY(response.error->retryAfter.has_value());
    QCOMPARE(*response.error->retryAfter, 1s);
    QCOMPARE(response.attempts, 1);
    // Give a (wrong) retry every chance to show up.
    QTest::qWait(1'500);
    QCOMPARE(peer_->count(), 1);
}

void TestRestClient::serviceUnavailableIsRetriedForGet()
{
    peer_->enqueue(canned(503, "{}"));
    peer_->enqueue(canned(503, "{}"));
    peer_->enqueue(canned(200, R"({"ok":true})"));
    const RestResponse response = sendAndWait(*client_, RestRequest::get(u"/api/v1/chats"_s));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 3);
    QCOMPARE(peer_->count(), 3);
}

void TestRestClient::serviceUnavailableIsNotRetriedForPost()
{
    peer_->enqueue(canned(503, "{}"));
    peer_->setFallback(canned(200));
    const RestResponse response =
        sendAndWait(*client_, RestRequest::post(u"/api/v1/subscribers/1/bot-status/extend"_s));
    QVERIFY(response.error);
    QCOMPARE(response.error->httpStatus, 503);
    QCOMPARE(response.attempts, 1);
    QTest::qWait(500); // backoff here is at most 50 ms
    QCOMPARE(peer_->count(), 1);
}

void TestRestClient::postMarkedIdempotentAndPutWithClientIdAreRetried()
{
    peer_->enqueue(canned(503));
    peer_->enqueue(canned(200));
    RestResponse response =
        sendAndWait(*client_, RestRequest::post(u"/api/v1/chats/1/read"_s).markIdempotent());
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);

    peer_->enqueue(canned(503));
    peer_->enqueue(canned(200));
    response = sendAndWait(
        *client_, RestRequest::put(u"/api/v1/chats/1/assignee"_s, {}).withClientId(u"c-1"_s));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);

    // A PUT without a client id is not retried.
    peer_->enqueue(canned(503));
    peer_->setFallback(canned(200));
    response = sendAndWait(*client_, RestRequest::put(u"/api/v1/chats/1/assignee"_s, {}));
    QVERIFY(response.error);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(peer_->count(), 5);
}

void TestRestClient::retriesStopAtMaxAttempts()
{
    client_->setRetryPolicy(fastRetries(3));
    peer_->setFallback(canned(503));
    const RestResponse response = sendAndWait(*client_, RestRequest::get(u"/api/v1/chats"_s));
    QVERIFY(response.error);
    QCOMPARE(response.error->httpStatus, 503);
    QCOMPARE(response.attempts, 3);
    QTest::qWait(300);
    QCOMPARE(peer_->count(), 3);
}

void TestRestClient::retryAfterBeyondTheLimitIsNotWaitedFor()
{
    RetryPolicy policy = fastRetries();
    policy.maxRetryAfter = 10s;
    client_->setRetryPolicy(policy);
    peer_->enqueue(canned(503, "{}", {{"Retry-After", "3600"}}));
    peer_->setFallback(canned(200));
    const RestResponse response = sendAndWait(*client_, RestRequest::get(u"/api/v1/chats"_s));
    QVERIFY(response.error);
    QCOMPARE(response.error->retryAfter, std::optional(std::chrono::seconds{3600}));
    QCOMPARE(response.attempts, 1);
}

void TestRestClient::transferTimeoutIsANetworkError()
{
    HttpPeer::Response silent;
    silent.silent = true;
    peer_->setFallback(silent);
    const RestResponse response =
        sendAndWait(*client_, RestRequest::post(u"/api/v1/chats/1/notes"_s, {}).withTimeout(300ms));
    QVERIFY(response.error);
    QVERIFY2(response.error->isNetwork(), qPrintable(response.error->toString()));
    QVERIFY(response.error->timedOut);
    QVERIFY(!response.error->aborted);
    QCOMPARE(response.status, 0);
    QCOMPARE(peer_->count(), 1);

    // A GET that times out is retried (it is safe), then reported the same way.
    client_->setRetryPolicy(fastRetries(2));
    const RestResponse get =
        sendAndWait(*client_, RestRequest::get(u"/api/v1/chats"_s).withTimeout(300ms));
    QVERIFY(get.error && get.error->timedOut);
    QCOMPARE(get.attempts, 2);
    QCOMPARE(peer_->count(), 3);
}

void TestRestClient::refusedConnectionIsANetworkError()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QUrl url = peer_->url();
    url.setPort(port);
    client_->setBaseUrl(url);
    client_->setRetryPolicy(fastRetries(2));
    const RestResponse response = sendAndWait(*client_, RestRequest::get(u"/api/v1/me"_s));
    QVERIFY(response.error);
    QVERIFY(response.error->isNetwork());
    QCOMPARE(response.error->networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(!response.error->timedOut);
    QCOMPARE(response.attempts, 2);
}

void TestRestClient::callbackDoesNotRunAfterItsContextDied()
{
    HttpPeer::Response late = canned(200);
    late.delayMs = 300;
    peer_->enqueue(late);
    peer_->enqueue(late);
    bool deadCalled = false;
    bool liveCalled = false;
    auto doomed = std::make_unique<QObject>();
    QObject living;
    client_->send(RestRequest::get(u"/api/v1/a"_s), doomed.get(),
                  [&](const RestResponse&) { deadCalled = true; });
    client_->send(RestRequest::get(u"/api/v1/b"_s), &living,
                  [&](const RestResponse&) { liveCalled = true; });
    QTRY_COMPARE_WITH_TIMEOUT(peer_->count(), 2, 20'000);
    doomed.reset();
    QTRY_VERIFY_WITH_TIMEOUT(liveCalled, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(peer_->requests().at(0).answeredMs >= 0, 20'000);
    QTest::qWait(200);
    QVERIFY(!deadCalled);
}

void TestRestClient::abortFinishesWithAnAbortedError()
{
    HttpPeer::Response silent;
    silent.silent = true;
    peer_->setFallback(silent);
    std::unique_ptr<RestReply> reply(client_->send(RestRequest::get(u"/api/v1/chats"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(peer_->count(), 1, 20'000);
    QSignalSpy finished(reply.get(), &RestReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isFinished());
    QVERIFY(reply->response().error && reply->response().error->aborted);
    QVERIFY(!reply->response().error->timedOut);
    reply->abort(); // a second abort is a no-op
    QCOMPARE(finished.count(), 1);
}

void TestRestClient::deletingTheClientMidRequestIsSafe()
{
    HttpPeer::Response late = canned(200);
    late.delayMs = 200;
    peer_->setFallback(late);
    bool called = false;
    QObject context;
    client_->send(RestRequest::get(u"/api/v1/chats"_s), &context,
                  [&](const RestResponse&) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(peer_->count(), 1, 20'000);
    client_.reset();   // aborts the request
    QTest::qWait(500); // past the moment the peer would have answered
    QVERIFY(!called);
}

void TestRestClient::parsesRetryAfter()
{
    const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    QCOMPARE(baton::net::parseRetryAfter("120", now), std::optional(std::chrono::seconds{120}));
    QCOMPARE(baton::net::parseRetryAfter(" 1 ", now), std::optional(std::chrono::seconds{1}));
    QCOMPARE(baton::net::parseRetryAfter("Wed, 21 Oct 2015 07:29:30 GMT", now),
             std::optional(std::chrono::seconds{90}));
    QCOMPARE(baton::net::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
             std::optional(std::chrono::seconds{0}));
    QVERIFY(!baton::net::parseRetryAfter("", now));
    QVERIFY(!baton::net::parseRetryAfter("soon", now));
    QVERIFY(!baton::net::parseRetryAfter("-5", now));
}

void TestRestClient::serverClockOffsetFollowsTheDateHeader()
{
    baton::net::RestClient client(network_.get());
    QSignalSpy changed(&client, &baton::net::RestClient::serverClockOffsetChanged);
    QVERIFY(!client.serverClockOffset());

    const QDateTime received = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    client.noteServerDate("Sun, 01 Mar 2026 15:00:00 GMT", received);
    QCOMPARE(client.serverClockOffset(),
             std::optional(std::chrono::milliseconds{3 * 3600'000 + 500}));
    QCOMPARE(changed.size(), 1);
    const qint64 ahead = QDateTime::currentDateTimeUtc().msecsTo(client.serverNow());
    QVERIFY2(qAbs(ahead - 3 * 3600'000) < 60'000, qPrintable(QString::number(ahead)));

    // A sample within the header's precision is jitter, not a new offset.
    client.noteServerDate("Sun, 01 Mar 2026 15:00:01 GMT", received);
    QCOMPARE(client.serverClockOffset(),
             std::optional(std::chrono::milliseconds{3 * 3600'000 + 500}));
    QCOMPARE(changed.size(), 1);
    // A corrected clock is.
    client.noteServerDate("Sun, 01 Mar 2026 12:00:00 GMT", received);
    QCOMPARE(client.serverClockOffset(), std::optional(std::chrono::milliseconds{500}));
    QCOMPARE(changed.size(), 2);
    // Garbage is ignored.
    client.noteServerDate("yesterday", received);
    client.noteServerDate({}, received);
    QCOMPARE(client.serverClockOffset(), std::optional(std::chrono::milliseconds{500}));
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
