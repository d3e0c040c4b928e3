// Login, tokens, rate limiting, roles, error bodies and workspace isolation
// of the agent endpoints, against a real batond.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/requests.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace baton::test;

class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loginReturnsTokenAgentAndWorkspace();
    void loginAcceptsAnyEmailCase();
    void badPasswordIs401();
    void unknownEmailIs401();
    void repeatedFailuresAreRateLimited();
    void requestsWithoutTokenAre401();
    void garbageTokenIs401();
    void logoutRevokesTheToken();
    void meDescribesTheCaller();
    void agentsListsTheWorkspaceOnly();
    void botsListsEveryChannel();
    void malformedJsonIs400();
    void wrongFieldTypeNamesTheField();
    void wrongContentTypeIs415();
    void unknownPathIsJson404();
    void hugeBodyIs413();

private:
    BatondProcess server_;
};

void TestAuth::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
}

void TestAuth::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
    QVERIFY2(server_.log().contains(u"stopped"_s), qPrintable(server_.log()));
}

void TestAuth::loginReturnsTokenAgentAndWorkspace()
{
    HttpClient http(server_.url());
    const Reply reply = http.login(u"ann@acme.test"_s);
    QCOMPARE(reply.status, 200);
    const auto login = baton::protocol::decode<baton::protocol::LoginResponse>(reply.json);
    QVERIFY2(login.ok(), qPrintable(login.error.field + u": "_s + login.error.message));
    // 256 random bits in base64url without padding: 43 characters.
    QCOMPARE(login->token.size(), 43);
    QCOMPARE(login->agent.email, u"ann@acme.test"_s);
    QCOMPARE(login->agent.role, baton::protocol::Role::Admin);
    QCOMPARE(login->workspace.name, u"Acme"_s);
    QVERIFY(!server_.log().contains(login->token));

    // Two logins, two different tokens.
    HttpClient other(server_.url());
    QCOMPARE(other.login(u"ann@acme.test"_s).status, 200);
    QVERIFY(other.token() != http.token());
}

void TestAuth::loginAcceptsAnyEmailCase()
{
    HttpClient http(server_.url());
    const Reply reply = http.login(u"  Bob@ACME.test "_s);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json[u"agent"_s][u"email"_s].toString(), u"bob@acme.test"_s);
    QCOMPARE(reply.json[u"agent"_s][u"role"_s].toString(), u"agent"_s);
}

void TestAuth::badPasswordIs401()
{
    HttpClient http(server_.url());
    const Reply reply = http.login(u"bob@acme.test"_s, u"s3cr3t-Wr0ng-pw"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    QVERIFY(http.token().isEmpty());
    // Passwords never reach the log.
    QVERIFY(!server_.log().contains(u"s3cr3t-Wr0ng-pw"_s));
}

void TestAuth::unknownEmailIs401()
{
    HttpClient http(server_.url());
    const Reply reply = http.login(u"nobody@acme.test"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);
}

void TestAuth::repeatedFailuresAreRateLimited()
{
    HttpClient http(server_.url());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.login(u"cruz@acme.test"_s, u"guess%1"_s.arg(i)).status, 401);
    // Even the right password is refused while limited.
    const Reply limited = http.login(u"cruz@acme.test"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"rate_limited"_s);
    bool ok = false;
    const int retryAfter = limited.headers.value("retry-after").toInt(&ok);
    QVERIFY2(ok && retryAfter > 0 && retryAfter <= 900,
             limited.headers.value("retry-after").constData());
    // Other accounts are not affected.
    QCOMPARE(HttpClient(server_.url()).login(u"gail@globex.test"_s).status, 200);
}

void TestAuth::requestsWithoutTokenAre401()
{
    HttpClient http(server_.url());
    for (const QString& path : {u"/api/v1/me"_s, u"/api/v1/agents"_s, u"/api/v1/bots"_s,
                                u"/api/v1/chats"_s, u"/api/v1/chats/1"_s, u"/api/v1/events"_s}) {
        const Reply reply = http.get(path);
        QVERIFY2(reply.status == 401, qPrintable(path + u" "_s + reply.describe()));
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Bearer"));
    }
    QCOMPARE(http.post(u"/api/v1/chats/1/close"_s).status, 401);
}

void TestAuth::garbageTokenIs401()
{
    HttpClient http(server_.url());
    http.setToken(u"not-a-token"_s);
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
    http.setToken(u"' OR 1=1 --"_s);
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
}

void TestAuth::logoutRevokesTheToken()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    HttpClient second(server_.url());
    QCOMPARE(second.login(u"bob@acme.test"_s).status, 200);
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 200);

    const Reply out = http.post(u"/api/v1/auth/logout"_s);
    QVERIFY2(out.status == 204, qPrintable(out.describe()));
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
    QCOMPARE(http.post(u"/api/v1/auth/logout"_s).status, 401);
    // Only that token: the agent's other session lives on.
    QCOMPARE(second.get(u"/api/v1/me"_s).status, 200);
}

void TestAuth::meDescribesTheCaller()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"gail@globex.test"_s).status, 200);
    const Reply me = http.get(u"/api/v1/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json[u"agent"_s][u"email"_s].toString(), u"gail@globex.test"_s);
    QCOMPARE(me.json[u"workspace"_s][u"name"_s].toString(), u"Globex"_s);
    QCOMPARE(me.json[u"workspace"_s][u"message_limit"_s].toInt(), 25);
}

void TestAuth::agentsListsTheWorkspaceOnly()
{
    HttpClient acme(server_.url());
    QCOMPARE(acme.login(u"bob@acme.test"_s).status, 200);
    const Reply reply = acme.get(u"/api/v1/agents"_s);
    QCOMPARE(reply.status, 200);
    QStringList emails;
    for (const auto& agent : reply.json[u"agents"_s].toArray())
        emails.append(agent[u"email"_s].toString());
    QCOMPARE(emails, (QStringList{u"ann@acme.test"_s, u"bob@acme.test"_s, u"cruz@acme.test"_s}));
    // No password material ever leaves the server.
    QVERIFY(!reply.body.contains("argon2"));
    QVERIFY(!reply.body.contains("password"));

    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const Reply other = globex.get(u"/api/v1/agents"_s);
    QCOMPARE(other.json[u"agents"_s].toArray().size(), 1);
    QCOMPARE(other.json[u"agents"_s][0][u"email"_s].toString(), u"gail@globex.test"_s);
}

void TestAuth::botsListsEveryChannel()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Reply reply = http.get(u"/api/v1/bots"_s);
    QCOMPARE(reply.status, 200);
    QStringList channels;
    for (const auto& bot : reply.json[u"bots"_s].toArray())
        channels.append(bot[u"channel"_s].toString());
    QCOMPARE(channels, (QStringList{u"telegram"_s, u"whatsapp"_s, u"instagram"_s, u"messenger"_s,
                                    u"viber"_s, u"livechat"_s}));
    QVERIFY(!reply.body.contains("secret"));

    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    QCOMPARE(globex.get(u"/api/v1/bots"_s).json[u"bots"_s].toArray().size(), 1);
}

void TestAuth::malformedJsonIs400()
{
    HttpClient http(server_.url());
    const Reply reply =
        http.send("POST", u"/api/v1/auth/login"_s, "{\"email\": ", "application/json");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"invalid_json"_s);
    const Reply notObject = http.send("POST", u"/api/v1/auth/login"_s, "[1,2]", "application/json");
    QCOMPARE(notObject.status, 400);
}

void TestAuth::wrongFieldTypeNamesTheField()
{
    HttpClient http(server_.url());
    const Reply reply = http.post(u"/api/v1/auth/login"_s,
                                  QJsonObject{{u"email"_s, 42}, {u"password"_s, u"demo"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"invalid_field"_s);
    QCOMPARE(reply.errorField(), u"email"_s);
    const Reply missing = http.post(u"/api/v1/auth/login"_s, QJsonObject{{u"email"_s, u"a@b"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorField(), u"password"_s);
}

void TestAuth::wrongContentTypeIs415()
{
    HttpClient http(server_.url());
    const Reply reply = http.send("POST", u"/api/v1/auth/login"_s,
                                  R"({"email":"ann@acme.test","password":"demo"})", "text/plain");
    QCOMPARE(reply.status, 415);
    QCOMPARE(reply.errorCode(), u"unsupported_media_type"_s);
}

void TestAuth::unknownPathIsJson404()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    for (const QString& path : {u"/api/v1/nothing"_s, u"/"_s, u"/api/v2/chats"_s}) {
        const Reply reply = http.get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QCOMPARE(reply.headers.value("content-type"),
                 QByteArray("application/json; charset=utf-8"));
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
    }
    // Without a token even an unknown path is 401 first.
    QCOMPARE(HttpClient(server_.url()).get(u"/api/v1/nothing"_s).status, 401);
    // A bad X-Client-Id names the header.
    http.setClientId(u"has space"_s);
    const Reply badClientId = http.get(u"/api/v1/me"_s);
    QCOMPARE(badClientId.status, 400);
    QCOMPARE(badClientId.errorField(), u"X-Client-Id"_s);
    http.setClientId(QString());
    // A known path with another method is not found either.
    QCOMPARE(http.send("DELETE", u"/api/v1/me"_s, {}, {}).status, 404);
}

void TestAuth::hugeBodyIs413()
{
    HttpClient http(server_.url());
    const QByteArray body = "{\"email\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    const Reply reply = http.send("POST", u"/api/v1/auth/login"_s, body, "application/json");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"payload_too_large"_s);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
