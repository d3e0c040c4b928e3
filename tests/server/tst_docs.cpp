// docs/protocol.md is the contract: every documented path answers something
// other than 404 when called with ids that exist, and every route the
// server has is documented.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

struct Endpoint {
    QString method;
    QString path;
};

QList<Endpoint> documentedEndpoints()
{
    QFile file(QStringLiteral(BATON_PROTOCOL_DOC));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression heading(
        u"^### (GET|POST|PUT|PATCH|DELETE) (/api/v1/\\S+)\\s*$"_s,
        QRegularExpression::MultilineOption);
    QList<Endpoint> out;
    auto it = heading.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2)});
    }
    return out;
}

// "/chats/{id}/messages/{client_id}" -> "/chats/{}/messages/{}".
QString shape(const QString& method, const QString& path)
{
    static const QRegularExpression placeholder(u"\\{[^}]*\\}"_s);
    return method + u' ' + QString(path).replace(placeholder, u"{}"_s);
}

} // namespace

class TestDocs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyRouteIsDocumented();
    void everyDocumentedPathIsServed();

private:
    QString substitute(const QString& path) const;

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
    QList<Endpoint> documented_;
    QHash<QString, qint64> ids_; // chat, subscriber, message, note, deal, attachment, flow, bot
    QString botChannel_;
};

void TestDocs::initTestCase()
{
    documented_ = documentedEndpoints();
    QVERIFY2(documented_.size() >= 40, "docs/protocol.md headings not found");
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);

    // Ids that exist in the demo data.
    QUrlQuery all;
    all.addQueryItem(u"list"_s, u"all"_s);
    all.addQueryItem(u"limit"_s, u"200"_s);
    const QJsonArray chats = http_->get(u"/api/v1/chats"_s, all).json[u"chats"_s].toArray();
    QVERIFY(!chats.isEmpty());
    for (const QJsonValue& c : chats) {
        const qint64 chatId = c[u"id"_s].toInteger();
        const qint64 subscriberId = c[u"subscriber_id"_s].toInteger();
        if (!ids_.contains(u"chat"_s)) {
            ids_[u"chat"_s] = chatId;
            ids_[u"subscriber"_s] = subscriberId;
            ids_[u"bot"_s] = c[u"bot_id"_s].toInteger();
            botChannel_ = c[u"channel"_s].toString();
            const QJsonArray messages = http_->get(u"/api/v1/chats/%1/messages"_s.arg(chatId))
                                            .json[u"messages"_s]
                                            .toArray();
            if (!messages.isEmpty())
                ids_[u"message"_s] = messages.at(0)[u"id"_s].toInteger();
        }
        if (!ids_.contains(u"note"_s)) {
            const QJsonArray notes =
                http_->get(u"/api/v1/chats/%1/notes"_s.arg(chatId)).json[u"notes"_s].toArray();
            if (!notes.isEmpty())
                ids_[u"note"_s] = notes.at(0)[u"id"_s].toInteger();
        }
        if (!ids_.contains(u"deal"_s)) {
            const QJsonArray deals = http_->get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId))
                                         .json[u"deals"_s]
                                         .toArray();
            if (!deals.isEmpty())
                ids_[u"deal"_s] = deals.at(0)[u"id"_s].toInteger();
        }
        if (ids_.contains(u"note"_s) && ids_.contains(u"deal"_s))
            break;
    }
    QUrlQuery flows;
    flows.addQueryItem(u"bot_id"_s, QString::number(ids_.value(u"bot"_s)));
    const QJsonArray flowList = http_->get(u"/api/v1/flows"_s, flows).json[u"flows"_s].toArray();
    if (!flowList.isEmpty())
        ids_[u"flow"_s] = flowList.at(0)[u"id"_s].toInteger();
    const Reply upload =
        rawRequest(server_.url(), "PUT",
                   u"/api/v1/uploads/%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                   "hello, docs",
                   {{"Authorization", "Bearer " + http_->token().toUtf8()},
                    {"Content-Type", "text/plain"},
                    {"X-Filename", "docs.txt"}});
    if (upload.status == 201)
        ids_[u"attachment"_s] = upload.json[u"id"_s].toInteger();
    // Notes and attachments may be missing: their endpoints then fail below.
    for (const QString& what :
         {u"chat"_s, u"subscriber"_s, u"message"_s, u"deal"_s, u"flow"_s, u"bot"_s})
        QVERIFY2(ids_.value(what) > 0, qPrintable(u"no demo id for "_s + what));
}

void TestDocs::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestDocs::everyRouteIsDocumented()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess batond;
    batond.start(QStringLiteral(BATOND_PATH),
                 {u"--data"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--print-routes"_s});
    QVERIFY(batond.waitForFinished(30'000));
    QCOMPARE(batond.exitCode(), 0);
    QSet<QString> docs;
    for (const Endpoint& e : std::as_const(documented_))
        docs.insert(shape(e.method, e.path));
    QStringList missing;
    int routes = 0;
    for (const QByteArray& line : batond.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        ++routes;
        const QString method = text.section(u' ', 0, 0);
        const QString path = text.section(u' ', 1);
        if (!docs.contains(shape(method, path)))
            missing.append(text);
    }
    QVERIFY(routes >= 30);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"routes missing from docs/protocol.md: "_s + missing.join(u", "_s)));
}

QString TestDocs::substitute(const QString& path) const
{
    QStringList segments = path.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString s = segments.at(i);
        if (!s.startsWith(u'{'))
            continue;
        const QString before = i > 0 ? segments.at(i - 1) : QString();
        QString value;
        if (s == u"{client_id}"_s)
            value = QUuid::createUuid().toString(QUuid::WithoutBraces);
        else if (s == u"{name}"_s)
            value = u"loyalty_points"_s;
        else if (s == u"{flow_id}"_s)
            value = QString::number(ids_.value(u"flow"_s));
        else if (s == u"{bot_id}"_s)
            value = QString::number(ids_.value(u"bot"_s));
        else if (before == u"chats"_s)
            value = QString::number(ids_.value(u"chat"_s));
        else if (before == u"subscribers"_s)
            value = QString::number(ids_.value(u"subscriber"_s));
        else if (before == u"messages"_s)
            value = QString::number(ids_.value(u"message"_s));
        else if (before == u"notes"_s)
            value = QString::number(ids_.value(u"note"_s, 1));
        else if (before == u"deals"_s)
            value = QString::number(ids_.value(u"deal"_s));
        else if (before == u"attachments"_s)
            value = QString::number(ids_.value(u"attachment"_s, 1));
        else
            value = u"1"_s;
        segments[i] = value;
    }
    return segments.join(u'/');
}

void TestDocs::everyDocumentedPathIsServed()
{
    QStringList failures;
    const QString token = http_->token();
    for (const Endpoint& e : std::as_const(documented_)) {
        const QString path = substitute(e.path);
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        if (e.method != u"GET"_s && e.method != u"DELETE"_s) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            body = "{}";
        }
        if (e.path.startsWith(u"/api/v1/channels/"_s)) {
            headers.append(qMakePair(QByteArray("X-Channel-Secret"),
                                     demoSecret(u"acme"_s, botChannel_).toUtf8()));
        } else if (e.path == u"/api/v1/auth/logout"_s) {
            // Its own session, so the rest keep theirs.
            HttpClient other(server_.url());
            other.login(u"bob@acme.test"_s);
            headers.append(
                qMakePair(QByteArray("Authorization"), "Bearer " + other.token().toUtf8()));
        } else if (e.path != u"/api/v1/auth/login"_s) {
            headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toUtf8()));
        }
        const Reply r = rawRequest(server_.url(), e.method.toUtf8(), path, body, headers);
        const bool ok =
            e.path == u"/api/v1/stream"_s ? r.status == 400 : r.status != 404 && r.status != 0;
        if (!ok)
            failures.append(u"%1 %2 -> %3"_s.arg(e.method, path, r.describe()));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
