// CRM pipelines and deals (with X-Client-Id replays), statistics, tags, and
// workspace isolation of these paths.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace baton::test;

namespace {

QJsonArray eventsAfter(HttpClient& http, qint64 after)
{
    QUrlQuery q;
    q.addQueryItem(u"after"_s, QString::number(after));
    q.addQueryItem(u"limit"_s, u"1000"_s);
    return http.get(u"/api/v1/events"_s, q).json[u"events"_s].toArray();
}

Reply patch(HttpClient& http, const QString& path, const QJsonObject& body)
{
    return http.send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json");
}

} // namespace

class TestCrm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pipelinesHaveOrderedStages();
    void dealsAreCreatedAndReplayed();
    void dealsAreEdited();
    void dealRulesAreChecked();
    void statsCountWhatWasSent();
    void tagsInUse();
    void otherWorkspacesSeeNothing();

private:
    qint64 acmeSubscriber()
    {
        const Reply r =
            postChannel(server_.url(), 1, demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
                        {{u"external_id"_s, u"crm-1"_s}, {u"text"_s, u"hello"_s}});
        return http_->get(u"/api/v1/chats/%1"_s.arg(r.json[u"chat_id"_s].toInteger()))
            .json[u"subscriber_id"_s]
            .toInteger();
    }
    QJsonObject dealBody(const QString& name)
    {
        const QJsonObject sales = pipelines_.at(0).toObject();
        return {{u"pipeline_id"_s, sales[u"id"_s]},
                {u"stage_id"_s, sales[u"stages"_s][1][u"id"_s]},
                {u"name"_s, name},
                {u"amount_minor"_s, 12990},
                {u"currency"_s, u"EUR"_s}};
    }

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
    QJsonArray pipelines_;
};

void TestCrm::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
}

void TestCrm::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestCrm::pipelinesHaveOrderedStages()
{
    const Reply r = http_->get(u"/api/v1/pipelines"_s);
    QCOMPARE(r.status, 200);
    pipelines_ = r.json[u"pipelines"_s].toArray();
    QVERIFY(pipelines_.size() >= 2);
    QCOMPARE(pipelines_.at(0)[u"name"_s].toString(), u"Online sales"_s);
    for (const QJsonValue& p : std::as_const(pipelines_)) {
        const QJsonArray stages = p[u"stages"_s].toArray();
        QVERIFY(stages.size() >= 2);
        for (qsizetype i = 0; i < stages.size(); ++i)
            QCOMPARE(stages.at(i)[u"position"_s].toInteger(), i);
    }
}

void TestCrm::dealsAreCreatedAndReplayed()
{
    const qint64 subscriberId = acmeSubscriber();
    const QString path = u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId);
    const qint64 h = http_->eventHead();
    http_->setClientId(u"deal-key-1"_s);
    const Reply created = http_->post(path, dealBody(u"Winter jacket, size M"_s));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"subscriber_id"_s].toInteger(), subscriberId);
    QCOMPARE(created.json[u"amount_minor"_s].toInteger(), 12990);
    const QJsonArray events = eventsAfter(*http_, h);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"deal.created"_s);
    QCOMPARE(events.at(0)[u"origin"_s][u"client_id"_s].toString(), u"deal-key-1"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"deal"_s].toObject(), created.json);

    const Reply replay = http_->post(path, dealBody(u"Winter jacket, size M"_s));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json[u"id"_s], created.json[u"id"_s]);
    QCOMPARE(http_->eventHead(), h + 1);
    const Reply conflict = http_->post(path, dealBody(u"Something else"_s));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorField(), u"X-Client-Id"_s);
    http_->setClientId(QString());
    QCOMPARE(http_->post(path, dealBody(u"Winter jacket, size M"_s)).status, 201);
    const QJsonArray deals = http_->get(path).json[u"deals"_s].toArray();
    QCOMPARE(deals.size(), 2);
    QVERIFY(deals.at(0)[u"id"_s].toInteger() < deals.at(1)[u"id"_s].toInteger());
}

void TestCrm::dealsAreEdited()
{
    const qint64 subscriberId = acmeSubscriber();
    const Reply created =
        http_->post(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId), dealBody(u"Boots"_s));
    const QString path = u"/api/v1/deals/%1"_s.arg(created.json[u"id"_s].toInteger());
    const qint64 won = pipelines_.at(0)[u"stages"_s][2][u"id"_s].toInteger();
    const qint64 h = http_->eventHead();
    const Reply edited = patch(*http_, path, {{u"stage_id"_s, won}, {u"amount_minor"_s, 11990}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json[u"stage_id"_s].toInteger(), won);
    QCOMPARE(edited.json[u"amount_minor"_s].toInteger(), 11990);
    QCOMPARE(edited.json[u"name"_s].toString(), u"Boots"_s);
    const QJsonArray events = eventsAfter(*http_, h);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"deal.updated"_s);
    // The same values again: nothing changes, no event.
    QCOMPARE(patch(*http_, path, {{u"stage_id"_s, won}}).status, 200);
    QCOMPARE(http_->eventHead(), h + 1);
    QCOMPARE(patch(*http_, path, {}).status, 422);
    // A stage of another pipeline is refused.
    const qint64 wholesaleStage = pipelines_.at(1)[u"stages"_s][0][u"id"_s].toInteger();
    const Reply wrongStage = patch(*http_, path, {{u"stage_id"_s, wholesaleStage}});
    QCOMPARE(wrongStage.status, 422);
    QCOMPARE(wrongStage.errorField(), u"stage_id"_s);
    QCOMPARE(patch(*http_, u"/api/v1/deals/999999"_s, {{u"name"_s, u"x"_s}}).status, 404);
}

void TestCrm::dealRulesAreChecked()
{
    const QString path = u"/api/v1/subscribers/%1/deals"_s.arg(acmeSubscriber());
    QJsonObject body = dealBody(u"X"_s);
    body.insert(u"pipeline_id"_s, 999999);
    QCOMPARE(http_->post(path, body).errorField(), u"pipeline_id"_s);
    body = dealBody(u"X"_s);
    body.insert(u"stage_id"_s, pipelines_.at(1)[u"stages"_s][0][u"id"_s]);
    QCOMPARE(http_->post(path, body).errorField(), u"stage_id"_s);
    body = dealBody(u"   "_s);
    QCOMPARE(http_->post(path, body).errorField(), u"name"_s);
    body = dealBody(u"X"_s);
    body.insert(u"currency"_s, u"eur"_s);
    QCOMPARE(http_->post(path, body).errorField(), u"currency"_s);
    QCOMPARE(http_->post(u"/api/v1/subscribers/999999/deals"_s, dealBody(u"X"_s)).status, 404);
}

void TestCrm::statsCountWhatWasSent()
{
    const auto figures = [&](qint64 botId) {
        for (const QJsonValue& b : http_->get(u"/api/v1/stats"_s).json[u"bots"_s].toArray()) {
            if (b[u"bot_id"_s].toInteger() == botId)
                return b.toObject();
        }
        return QJsonObject();
    };
    const Reply before = http_->get(u"/api/v1/stats"_s);
    QCOMPARE(before.json[u"bots"_s].toArray().size(), 6);
    const QJsonObject viber = figures(5);
    const QString secret = demoSecret(u"acme"_s, u"viber"_s);
    // A new subscriber asks a trigger (one bot answer) and writes something
    // unmatched; the business answers once from another app.
    postChannel(server_.url(), 5, secret, u"inbound"_s,
                {{u"external_id"_s, u"stats-1"_s}, {u"text"_s, u"opening hours?"_s}});
    postChannel(server_.url(), 5, secret, u"inbound"_s,
                {{u"external_id"_s, u"stats-1"_s}, {u"text"_s, u"thanks a lot"_s}});
    postChannel(server_.url(), 5, secret, u"outbound"_s,
                {{u"external_id"_s, u"stats-1"_s}, {u"text"_s, u"You're welcome!"_s}});
    const QJsonObject after = figures(5);
    QCOMPARE(after[u"messages_received"_s].toInteger(),
             viber[u"messages_received"_s].toInteger() + 2);
    QCOMPARE(after[u"messages_sent"_s].toInteger(), viber[u"messages_sent"_s].toInteger() + 2);
    QCOMPARE(after[u"subscribers"_s].toInteger(), viber[u"subscribers"_s].toInteger() + 1);
    const QJsonObject total = http_->get(u"/api/v1/stats"_s).json[u"total"_s].toObject();
    qint64 sum = 0;
    for (const QJsonValue& b : http_->get(u"/api/v1/stats"_s).json[u"bots"_s].toArray())
        sum += b[u"messages_sent"_s].toInteger();
    QCOMPARE(total[u"messages_sent"_s].toInteger(), sum);
}

void TestCrm::tagsInUse()
{
    const QJsonArray tags = http_->get(u"/api/v1/tags"_s).json[u"tags"_s].toArray();
    QVERIFY(tags.size() >= 5);
    for (qsizetype i = 1; i < tags.size(); ++i)
        QVERIFY(tags.at(i - 1).toString().toCaseFolded() <= tags.at(i).toString().toCaseFolded());
    QVERIFY(tags.contains(u"Returning"_s));
}

void TestCrm::otherWorkspacesSeeNothing()
{
    const qint64 subscriberId = acmeSubscriber();
    const Reply deal =
        http_->post(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId), dealBody(u"Scarf"_s));
    QCOMPARE(deal.status, 201);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const Reply deals = globex.get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId));
    QCOMPARE(deals.status, 404);
    QCOMPARE(deals.body, globex.get(u"/api/v1/subscribers/999999/deals"_s).body);
    const QJsonArray theirPipelines =
        globex.get(u"/api/v1/pipelines"_s).json[u"pipelines"_s].toArray();
    QVERIFY(!theirPipelines.isEmpty());
    for (const QJsonValue& p : theirPipelines) {
        for (const QJsonValue& mine : std::as_const(pipelines_))
            QVERIFY(p[u"id"_s] != mine[u"id"_s]);
    }
    QJsonObject body = dealBody(u"Scarf"_s);
    QCOMPARE(globex.post(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId), body).status, 404);
    const Reply edit = patch(globex, u"/api/v1/deals/%1"_s.arg(deal.json[u"id"_s].toInteger()),
                             {{u"name"_s, u"stolen"_s}});
    QCOMPARE(edit.status, 404);
    // Acme's pipeline in a Globex deal is "no such pipeline".
    QUrlQuery all;
    all.addQueryItem(u"list"_s, u"all"_s);
    const qint64 globexSubscriber =
        globex.get(u"/api/v1/chats"_s, all).json[u"chats"_s][0][u"subscriber_id"_s].toInteger();
    QVERIFY(globexSubscriber > 0);
    QCOMPARE(
        globex.post(u"/api/v1/subscribers/%1/deals"_s.arg(globexSubscriber), body).errorField(),
        u"pipeline_id"_s);
    const QJsonArray globexStats = globex.get(u"/api/v1/stats"_s).json[u"bots"_s].toArray();
    QCOMPARE(globexStats.size(), 1);
    QVERIFY(globexStats.at(0)[u"bot_id"_s].toInteger() > 6);
    QCOMPARE(http_->get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId)).status, 200);
}

QTEST_GUILESS_MAIN(TestCrm)
#include "tst_crm.moc"
