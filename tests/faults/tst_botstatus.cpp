// Two agents change one subscriber's bot status at the same moment, round
// after round, and a third comes back from offline with a change based on a
// version long gone. Per version exactly one change wins; the others get 409
// with the current status, and their SubscriberCard shows the conflict.
// The two agents talk to two batond instances on one database, so their
// requests are served at the same time, not one after the other. The
// server's event log holds one bot_status.changed per version.
#include "faultsupport.h"

#include <models/subscribercard.h>
#include <net/restclient.h>
#include <protocol/botstatus.h>
#include <protocol/event.h>
#include <protocol/json.h>
#include <protocol/requests.h>
#include <protocol/subscriber.h>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::test;
namespace models = baton::models;
namespace net = baton::net;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 60'000;

// One agent's client: its own connection, REST client and card.
struct Agent {
    QNetworkAccessManager network;
    net::RestClient rest{&network};
    models::SubscriberCard card;

    Agent(const QUrl& base, const QString& token)
    {
        rest.setBaseUrl(base);
        rest.setToken(token);
    }
    net::RestReply* change(qint64 subscriberId, const protocol::BotStatusRequest& request)
    {
        return rest.send(net::RestRequest::put(
            u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId), protocol::toJson(request)));
    }
};

QString login(const QUrl& base, const QString& email)
{
    HttpClient http(base);
    return http.login(email).status == 200 ? http.token() : QString();
}

// The 409's current status, as the app hands it to the card.
std::optional<protocol::BotStatus> conflictOf(const net::RestReply* reply)
{
    const auto result = reply->result<protocol::BotStatus>();
    if (result.ok() || !result.error->is(protocol::ErrorCode::Conflict))
        return std::nullopt;
    const auto current =
        protocol::decode<protocol::BotStatus>(QJsonValue(result.error->api.current), u"current"_s);
    if (!current)
        return std::nullopt;
    return *current;
}

} // namespace

class TestBotStatusRace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneWinnerPerVersionAndTheStaleChangeConflicts();

private:
    QList<protocol::Event> eventsAfter(qint64 seq);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<BatondProcess> peer_; // a second instance on the same database
    std::unique_ptr<HttpClient> http_;
};

void TestBotStatusRace::initTestCase()
{
    server_ = std::make_unique<BatondProcess>();
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    peer_ = std::make_unique<BatondProcess>(*server_, QStringList{});
    QVERIFY2(peer_->start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);
}

void TestBotStatusRace::cleanupTestCase()
{
    if (peer_)
        QCOMPARE(peer_->stop(), 0);
    if (server_)
        QCOMPARE(server_->stop(), 0);
}

QList<protocol::Event> TestBotStatusRace::eventsAfter(qint64 seq)
{
    QList<protocol::Event> out;
    for (const QJsonObject& json : http_->eventsAfter(seq)) {
        auto event = protocol::decode<protocol::Event>(json);
        if (event)
            out << *event;
    }
    return out;
}

void TestBotStatusRace::oneWinnerPerVersionAndTheStaleChangeConflicts()
{
    const QList<protocol::Chat> chats = serverChats(*http_);
    QVERIFY(!chats.isEmpty());
    const qint64 subscriberId = chats.first().subscriberId;
    const Reply got = http_->get(u"/api/v1/subscribers/%1"_s.arg(subscriberId));
    const auto subscriber = protocol::decode<protocol::Subscriber>(got.json);
    QVERIFY2(subscriber.ok(), qPrintable(got.describe()));
    const qint64 v0 = subscriber->botStatus.version;
    // A fresh demo database has no events yet, and GET /events?after=0 means
    // "resync": start from a log with a head.
    const protocol::Chat& other = chats.last();
    const bool open = other.state == protocol::ChatState::Open;
    QCOMPARE(
        http_->post(u"/api/v1/chats/%1/%2"_s.arg(other.id).arg(open ? u"close"_s : u"reopen"_s))
            .status,
        200);
    const qint64 head0 = http_->eventHead();
    QVERIFY(head0 > 0);

    Agent ann(server_->url(), login(server_->url(), u"ann@acme.test"_s));
    // Bob works through the other instance: the two changes really race.
    Agent bob(peer_->url(), login(peer_->url(), u"bob@acme.test"_s));
    Agent carol(server_->url(), login(server_->url(), u"cruz@acme.test"_s));
    QVERIFY(!ann.rest.token().isEmpty() && !bob.rest.token().isEmpty());
    QVERIFY(!carol.rest.token().isEmpty());
    for (Agent* agent : {&ann, &bob, &carol})
        agent->card.setSubscriber(*subscriber);
    // Carol goes offline now, holding version v0.

    constexpr int kRounds = 4;
    QList<qint64> winners; // agent index per round: 0 Ann, 1 Bob
    qint64 seen = head0;
    for (int round = 1; round <= kRounds; ++round) {
        const qint64 base = v0 + round - 1;
        QCOMPARE(ann.card.botVersion(), base);
        QCOMPARE(bob.card.botVersion(), base);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::unique_ptr<net::RestReply> fromAnn(
            ann.change(subscriberId, ann.card.proposedChange(protocol::BotState::Snoozed,
                                                             now.addSecs(600 * round))));
        std::unique_ptr<net::RestReply> fromBob(
            bob.change(subscriberId, bob.card.proposedChange(protocol::BotState::Inactive,
                                                             now.addSecs(1200 * round))));
        QTRY_VERIFY_WITH_TIMEOUT(fromAnn->isFinished() && fromBob->isFinished(), kWait);

        const bool annWon = fromAnn->response().ok();
        const bool bobWon = fromBob->response().ok();
        QVERIFY2(annWon != bobWon, qPrintable(u"round %1: ann %2, bob %3"_s.arg(round)
                                                  .arg(fromAnn->response().status)
                                                  .arg(fromBob->response().status)));
        Agent& winner = annWon ? ann : bob;
        Agent& loser = annWon ? bob : ann;
        net::RestReply* won = annWon ? fromAnn.get() : fromBob.get();
        net::RestReply* lost = annWon ? fromBob.get() : fromAnn.get();
        winners << (annWon ? 0 : 1);
        const auto status = won->result<protocol::BotStatus>();
        QVERIFY(status.ok());
        QCOMPARE(status->version, base + 1);
        const auto current = conflictOf(lost);
        QVERIFY2(current, qPrintable(QString::fromUtf8(lost->response().body)));
        QCOMPARE(*current, *status);

        // The loser's card shows the conflict and the winner's status.
        loser.card.conflict(*current);
        QVERIFY(loser.card.hasConflict());
        QCOMPARE(loser.card.conflictVersion(), base + 1);
        QVERIFY(!loser.card.conflictText().isEmpty());
        QCOMPARE(loser.card.botVersion(), base + 1);
        // Both then follow the event; the winner never saw a conflict.
        const QList<protocol::Event> events = eventsAfter(seen);
        QVERIFY(!events.isEmpty());
        seen = events.last().seq;
        winner.card.applyEvents(events);
        loser.card.applyEvents(events);
        QVERIFY(!winner.card.hasConflict());
        QCOMPARE(winner.card.botStatus(), *status);
        QCOMPARE(loser.card.botStatus(), *status);
        loser.card.clearConflict();
    }

    // Carol's stale change: 409 with the newest status, nothing changed.
    QCOMPARE(carol.card.botVersion(), v0);
    std::unique_ptr<net::RestReply> stale(
        carol.change(subscriberId, carol.card.proposedChange(protocol::BotState::Active)));
    QTRY_VERIFY_WITH_TIMEOUT(stale->isFinished(), kWait);
    QCOMPARE(stale->response().status, 409);
    const auto current = conflictOf(stale.get());
    QVERIFY(current);
    QCOMPARE(current->version, v0 + kRounds);
    carol.card.conflict(*current);
    QVERIFY(carol.card.hasConflict());
    QVERIFY(!carol.card.conflictText().isEmpty());
    QCOMPARE(carol.card.botVersion(), v0 + kRounds);
    QCOMPARE(carol.card.botStatus(), ann.card.botStatus());

    // The server's log: one bot_status.changed per version, nothing more.
    QList<qint64> versions;
    const ServerDb db(*server_);
    for (const StoredEvent& e : db.events(db.workspaceOf(chats.first().id))) {
        if (e.seq <= head0 || e.type != u"bot_status.changed"_s ||
            e.data.value(u"subscriber_id"_s).toInteger() != subscriberId) {
            continue;
        }
        versions << e.data.value(u"bot_status"_s).toObject().value(u"version"_s).toInteger();
    }
    QList<qint64> expected;
    for (int round = 1; round <= kRounds; ++round)
        expected << v0 + round;
    QCOMPARE(versions, expected);
    const auto final = protocol::decode<protocol::Subscriber>(
        http_->get(u"/api/v1/subscribers/%1"_s.arg(subscriberId)).json);
    QVERIFY(final.ok());
    QCOMPARE(final->botStatus, *current);
    QCOMPARE(final->botStatus.state,
             winners.last() == 0 ? protocol::BotState::Snoozed : protocol::BotState::Inactive);
}

QTEST_GUILESS_MAIN(TestBotStatusRace)
#include "tst_botstatus.moc"
