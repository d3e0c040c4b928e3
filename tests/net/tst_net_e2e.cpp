// RestClient and EventStream against a real batond process (started with
// the tests/server harness on a fresh demo database). A TcpProxy sits between
// the stream and the server where a test needs to cut the network while the
// server keeps running.
#include "batondprocess.h"
#include "tcpproxy.h"

#include <net/eventstream.h>
#include <net/restclient.h>
#include <protocol/chat.h>
#include <protocol/event.h>
#include <protocol/requests.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::net::EventStream;
using baton::net::RestClient;
using baton::net::RestRequest;
using baton::net::RestResponse;
using baton::net::RestResult;
using baton::net::StreamOptions;
using baton::net::StreamStatus;
using baton::test::BatondProcess;
using baton::test::TcpProxy;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 30'000;

template <class T>
RestResult<T> callAndWait(RestClient& client, const RestRequest& request)
{
    std::optional<RestResult<T>> result;
    QObject context;
    client.call<T>(request, &context, [&](const RestResult<T>& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWait);
    if (!result) {
        RestResult<T> timedOut;
        timedOut.error = baton::net::RestError::timeout(u"the test gave up waiting"_s);
        return timedOut;
    }
    return *result;
}

RestResponse sendAndWait(RestClient& client, const RestRequest& request)
{
    std::optional<RestResponse> result;
    QObject context;
    client.send(request, &context, [&](const RestResponse& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWait);
    return result.value_or(RestResponse{});
}

QString describe(const std::optional<baton::net::RestError>& error)
{
    return error ? error->toString() : u"no error"_s;
}

StreamOptions quickReconnects()
{
    StreamOptions options;
    options.timings.backoffBase = 50ms;
    options.timings.backoffCap = 200ms;
    return options;
}

} // namespace

class TestNetE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loginReturnsAToken();
    void wrongPasswordIsUnauthorized();
    void serverClockOffsetIsLearnedFromAnswers();
    void meAnswersForTheToken();
    void badTokenIs401WithTheApiError();
    void notFoundBodyIsDecoded();
    void streamWelcomesAndDeliversAnEventCausedByRest();
    void streamFromNothingIsToldToResync();
    void streamResumesWithExactlyTheMissedEventsAfterACut();
    void logoutClosesTheStreamAndAsksForLogin();
    void badTokenOnTheStreamAsksForLogin();

private:
    QString login(const QString& email);
    qint64 head();
    qint64 firstChatId();
    // Closes or reopens the chat: exactly one event.
    void toggle(qint64 chatId, const QString& clientId = {});

    BatondProcess server_;
    std::unique_ptr<QNetworkAccessManager> network_;
    std::unique_ptr<RestClient> rest_;
};

void TestNetE2e::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    network_ = std::make_unique<QNetworkAccessManager>();
    rest_ = std::make_unique<RestClient>(network_.get());
    rest_->setBaseUrl(server_.url());
    rest_->setToken(login(u"ann@acme.test"_s));
    QVERIFY(!rest_->token().isEmpty());
}

void TestNetE2e::cleanupTestCase()
{
    rest_.reset();
    network_.reset();
    QCOMPARE(server_.stop(), 0);
}

QString TestNetE2e::login(const QString& email)
{
    RestClient client(network_.get());
    client.setBaseUrl(server_.url());
    std::optional<RestResult<protocol::LoginResponse>> result;
    QObject context;
    client.login(email, u"demo"_s, &context,
                 [&](const RestResult<protocol::LoginResponse>& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWait);
    if (!result || !result->ok())
        return {};
    return result->value->token;
}

qint64 TestNetE2e::head()
{
    const auto page = callAndWait<protocol::EventPage>(*rest_, RestRequest::get(u"/api/v1/events"_s)
                                                                   .addQuery(u"after"_s, u"0"_s)
                                                                   .addQuery(u"limit"_s, u"1"_s));
    return page.ok() ? page->head : -1;
}

qint64 TestNetE2e::firstChatId()
{
    const auto page = callAndWait<protocol::ChatPage>(*rest_, RestRequest::get(u"/api/v1/chats"_s)
                                                                  .addQuery(u"list"_s, u"all"_s)
                                                                  .addQuery(u"limit"_s, u"1"_s));
    return page.ok() && !page->chats.isEmpty() ? page->chats.first().id : -1;
}

void TestNetE2e::toggle(qint64 chatId, const QString& clientId)
{
    const auto chat =
        callAndWait<protocol::Chat>(*rest_, RestRequest::get(u"/api/v1/chats/%1"_s.arg(chatId)));
    QVERIFY2(chat.ok(), qPrintable(describe(chat.error)));
    const bool open = chat->state == protocol::ChatState::Open;
    RestRequest request = RestRequest::post(
        u"/api/v1/chats/%1/%2"_s.arg(chatId).arg(open ? u"close"_s : u"reopen"_s));
    request.withClientId(clientId).markIdempotent();
    const auto changed = callAndWait<protocol::Chat>(*rest_, request);
    QVERIFY2(changed.ok(), qPrintable(describe(changed.error)));
    QCOMPARE(changed->state, open ? protocol::ChatState::Closed : protocol::ChatState::Open);
}

void TestNetE2e::loginReturnsAToken()
{
    std::optional<RestResult<protocol::LoginResponse>> result;
    QObject context;
    RestClient client(network_.get());
    client.setBaseUrl(server_.url());
    client.login(u"ann@acme.test"_s, u"demo"_s, &context,
                 [&](const RestResult<protocol::LoginResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->value->token.size(), 43); // 256 bits, base64url
    QCOMPARE(result->value->agent.email, u"ann@acme.test"_s);
    QVERIFY(!result->value->workspace.name.isEmpty());
    // login() leaves storing the token to the caller.
    QVERIFY(client.token().isEmpty());
}

void TestNetE2e::serverClockOffsetIsLearnedFromAnswers()
{
    // The shared server runs on this machine's clock.
    QVERIFY(head() >= 0);
    QVERIFY(rest_->serverClockOffset());
    QVERIFY2(qAbs(rest_->serverClockOffset()->count()) < 5'000,
             qPrintable(QString::number(rest_->serverClockOffset()->count())));

    // A server whose clock is 3 hours ahead: as seen from a laptop 3 hours
    // behind. The offset is what the presets are computed with.
    BatondProcess ahead;
    ahead.setEnvironment(u"BATON_CLOCK_OFFSET_S"_s, u"10800"_s);
    QString error;
    QVERIFY2(ahead.start(&error), qPrintable(error));
    RestClient client(network_.get());
    client.setBaseUrl(ahead.url());
    QSignalSpy changed(&client, &RestClient::serverClockOffsetChanged);
    std::optional<RestResult<protocol::LoginResponse>> result;
    QObject context;
    client.login(u"ann@acme.test"_s, u"demo"_s, &context,
                 [&](const RestResult<protocol::LoginResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(result->ok());
    QCOMPARE(changed.size(), 1);
    const qint64 offset = client.serverClockOffset()->count();
    QVERIFY2(qAbs(offset - 10'800'000) < 5'000, qPrintable(QString::number(offset)));
    QCOMPARE(ahead.stop(), 0);
}

void TestNetE2e::wrongPasswordIsUnauthorized()
{
    std::optional<RestResult<protocol::LoginResponse>> result;
    QObject context;
    rest_->login(u"cruz@acme.test"_s, u"not the password"_s, &context,
                 [&](const RestResult<protocol::LoginResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(!result->ok());
    QVERIFY2(result->error->is(protocol::ErrorCode::Unauthorized),
             qPrintable(describe(result->error)));
    QCOMPARE(result->status, 401);
}

void TestNetE2e::meAnswersForTheToken()
{
    std::optional<RestResult<protocol::MeResponse>> result;
    QObject context;
    rest_->me(&context, [&](const RestResult<protocol::MeResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(result->value->agent.email, u"ann@acme.test"_s);
    QVERIFY(result->value->workspace.id > 0);
}

void TestNetE2e::badTokenIs401WithTheApiError()
{
    RestClient client(network_.get());
    client.setBaseUrl(server_.url());
    client.setToken(u"owlwAOkV1On7vb6nlkqmy1_RJLnzNaQKYtExmkknb0k"_s);
    QSignalSpy unauthorized(&client, &RestClient::unauthorized);
    std::optional<RestResult<protocol::MeResponse>> result;
    QObject context;
    client.me(&context, [&](const RestResult<protocol::MeResponse>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(!result->ok());
    QVERIFY(result->error->isHttp());
    QCOMPARE(result->error->httpStatus, 401);
    QCOMPARE(result->error->api.code, protocol::ErrorCode::Unauthorized);
    QVERIFY(!result->error->api.message.isEmpty());
    QCOMPARE(unauthorized.count(), 1);
}

void TestNetE2e::notFoundBodyIsDecoded()
{
    const RestResponse chat = sendAndWait(*rest_, RestRequest::get(u"/api/v1/chats/999999999"_s));
    QVERIFY(chat.error);
    QVERIFY(chat.error->isHttp());
    QCOMPARE(chat.status, 404);
    QVERIFY2(chat.error->is(protocol::ErrorCode::NotFound), qPrintable(describe(chat.error)));
    QVERIFY(!chat.error->api.message.isEmpty());
    QCOMPARE(chat.attempts, 1); // a 404 is an answer: not retried

    const RestResponse path = sendAndWait(*rest_, RestRequest::get(u"/api/v1/no-such-thing"_s));
    QVERIFY(path.error && path.error->is(protocol::ErrorCode::NotFound));
}

void TestNetE2e::streamWelcomesAndDeliversAnEventCausedByRest()
{
    const qint64 start = head();
    QVERIFY(start >= 0);
    const qint64 chatId = firstChatId();
    QVERIFY(chatId > 0);

    EventStream stream(quickReconnects());
    stream.setUrl(EventStream::streamUrlFor(server_.url()));
    stream.setToken(rest_->token());
    stream.setAppliedSeq(start);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QList<protocol::Event> events;
    connect(&stream, &EventStream::eventReceived, this,
            [&](const protocol::Event& e) { events.append(e); });
    stream.start();
    QVERIFY(welcomed.wait(kWait));
    QCOMPARE(welcomed.first().first().toLongLong(), start);
    QCOMPARE(stream.status().state, StreamStatus::State::Online);

    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    toggle(chatId, clientId);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, kWait);
    const protocol::Event& event = events.first();
    QCOMPARE(event.seq, start + 1);
    QCOMPARE(event.type, protocol::EventType::ChatUpdated);
    QCOMPARE(event.origin.clientId, clientId);
    QVERIFY(std::holds_alternative<protocol::Chat>(event.payload));
    QCOMPARE(std::get<protocol::Chat>(event.payload).id, chatId);
    stream.stop();
}

void TestNetE2e::streamFromNothingIsToldToResync()
{
    const qint64 now = head();
    EventStream stream(quickReconnects());
    stream.setUrl(EventStream::streamUrlFor(server_.url()));
    stream.setToken(rest_->token());
    stream.setAppliedSeq(0);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy resync(&stream, &EventStream::resyncRequired);
    stream.start();
    QVERIFY(resync.wait(kWait));
    QCOMPARE(welcomed.count(), 1);
    QCOMPARE(resync.first().first().toLongLong(), now);
}

void TestNetE2e::streamResumesWithExactlyTheMissedEventsAfterACut()
{
    TcpProxy proxy(QHostAddress::LocalHost, quint16(server_.url().port()));
    QVERIFY(proxy.listen());
    const qint64 chatId = firstChatId();
    const qint64 start = head();

    EventStream stream(quickReconnects());
    stream.setUrl(proxy.rewrite(EventStream::streamUrlFor(server_.url())));
    stream.setToken(rest_->token());
    stream.setAppliedSeq(start);
    // The owner: applies each event exactly once, in order, and reports it.
    QList<qint64> applied;
    QList<qint64> duplicates;
    connect(&stream, &EventStream::eventReceived, this, [&](const protocol::Event& e) {
        if (e.seq <= stream.appliedSeq()) {
            duplicates.append(e.seq);
            return;
        }
        applied.append(e.seq);
        stream.setAppliedSeq(e.seq);
    });
    QList<qint64> heads;
    connect(&stream, &EventStream::welcomed, this, [&](qint64 h) { heads.append(h); });
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(heads.size(), 1, kWait);

    // One live event, then the network goes away under the open socket.
    toggle(chatId);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kWait);
    proxy.setRefusing(true);
    proxy.cut();
    QTRY_VERIFY_WITH_TIMEOUT(stream.status().state == StreamStatus::State::Connecting, kWait);
    const int acceptedBefore = proxy.accepted();

    // Meanwhile the workspace changes three times.
    for (int i = 0; i < 3; ++i)
        toggle(chatId);
    // The stream keeps trying (and failing) while the network is down.
    QTRY_VERIFY_WITH_TIMEOUT(proxy.accepted() > acceptedBefore, kWait);
    QCOMPARE(stream.status().state, StreamStatus::State::Connecting);

    proxy.setRefusing(false);
    QTRY_COMPARE_WITH_TIMEOUT(heads.size(), 2, kWait);
    QCOMPARE(heads.at(1), start + 4);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 4, kWait);
    QCOMPARE(applied, (QList<qint64>{start + 1, start + 2, start + 3, start + 4}));
    QVERIFY(duplicates.isEmpty());
    QCOMPARE(stream.status().state, StreamStatus::State::Online);

    // Nothing more arrives than what happened; the next change is next.
    QTest::qWait(500);
    QCOMPARE(applied.size(), 4);
    toggle(chatId);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 5, kWait);
    QCOMPARE(applied.last(), start + 5);
    QVERIFY(duplicates.isEmpty());
    stream.stop();
}

void TestNetE2e::logoutClosesTheStreamAndAsksForLogin()
{
    RestClient bob(network_.get());
    bob.setBaseUrl(server_.url());
    bob.setToken(login(u"bob@acme.test"_s));
    QVERIFY(!bob.token().isEmpty());

    EventStream stream(quickReconnects());
    stream.setUrl(EventStream::streamUrlFor(server_.url()));
    stream.setToken(bob.token());
    stream.setAppliedSeq(head());
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy needsLogin(&stream, &EventStream::needsLogin);
    stream.start();
    QVERIFY(welcomed.wait(kWait));

    std::optional<RestResponse> loggedOut;
    QObject context;
    bob.logout(&context, [&](const RestResponse& r) { loggedOut = r; });
    QTRY_VERIFY_WITH_TIMEOUT(loggedOut.has_value(), kWait);
    QVERIFY2(loggedOut->ok(), qPrintable(describe(loggedOut->error)));
    QCOMPARE(loggedOut->status, 204);

    // (The close may beat the logout answer, so count rather than wait.)
    QTRY_COMPARE_WITH_TIMEOUT(needsLogin.count(), 1, kWait);
    QCOMPARE(needsLogin.first().first().value<protocol::ApiError>().code,
             protocol::ErrorCode::Unauthorized);
    QCOMPARE(stream.status().state, StreamStatus::State::Offline);
    QVERIFY(stream.status().needsLogin);
    QVERIFY(!stream.isRunning());
    QTest::qWait(500); // no reconnect with the revoked token
    QCOMPARE(welcomed.count(), 1);
    QCOMPARE(needsLogin.count(), 1);

    // The revoked token is refused over REST too.
    std::optional<RestResult<protocol::MeResponse>> me;
    bob.me(&context, [&](const RestResult<protocol::MeResponse>& r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), kWait);
    QVERIFY(me->error && me->error->is(protocol::ErrorCode::Unauthorized));
}

void TestNetE2e::badTokenOnTheStreamAsksForLogin()
{
    EventStream stream(quickReconnects());
    stream.setUrl(EventStream::streamUrlFor(server_.url()));
    stream.setToken(u"owlwAOkV1On7vb6nlkqmy1_RJLnzNaQKYtExmkknb0k"_s);
    QSignalSpy welcomed(&stream, &EventStream::welcomed);
    QSignalSpy needsLogin(&stream, &EventStream::needsLogin);
    stream.start();
    QVERIFY(needsLogin.wait(kWait));
    QVERIFY(stream.status().needsLogin);
    QCOMPARE(welcomed.count(), 0);
}

QTEST_GUILESS_MAIN(TestNetE2e)
#include "tst_net_e2e.moc"
