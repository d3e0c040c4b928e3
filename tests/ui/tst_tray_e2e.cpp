// Notifications against a real batond (tests/server harness, demo data):
// Ann's SyncEngine feeds the NotificationCenter, the in-window banner shows
// what it raised, and clicking it opens the chat. Subscribers write through
// the channel endpoint as a messaging app would; Bob changes things over
// REST; Ann's own changes come over REST with her token.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"

#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/syncengine.h>
#include <net/eventstream.h>
#include <net/restclient.h>
#include <ui/notificationcenter.h>
#include <ui/notifier.h>
#include <ui/stores.h>

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::models::SyncEngine;
using baton::test::BatondProcess;
using baton::test::HttpClient;
using baton::test::Reply;
namespace models = baton::models;
namespace net = baton::net;
namespace protocol = baton::protocol;
namespace ui = baton::ui;

namespace {

constexpr int kWait = 60'000;
constexpr qint64 kTelegramBot = 1;

struct Prefs : ui::PreferencesStore {
    ui::Preferences p;
    ui::Preferences preferences() const override { return p; }
    void setPreferences(const ui::Preferences& v) override { p = v; }
};

// Ann's client: the sync layer, the center and a window with the banner.
struct Client {
    QNetworkAccessManager network;
    net::RestClient rest{&network};
    net::EventStream stream;
    models::LocalCache cache;
    models::AgentDirectory agents;
    models::ChatListModel chats;
    SyncEngine engine{&rest, &stream, &cache, &chats, &agents};
    ui::NotificationCenter center{&chats, [] { return QDateTime::currentDateTimeUtc(); }};
    Prefs prefs;
    QWidget window;
    ui::Notifier notifier{nullptr, &window, &prefs};

    Client(const QString& path, const QUrl& restUrl, const QUrl& streamUrl, const QString& token)
        : cache(path)
    {
        rest.setBaseUrl(restUrl);
        rest.setToken(token);
        stream.setUrl(streamUrl);
        stream.setToken(token);
        notifier.setSound({});
        window.resize(900, 600);
        QObject::connect(&engine, &SyncEngine::eventsApplied, &center,
                         &ui::NotificationCenter::applyEvents);
        QObject::connect(&engine, &SyncEngine::snapshotApplied, &center,
                         [this] { center.applySnapshot(); });
        QObject::connect(&center, &ui::NotificationCenter::notify, &notifier, &ui::Notifier::show);
        QObject::connect(&notifier, &ui::Notifier::activated, &center,
                         &ui::NotificationCenter::activate);
    }
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestTrayE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notificationsFollowTheServer();

private:
    Reply inbound(const QString& externalId, const QString& text);
    // Waits until Ann's engine applied everything the server has.
    bool caughtUp();

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<HttpClient> bob_;
    std::unique_ptr<HttpClient> ann_;
    qint64 annId_ = 0;
    std::unique_ptr<Client> client_;
    QTemporaryDir dir_;
};

void TestTrayE2e::initTestCase()
{
    server_ = std::make_unique<BatondProcess>();
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    bob_ = std::make_unique<HttpClient>(server_->url());
    QCOMPARE(bob_->login(u"bob@acme.test"_s).status, 200);
    ann_ = std::make_unique<HttpClient>(server_->url());
    const Reply login = ann_->login(u"ann@acme.test"_s);
    QCOMPARE(login.status, 200);
    annId_ = login.json[u"agent"_s][u"id"_s].toInteger();
    QVERIFY(annId_ > 0);
    // The seed writes no events; one change gives the server a history.
    QCOMPARE(bob_->post(u"/api/v1/chats/1/read"_s).status, 200);
    QVERIFY(bob_->eventHead() > 0);
}

void TestTrayE2e::cleanupTestCase()
{
    client_.reset();
    if (server_ && server_->isRunning())
        QCOMPARE(server_->stop(), 0);
}

Reply TestTrayE2e::inbound(const QString& externalId, const QString& text)
{
    return baton::test::postChannel(
        server_->url(), kTelegramBot, baton::test::demoSecret(u"acme"_s, u"telegram"_s),
        u"inbound"_s,
        {{u"external_id"_s, externalId}, {u"first_name"_s, u"Greta"_s}, {u"text"_s, text}});
}

bool TestTrayE2e::caughtUp()
{
    const qint64 head = bob_->eventHead();
    if (head <= 0)
        return false;
    return QTest::qWaitFor(
        [&] { return client_->engine.appliedSeq() >= head && client_->engine.isIdle(); }, kWait);
}

void TestTrayE2e::notificationsFollowTheServer()
{
    client_ = std::make_unique<Client>(dir_.filePath(u"cache.sqlite"_s), server_->url(),
                                       server_->streamUrl(), ann_->token());
    Client& c = *client_;
    QVERIFY(c.cache.open());
    c.center.setAgentId(annId_);
    QSignalSpy notes(&c.center, &ui::NotificationCenter::notify);
    QSignalSpy open(&c.center, &ui::NotificationCenter::chatOpenRequested);
    c.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&c.window));

    // Sign-in: the first snapshot is the known state, nothing to notify.
    c.engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.engine.state() == SyncEngine::State::UpToDate, kWait);
    QVERIFY(caughtUp());
    QVERIFY(c.chats.count() > 10);
    QCOMPARE(notes.count(), 0);
    QVERIFY(c.center.unreadChats() > 0);

    // A new subscriber writes: a new open chat, one notification.
    const QString external = u"tray-e2e-"_s + uuid();
    const Reply first = inbound(external, u"Hello, anyone there?"_s);
    QCOMPARE(first.status, 201);
    const qint64 chatId = first.json[u"chat_id"_s].toInteger();
    QVERIFY(chatId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, kWait);
    QVERIFY(caughtUp());
    QCOMPARE(notes.count(), 1); // the bot's answer added nothing
    auto n = notes.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, ui::Notification::Kind::OpenChat);
    QCOMPARE(n.chatId, chatId);
    QCOMPARE(n.body, u"Hello, anyone there?"_s);
    ui::NotificationBanner* banner = c.notifier.banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->titleLabel()->text(), n.title);
    QTest::mouseClick(banner, Qt::LeftButton, {}, banner->rect().center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), chatId);

    // The click opens the chat: its history comes from the server.
    models::MessageModel messages(chatId, &c.agents);
    c.engine.openChat(chatId, &messages);
    QTRY_VERIFY_WITH_TIMEOUT(messages.rowCount() > 0, kWait);
    bool found = false;
    for (int row = 0; row < messages.rowCount(); ++row)
        found = found || messages.messageAt(row).text == u"Hello, anyone there?"_s;
    QVERIFY(found);

    // Bob assigns the chat to Ann: she is told. Then the subscriber writes
    // again: a message in her chat.
    c.center.setInterval(0); // no need to wait between the steps below
    QCOMPARE(
        bob_->put(u"/api/v1/chats/%1/assignee"_s.arg(chatId), {{u"agent_id"_s, annId_}}).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 2, kWait);
    n = notes.at(1).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, ui::Notification::Kind::Assigned);
    QCOMPARE(n.chatId, chatId);
    QCOMPARE(inbound(external, u"My order NW-20931 did not arrive"_s).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 3, kWait);
    n = notes.at(2).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, ui::Notification::Kind::Message);
    QCOMPARE(n.chatId, chatId);
    QCOMPARE(n.body, u"My order NW-20931 did not arrive"_s);
    QVERIFY(n.title.contains(u"Greta"_s));
    // By keyboard this time.
    QVERIFY(banner->isVisible());
    banner->setFocus();
    QTest::keyClick(banner, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), chatId);

    // Ann answers and closes the chat herself: silent.
    QCOMPARE(ann_->put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(uuid()),
                       {{u"text"_s, u"Let me check."_s}})
                 .status,
             201);
    QCOMPARE(ann_->post(u"/api/v1/chats/%1/close"_s.arg(chatId)).status, 200);
    QVERIFY(caughtUp());
    QCOMPARE(notes.count(), 3);

    // The subscriber writes to the closed chat: it opens again, one
    // notification (the reopen and the message together).
    QCOMPARE(inbound(external, u"Any news?"_s).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 4, kWait);
    QVERIFY(caughtUp());
    QCOMPARE(notes.count(), 4);
    n = notes.at(3).at(0).value<ui::Notification>();
    QCOMPARE(n.chatId, chatId);
    QCOMPARE(n.kind, ui::Notification::Kind::OpenChat);
    QCOMPARE(n.body, u"Any news?"_s);

    // Do-not-disturb: nothing shown, the unread count still moves.
    c.center.setDoNotDisturb(true);
    const int unreadBefore = c.center.unreadChats();
    QCOMPARE(inbound(u"tray-e2e-"_s + uuid(), u"Quiet please"_s).status, 201);
    QVERIFY(caughtUp());
    QCOMPARE(notes.count(), 4);
    QCOMPARE(c.center.unreadChats(), unreadBefore + 1);
    c.engine.stop();
}

QTEST_MAIN(TestTrayE2e)
#include "tst_tray_e2e.moc"
