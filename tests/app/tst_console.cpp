// The whole baton client (app::Console: every object the executable
// creates) against a real batond with demo data, driven by keyboard only:
// key clicks go to the focused widget, the active popup menu or the window,
// as an agent's keyboard would. Every outcome is checked on the server over
// plain REST (tests/server/httpclient.h), not only in the widgets.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"
#include "serverdata.h"
#include "uitexts.h"

#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <models/outbox.h>
#include <models/subscribercard.h>
#include <models/syncengine.h>
#include <net/credentialstore.h>
#include <net/singleinstance.h>
#include <protocol/chat.h>
#include <protocol/json.h>
#include <ui/botstatusmenu.h>
#include <ui/chatlistpane.h>
#include <ui/composer.h>
#include <ui/connectionindicator.h>
#include <ui/conversationpane.h>
#include <ui/limitedtextedit.h>
#include <ui/logindialog.h>
#include <ui/mainwindow.h>
#include <ui/notespanel.h>
#include <ui/notificationcenter.h>
#include <ui/notifier.h>
#include <ui/settingsdialog.h>
#include <ui/shortcutmap.h>
#include <ui/shortcutsdialog.h>
#include <ui/statisticsview.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>
#include <ui/trayicon.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <app/console.h>
#include <app/profile.h>
#include <app/translations.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::test::BatondProcess;
using baton::test::HttpClient;
namespace app = baton::app;
namespace models = baton::models;
namespace net = baton::net;
namespace protocol = baton::protocol;
namespace ui = baton::ui;

namespace {

constexpr int kWait = 20'000;
constexpr int kLongWait = 60'000;

// A port for batond that stays the same across a restart of the server, so
// the client finds it again where it was.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(keyTarget(), k, modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(keyTarget(), text);
}

// Runs a helper that checks things, and stops the test if one failed.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void loginAndTriageByKeyboard();
    void bulkBotStatusOnASelection();
    void the513thCharacterIsRefusedAndTheTextKept();
    void rebindingTakesEffectAndSurvivesARestart();
    void replyWrittenOfflineIsDeliveredOnce();
    void staleBotStatusChangeShowsTheConflict();
    void snoozePresetUsesTheServersClock();
    void signOutEndsTheSessionAndEscapeQuits();
    void executableSignsInWithEmailAndNoKeychain();
    void newOpenChatBannerOpensTheChatByKeyboard();
    void secondLaunchBringsTheFirstToTheFront();
    void settingsThemeAndStatisticsByKeyboard();
    void germanConsoleShowsNoEnglishText();
    // Needs the system keychain (scripts/test's private keyring); its own
    // ctest entry, tst_app_console_keychain.
    void keychainTokenResumesAndARevokedOneAsksAgain();

private:
    app::ConsoleConfig config(bool autoLogin) const;
    // A console on the test's profile; with autoLogin it signs in as Ann
    // like `baton --email` does, and waits until the list is current.
    void startConsole(bool autoLogin);
    void waitUpToDate();
    bool activate(QWidget* window);
    // An open Telegram chat with unread messages whose title picks it alone
    // out of the list when searched for (and not used by an earlier test).
    std::optional<protocol::Chat> pickChat(bool needUnread);
    // Types the chat's title into the search field and opens it with Enter.
    void openBySearch(const protocol::Chat& chat);
    QJsonObject serverChat(qint64 chatId);
    int serverCount(qint64 chatId, const QString& text);
    QJsonObject serverBotStatus(qint64 subscriberId);

    std::unique_ptr<BatondProcess> server_;
    std::unique_ptr<HttpClient> ann_;
    qint64 annId_ = 0;
    std::unique_ptr<QTemporaryDir> profile_;
    std::unique_ptr<app::Console> console_;
    QSet<qint64> used_;
};

void TestConsole::initTestCase()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    server_ = std::make_unique<BatondProcess>(
        QStringList{u"--demo"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    server_->setEnvironment(u"BATON_STREAM_PING_MS"_s, u"1000"_s);
    server_->setEnvironment(u"BATON_STREAM_DEAD_MS"_s, u"4000"_s);
    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    QCOMPARE(server_->url().port(), int(port));
    ann_ = std::make_unique<HttpClient>(server_->url());
    const auto login = ann_->login(u"ann@acme.test"_s);
    QCOMPARE(login.status, 200);
    annId_ = login.json.value(u"agent"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(annId_ > 0);
}

void TestConsole::cleanupTestCase()
{
    if (server_ && server_->isRunning())
        server_->stop();
}

void TestConsole::init()
{
    profile_ = std::make_unique<QTemporaryDir>();
    QVERIFY(profile_->isValid());
    if (!server_->isRunning()) {
        QString error;
        QVERIFY2(server_->start(&error), qPrintable(error));
    }
}

void TestConsole::cleanup()
{
    console_.reset();
    profile_.reset();
}

app::ConsoleConfig TestConsole::config(bool autoLogin) const
{
    app::ConsoleConfig c;
    c.profileDir = profile_->path();
    c.useKeychain = false; // the token in memory, as with --no-keychain
    if (autoLogin) {
        c.server = server_->url();
        c.email = u"ann@acme.test"_s;
        c.password = u"demo"_s;
    }
    c.stream.timings.backoffBase = 100ms;
    c.stream.timings.backoffCap = 1'000ms;
    c.stream.timings.pingInterval = 1'000ms;
    c.stream.timings.deadAfter = 4'000ms;
    net::RetryPolicy retry;
    retry.backoffCap = 500ms;
    c.retry = retry;
    c.outboxRetryBase = 100ms;
    c.outboxRetryCap = 1'000ms;
    return c;
}

bool TestConsole::activate(QWidget* window)
{
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window, kWait);
}

void TestConsole::waitUpToDate()
{
    QTRY_VERIFY_WITH_TIMEOUT(console_->isSignedIn(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(console_->syncEngine()->state() == models::SyncEngine::State::UpToDate,
                             kLongWait);
    QTRY_VERIFY_WITH_TIMEOUT(console_->chatList()->count() > 0, kWait);
    QVERIFY(activate(console_->mainWindow()));
}

void TestConsole::startConsole(bool autoLogin)
{
    console_ = std::make_unique<app::Console>(config(autoLogin));
    console_->mainWindow()->resize(1400, 900);
    console_->start();
    if (autoLogin)
        waitUpToDate();
}

std::optional<protocol::Chat> TestConsole::pickChat(bool needUnread)
{
    const QList<protocol::Chat> all = serverChats(*ann_);
    if (all.isEmpty())
        return std::nullopt;
    for (const protocol::Chat& c : std::as_const(all)) {
        if (used_.contains(c.id) || c.channel != protocol::Channel::Telegram ||
            c.type != protocol::ChatType::Personal || c.state != protocol::ChatState::Open ||
            (needUnread && c.unreadCount == 0) || c.title.size() < 4)
            continue;
        // Plain letters, so no accent or case folding can widen the match.
        if (std::any_of(c.title.cbegin(), c.title.cend(),
                        [](QChar ch) { return ch.unicode() > 127; }))
            continue;
        // The search must find this chat alone.
        const QString needle = c.title.toCaseFolded();
        const bool unique = std::none_of(all.cbegin(), all.cend(), [&](const protocol::Chat& o) {
            return o.id != c.id && (o.title.toCaseFolded().contains(needle) ||
                                    o.username.toCaseFolded().contains(needle) ||
                                    o.email.toCaseFolded().contains(needle));
        });
        if (unique) {
            used_.insert(c.id);
            return c;
        }
    }
    return std::nullopt;
}

void TestConsole::openBySearch(const protocol::Chat& chat)
{
    key(Qt::Key_1, Qt::ControlModifier); // the Open list
    key(Qt::Key_F, Qt::ControlModifier);
    ui::ChatListPane* list = console_->mainWindow()->chatList();
    QVERIFY(list->searchField()->hasFocus());
    key(Qt::Key_A, Qt::ControlModifier);
    type(chat.title);
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatFilter()->rowCount(), 1, kWait);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(console_->openChatId(), chat.id, kWait);
}

QJsonObject TestConsole::serverChat(qint64 chatId)
{
    return ann_->get(u"/api/v1/chats/%1"_s.arg(chatId)).json;
}

int TestConsole::serverCount(qint64 chatId, const QString& text)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"200"_s);
    const auto reply = ann_->get(u"/api/v1/chats/%1/messages"_s.arg(chatId), q);
    if (reply.status != 200)
        return -1;
    int n = 0;
    for (const QJsonValue& m : reply.json.value(u"messages"_s).toArray())
        n += m.toObject().value(u"text"_s).toString() == text ? 1 : 0;
    return n;
}

QJsonObject TestConsole::serverBotStatus(qint64 subscriberId)
{
    return ann_->get(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId)).json;
}

// ---- the tests ----

void TestConsole::loginAndTriageByKeyboard()
{
    CHECKED(startConsole(false));
    ui::LoginDialog* login = console_->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible(), kWait);
    QVERIFY(!console_->mainWindow()->isVisible());
    QVERIFY(activate(login));
    for (int i = 0; i < 5 && QApplication::focusWidget() != login->serverField(); ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(login->serverField()));
    type(server_->url().toString());
    key(Qt::Key_Tab);
    type(u"ann@acme.test"_s);
    key(Qt::Key_Tab);
    type(u"demo"_s);
    key(Qt::Key_Return);
    CHECKED(waitUpToDate());
    QVERIFY(!login->isVisible());
    QCOMPARE(console_->agentId(), annId_);

    const auto chat = pickChat(true);
    QVERIFY(chat);
    ui::MainWindow* window = console_->mainWindow();
    ui::ConversationPane* conversation = window->conversation();

    // Filter and open: the Open list, search, Enter.
    CHECKED(openBySearch(*chat));
    QCOMPARE(window->chatList()->list(), protocol::ChatList::Open);
    QCOMPARE(conversation->titleText(), chat->title);
    // Read: the server says so.
    QTRY_COMPARE_WITH_TIMEOUT(serverChat(chat->id).value(u"unread_count"_s).toInteger(-1), 0,
                              kWait);

    // Reply.
    const QString reply = u"On it, checking your order now (%1)"_s.arg(uid());
    key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(conversation->composer()->editor()->hasFocus());
    type(reply);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(chat->id, reply), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(conversation->composer()->text().isEmpty(), kWait);

    // Snooze the bot for 4 hours (F8), based on the version the server has
    // now (the reply itself snoozed it for an hour).
    const qint64 version = serverBotStatus(chat->subscriberId).value(u"version"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chat(chat->id)->botStatus.version, version,
                              kWait);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    key(Qt::Key_F8);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QTRY_COMPARE_WITH_TIMEOUT(serverBotStatus(chat->subscriberId).value(u"version"_s).toInteger(),
                              version + 1, kWait);
    const QJsonObject bot = serverBotStatus(chat->subscriberId);
    QCOMPARE(bot.value(u"state"_s).toString(), u"snoozed"_s);
    const auto until = protocol::parseTime(bot.value(u"until"_s).toString());
    QVERIFY(until);
    // On the server's clock, learnt from its Date header to about a second.
    QVERIFY2(*until >= before.addSecs(4 * 3600 - 2) && *until <= after.addSecs(4 * 3600 + 2),
             qPrintable(until->toString(Qt::ISODateWithMs)));

    // A note.
    const QString note = u"Customer prefers email (%1)"_s.arg(uid());
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(conversation->notesPanel()->editor()->hasFocus());
    type(note);
    key(Qt::Key_Return, Qt::ControlModifier);
    const auto noteCount = [&] {
        int n = 0;
        const auto notes = ann_->get(u"/api/v1/chats/%1/notes"_s.arg(chat->id)).json;
        for (const QJsonValue& v : notes.value(u"notes"_s).toArray())
            n += v.toObject().value(u"text"_s).toString() == note ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(noteCount(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(conversation->notesPanel()->editor()->toPlainText().isEmpty(), kWait);

    // Assign to me, then close.
    key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverChat(chat->id).value(u"assignee_id"_s).toInteger(), annId_,
                              kWait);
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chat(chat->id)->assigneeId.value_or(0), annId_,
                              kWait);
    key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverChat(chat->id).value(u"state"_s).toString(), u"closed"_s,
                              kWait);

    // Next chat: clear the search, Alt+Down opens the next open chat.
    key(Qt::Key_F, Qt::ControlModifier);
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Backspace);
    QTRY_VERIFY_WITH_TIMEOUT(console_->chatFilter()->rowCount() > 1, kWait);
    key(Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(console_->openChatId() != 0 && console_->openChatId() != chat->id,
                             kWait);
    const qint64 next = console_->openChatId();
    QCOMPARE(serverChat(next).value(u"state"_s).toString(), u"open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverChat(next).value(u"unread_count"_s).toInteger(-1), 0, kWait);
    // Still exactly one copy of the reply and the note.
    QCOMPARE(serverCount(chat->id, reply), 1);
    QCOMPARE(noteCount(), 1);
}

void TestConsole::bulkBotStatusOnASelection()
{
    CHECKED(startConsole(true));
    ui::ChatListPane* list = console_->mainWindow()->chatList();
    key(Qt::Key_4, Qt::ControlModifier); // All
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(list->view()->hasFocus());
    QVERIFY(list->currentChatId() != 0);
    key(Qt::Key_Down, Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::ShiftModifier);
    const QList<qint64> subscribers = list->selectedSubscriberIds();
    const QList<qint64> chats = list->selectedChatIds();
    QCOMPARE(subscribers.size(), 3);
    QCOMPARE(chats.size(), 3);

    // The context menu from the keyboard: the Menu key arrives as a keyboard
    // QContextMenuEvent (the platform plugin makes it; offscreen does not).
    const QPoint at = list->view()->visualRect(list->view()->currentIndex()).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, list->view()->mapToGlobal(at));
    QApplication::sendEvent(list->view(), &menuKey);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMenu*>(QApplication::activePopupWidget()), kWait);
    const auto walkTo = [](const std::function<bool(QAction*)>& wanted) {
        for (int i = 0; i < 20; ++i) {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return false;
            if (menu->activeAction() && wanted(menu->activeAction()))
                return true;
            key(Qt::Key_Down);
        }
        return false;
    };
    ui::BotStatusMenu* bot = nullptr;
    QVERIFY(walkTo([&](QAction* a) {
        bot = qobject_cast<ui::BotStatusMenu*>(a->menu());
        return bot != nullptr;
    }));
    QVERIFY(bot->isBulk());
    key(Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activePopupWidget(), static_cast<QWidget*>(bot), kWait);
    QVERIFY(walkTo([&](QAction* a) { return a->menu() == bot->snoozeMenu(); }));
    key(Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activePopupWidget(),
                              static_cast<QWidget*>(bot->snoozeMenu()), kWait);
    QAction* fourHours = bot->action(ui::BotStatusMenu::Preset::Snooze4Hours);
    QVERIFY(walkTo([&](QAction* a) { return a == fourHours; }));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    key(Qt::Key_Return);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    for (int i = 0; i < subscribers.size(); ++i) {
        const qint64 subscriber = subscribers.at(i);
        QTRY_COMPARE_WITH_TIMEOUT(serverBotStatus(subscriber).value(u"state"_s).toString(),
                                  u"snoozed"_s, kWait);
        const auto until =
            protocol::parseTime(serverBotStatus(subscriber).value(u"until"_s).toString());
        QVERIFY(until);
        QVERIFY2(*until >= before.addSecs(4 * 3600 - 2) && *until <= after.addSecs(4 * 3600 + 2),
                 qPrintable(until->toString(Qt::ISODateWithMs)));
        // The list follows the server.
        const int row = console_->chatList()->rowOf(
            list->selectedChatIds().value(subscribers.indexOf(subscriber)));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chatAt(row).botStatus.state,
                                  protocol::BotState::Snoozed, kWait);
    }
}

void TestConsole::the513thCharacterIsRefusedAndTheTextKept()
{
    CHECKED(startConsole(true));
    const auto chat = pickChat(false);
    QVERIFY(chat);
    CHECKED(openBySearch(*chat));
    ui::Composer* composer = console_->mainWindow()->conversation()->composer();
    key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(composer->editor()->hasFocus());
    QString text = u"limit %1 "_s.arg(uid());
    text += QString(512 - text.size(), u'x');
    QCOMPARE(text.size(), 512);
    type(text);
    QCOMPARE(composer->text(), text);
    QVERIFY(composer->errorText().isEmpty());
    type(u"y"_s); // the 513th
    QCOMPARE(composer->text(), text);
    QVERIFY(!composer->errorText().isEmpty());
    // What was kept is sent whole.
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(chat->id, text), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(composer->text().isEmpty(), kWait);
}

void TestConsole::rebindingTakesEffectAndSurvivesARestart()
{
    const QKeySequence ctrlJ(Qt::CTRL | Qt::Key_J);
    CHECKED(startConsole(true));
    {
        ui::MainWindow* window = console_->mainWindow();
        key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window->findChild<ui::ShortcutsDialog*>()) && dialog->isVisible(), kWait);
        QVERIFY(activate(dialog));
        // Keyboard only: the first command is "Next chat"; Tab to the key
        // editor, the keys, Tab to Assign, Space.
        QTRY_VERIFY(dialog->table()->hasFocus());
        key(Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(dialog->table()->item(dialog->table()->currentRow(), 0)->data(Qt::UserRole),
                 QVariant(u"chat.next"_s));
        key(Qt::Key_Tab);
        QVERIFY(dialog->keyEdit()->hasFocus());
        key(Qt::Key_J, Qt::ControlModifier);
        key(Qt::Key_Tab);
        QVERIFY(dialog->assignButton()->hasFocus());
        key(Qt::Key_Space);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(window->action(u"chat.next"_s)->shortcut(), ctrlJ);
        dialog->close();
        QVERIFY(activate(window));

        key(Qt::Key_4, Qt::ControlModifier);
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        const qint64 first = window->chatList()->currentChatId();
        QVERIFY(first != 0);
        key(Qt::Key_F, Qt::ControlModifier); // the list's own arrows don't apply in the search
        key(Qt::Key_Down, Qt::AltModifier);  // the old binding does nothing now
        QCOMPARE(window->chatList()->currentChatId(), first);
        key(Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(console_->openChatId() != 0 && console_->openChatId() != first,
                                 kWait);
    }
    // A restart on the same profile.
    console_.reset();
    CHECKED(startConsole(true));
    ui::MainWindow* window = console_->mainWindow();
    QCOMPARE(window->action(u"chat.next"_s)->shortcut(), ctrlJ);
    key(Qt::Key_4, Qt::ControlModifier);
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 first = window->chatList()->currentChatId();
    key(Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(console_->openChatId() != 0 && console_->openChatId() != first, kWait);
}

void TestConsole::replyWrittenOfflineIsDeliveredOnce()
{
    CHECKED(startConsole(true));
    const auto chat = pickChat(false);
    QVERIFY(chat);
    CHECKED(openBySearch(*chat));
    ui::MainWindow* window = console_->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->connection()->state(), ui::ConnectionIndicator::State::Online,
                              kLongWait);

    QCOMPARE(server_->stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->connection()->state() != ui::ConnectionIndicator::State::Online, kLongWait);
    const QString reply = u"Written while the server was away (%1)"_s.arg(uid());
    key(Qt::Key_R, Qt::ControlModifier);
    type(reply);
    key(Qt::Key_Return, Qt::ControlModifier);
    // Kept on disk until the server has it; the text stays in the composer.
    QTRY_COMPARE_WITH_TIMEOUT(console_->outbox()->entries().size(), 1, kWait);
    QCOMPARE(window->conversation()->composer()->text(), reply);
    // A note cannot be saved now: the agent is told, the text stays.
    const QString note = u"Call back tomorrow (%1)"_s.arg(uid());
    ui::NotesPanel* notes = window->conversation()->notesPanel();
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    type(note);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"note"_s), kLongWait);
    QCOMPARE(notes->editor()->toPlainText(), note);

    QString error;
    QVERIFY2(server_->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(chat->id, reply), 1, kLongWait);
    QTRY_VERIFY_WITH_TIMEOUT(console_->outbox()->entries().isEmpty(), kLongWait);
    QTRY_VERIFY_WITH_TIMEOUT(window->conversation()->composer()->text().isEmpty(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(window->connection()->state(), ui::ConnectionIndicator::State::Online,
                              kLongWait);
    QCOMPARE(serverCount(chat->id, reply), 1);

    // The kept note goes now.
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(notes->editor()->toPlainText(), note);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(notes->editor()->toPlainText().isEmpty(), kLongWait);
    int saved = 0;
    const auto list = ann_->get(u"/api/v1/chats/%1/notes"_s.arg(chat->id)).json;
    for (const QJsonValue& v : list.value(u"notes"_s).toArray())
        saved += v.toObject().value(u"text"_s).toString() == note ? 1 : 0;
    QCOMPARE(saved, 1);
}

void TestConsole::staleBotStatusChangeShowsTheConflict()
{
    CHECKED(startConsole(true));
    const auto chat = pickChat(false);
    QVERIFY(chat);
    CHECKED(openBySearch(*chat));
    ui::MainWindow* window = console_->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(console_->card()->subscriberId(), chat->subscriberId, kWait);
    const QJsonObject shown = serverBotStatus(chat->subscriberId);
    const qint64 version = shown.value(u"version"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chat(chat->id)->botStatus.version, version,
                              kWait);

    // Ann's console stops hearing events; Bob changes the bot status.
    console_->stream()->stop();
    HttpClient bob(server_->url());
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    const QString bobState =
        shown.value(u"state"_s).toString() == u"inactive"_s ? u"active"_s : u"inactive"_s;
    const auto changed = bob.put(u"/api/v1/subscribers/%1/bot-status"_s.arg(chat->subscriberId),
                                 QJsonObject{{u"state"_s, bobState}, {u"base_version"_s, version}});
    QCOMPARE(changed.status, 200);

    // Ann snoozes from what she sees: the server refuses, the card says why.
    key(Qt::Key_F6);
    QTRY_VERIFY_WITH_TIMEOUT(console_->card()->hasConflict(), kWait);
    QVERIFY(!window->cardWidget()->conflictText().isEmpty());
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    const QJsonObject now = serverBotStatus(chat->subscriberId);
    QCOMPARE(now.value(u"state"_s).toString(), bobState);
    QCOMPARE(now.value(u"version"_s).toInteger(), version + 1);

    // Back online, the list catches up with Bob's change.
    console_->stream()->start();
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chat(chat->id)->botStatus.version, version + 1,
                              kLongWait);
}

void TestConsole::snoozePresetUsesTheServersClock()
{
    // A server whose clock is 3 hours behind this machine's: as seen from a
    // laptop whose clock is 3 hours ahead. "Snooze 4 hours" must mean 4 hours
    // from the server's now, not 7.
    auto skewed = std::make_unique<BatondProcess>(QStringList{u"--demo"_s});
    skewed->setEnvironment(u"BATON_CLOCK_OFFSET_S"_s, u"-10800"_s);
    QString error;
    QVERIFY2(skewed->start(&error), qPrintable(error));
    auto skewedAnn = std::make_unique<HttpClient>(skewed->url());
    QCOMPARE(skewedAnn->login(u"ann@acme.test"_s).status, 200);
    std::swap(server_, skewed);
    std::swap(ann_, skewedAnn);
    const auto restore = qScopeGuard([&] {
        console_.reset();
        std::swap(server_, skewed);
        std::swap(ann_, skewedAnn);
        skewed->stop();
    });

    CHECKED(startConsole(true));
    const auto chat = pickChat(false);
    QVERIFY(chat);
    CHECKED(openBySearch(*chat));
    const qint64 version = serverBotStatus(chat->subscriberId).value(u"version"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(console_->chatList()->chat(chat->id)->botStatus.version, version,
                              kWait);
    key(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(serverBotStatus(chat->subscriberId).value(u"version"_s).toInteger(),
                              version + 1, kWait);
    const QJsonObject bot = serverBotStatus(chat->subscriberId);
    QCOMPARE(bot.value(u"state"_s).toString(), u"snoozed"_s);
    const auto until = protocol::parseTime(bot.value(u"until"_s).toString());
    QVERIFY(until);
    const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 + 4 * 3600);
    // The Date header has a precision of a second, and the test takes time.
    QVERIFY2(qAbs(until->secsTo(expected)) < 120,
             qPrintable(until->toString(Qt::ISODate) + u" vs "_s + expected.toString(Qt::ISODate)));
}

void TestConsole::signOutEndsTheSessionAndEscapeQuits()
{
    CHECKED(startConsole(true));
    // A second launch while signed in brings the window back.
    console_->mainWindow()->showMinimized();
    QTRY_VERIFY_WITH_TIMEOUT(console_->mainWindow()->isMinimized(), kWait);
    console_->activate();
    QTRY_VERIFY_WITH_TIMEOUT(!console_->mainWindow()->isMinimized(), kWait);
    QVERIFY(console_->mainWindow()->isVisible());

    const QString token = console_->rest()->token();
    QVERIFY(!token.isEmpty());
    HttpClient asConsole(server_->url());
    asConsole.setToken(token);
    QCOMPARE(asConsole.get(u"/api/v1/me"_s).status, 200);

    QAction* signOut = console_->mainWindow()->findChild<QAction*>(u"app.signOut"_s);
    QVERIFY(signOut);
    QVERIFY(!signOut->text().isEmpty());
    signOut->trigger(); // Account -> Sign out
    QTRY_VERIFY_WITH_TIMEOUT(console_->loginDialog()->isVisible(), kWait);
    QVERIFY(!console_->isSignedIn());
    QVERIFY(!console_->mainWindow()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(asConsole.get(u"/api/v1/me"_s).status, 401, kWait);
    // The cache stays for the next sign-in.
    QVERIFY(console_->cache());
    QVERIFY(console_->cache()->appliedSeq() > 0 || console_->cache()->chats().size() > 0);

    // A second launch while signed out brings the dialog back, not the window.
    console_->loginDialog()->hide();
    console_->activate();
    QVERIFY(console_->loginDialog()->isVisible());
    QVERIFY(!console_->mainWindow()->isVisible());

    QSignalSpy quit(console_.get(), &app::Console::quitRequested);
    QVERIFY(activate(console_->loginDialog()));
    key(Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(quit.size(), 1, kWait);
}

// What scripts/demo runs: the real executable signs in by itself.
void TestConsole::executableSignsInWithEmailAndNoKeychain()
{
    QProcess baton;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"BATON_PASSWORD"_s, u"demo"_s);
    baton.setProcessEnvironment(env);
    baton.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    baton.start(QStringLiteral(BATON_PATH),
                {u"--server"_s, server_->url().toString(), u"--profile"_s, profile_->path(),
                 u"--email"_s, u"ann@acme.test"_s, u"--no-keychain"_s});
    QVERIFY(baton.waitForStarted(kWait));
    // Signed in: the account is recorded and its cache holds the workspace.
    const QString ini = profile_->path() + u"/config/baton.ini"_s;
    const auto account = [&] {
        return QSettings(ini, QSettings::IniFormat).value(u"session/account"_s).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(account().startsWith(u"ann@acme.test"_s), kLongWait);
    QVERIFY(baton.state() == QProcess::Running);
    QDir data(profile_->path() + u"/data"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!data.entryList({u"cache-*.sqlite"_s}, QDir::Files).isEmpty(), kWait);
    baton.terminate();
    QVERIFY(baton.waitForFinished(kWait));
    // The dialog will offer the email next time; the password is nowhere.
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(u"login/email"_s).toString(),
             u"ann@acme.test"_s);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("demo"));
}

void TestConsole::keychainTokenResumesAndARevokedOneAsksAgain()
{
    app::ConsoleConfig c = config(true);
    c.useKeychain = true;
    c.keychainService = u"baton-test-"_s + uid(); // never the user's own entries
    console_ = std::make_unique<app::Console>(c);
    console_->start();
    CHECKED(waitUpToDate());
    QVERIFY2(console_->credentials()->persistent(),
             qPrintable(console_->credentials()->nonPersistentReason()));
    // The token the keychain holds for Ann on this server (nothing when none).
    const auto readToken = [&](net::CredentialStore* store) -> std::optional<QString> {
        std::optional<QString> token;
        bool done = false;
        store->read(server_->url(), u"ann@acme.test"_s, this, [&](const net::CredentialResult& r) {
            token = r.token;
            done = true;
        });
        for (int waited = 0; !done && waited < kWait; waited += 50)
            QTest::qWait(50);
        return done ? token : std::optional<QString>(u"(no answer)"_s);
    };
    const std::optional<QString> token = readToken(console_->credentials());
    QVERIFY(token && !token->isEmpty());
    console_.reset();

    // A restart without --email: the keychain's token, checked with /me, no dialog.
    c.email.clear();
    c.password.clear();
    c.server = QUrl();
    console_ = std::make_unique<app::Console>(c);
    QSignalSpy dialogs(console_.get(), &app::Console::loginShown);
    console_->start();
    CHECKED(waitUpToDate());
    QCOMPARE(dialogs.size(), 0);
    QCOMPARE(console_->agentId(), annId_);
    console_.reset();

    // The token revoked at the server: the next start asks for a login and
    // forgets the token.
    HttpClient revoker(server_->url());
    revoker.setToken(*token);
    const auto logout = revoker.post(u"/api/v1/auth/logout"_s);
    QVERIFY2(logout.status / 100 == 2, qPrintable(logout.describe()));
    console_ = std::make_unique<app::Console>(c);
    console_->start();
    QTRY_VERIFY_WITH_TIMEOUT(console_->loginDialog()->isVisible(), kWait);
    QVERIFY(!console_->isSignedIn());
    QVERIFY(!console_->loginDialog()->errorText().isEmpty());
    QCOMPARE(console_->loginDialog()->emailField()->text(), u"ann@acme.test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!readToken(console_->credentials()).has_value(), kWait);
}

// Presses Tab until `target` has the focus; false when it never gets it.
static bool tabTo(QWidget* target)
{
    for (int i = 0; i < 80; ++i) {
        if (target->hasFocus())
            return true;
        if (!QApplication::focusWidget())
            return false;
        key(Qt::Key_Tab);
    }
    return target->hasFocus();
}

// Offscreen has no system tray: notifications go to the window's banner.
void TestConsole::newOpenChatBannerOpensTheChatByKeyboard()
{
    CHECKED(startConsole(true));
    QVERIFY(!console_->tray()->isAvailable());
    ui::NotificationBanner* banner = console_->notifier()->banner();
    QVERIFY(banner);
    // Said once in a new profile: no tray, so notifications come here.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWait);
    QCOMPARE(banner->notification().kind, ui::Notification::Kind::Notice);
    QVERIFY(console_->settings()->value(u"preferences/trayNoticeShown"_s).toBool());

    // A new subscriber writes to the Telegram bot: a new open chat.
    const QString external = u"app-banner-"_s + uid();
    const auto reply = baton::test::postChannel(
        server_->url(), 1, baton::test::demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
        {{u"external_id"_s, external},
         {u"first_name"_s, u"Quentin"_s},
         {u"last_name"_s, u"Banner"_s},
         {u"text"_s, u"Is anybody there?"_s}});
    QCOMPARE(reply.status, 201);
    const qint64 chatId = reply.json.value(u"chat_id"_s).toInteger();
    QVERIFY(chatId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(banner->notification().chatId, chatId, kLongWait);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notification().kind, ui::Notification::Kind::OpenChat);
    QVERIFY(banner->bodyLabel()->text().contains(u"Is anybody there?"_s));
    QCOMPARE(banner->window(), console_->mainWindow());
    QVERIFY(console_->openChatId() != chatId);

    // By keyboard: Tab reaches the banner, Return opens its chat.
    QVERIFY(activate(console_->mainWindow()));
    key(Qt::Key_F, Qt::ControlModifier); // start from the search field
    QVERIFY(tabTo(banner));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(console_->openChatId(), chatId, kWait);
    QVERIFY(!banner->isVisible());
    const QString title =
        console_->chatList()->chat(chatId) ? console_->chatList()->chat(chatId)->title : QString();
    QVERIFY(title.contains(u"Quentin"_s));
    QTRY_COMPARE_WITH_TIMEOUT(console_->mainWindow()->conversation()->titleText(), title, kWait);
    // Opening it read it at the server.
    QTRY_COMPARE_WITH_TIMEOUT(serverChat(chatId).value(u"unread_count"_s).toInteger(), 0, kWait);
}

// The real executable, launched a second time on the profile of a running
// client (this process: a Console behind the same SingleInstance key as
// main.cpp uses), hands over its command line and exits at once.
void TestConsole::secondLaunchBringsTheFirstToTheFront()
{
    CHECKED(startConsole(true));
    net::SingleInstance single(console_->profile().instanceKey());
    QVERIFY2(single.claim(), qPrintable(single.errorString()));
    connect(&single, &net::SingleInstance::activated, console_.get(),
            &app::Console::handleArguments);
    const auto chat = pickChat(false);
    QVERIFY(chat);
    ui::MainWindow* window = console_->mainWindow();
    window->showMinimized();
    QTRY_VERIFY_WITH_TIMEOUT(window->isMinimized(), kWait);

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(BATON_PATH),
                 {u"--profile"_s, profile_->path(), u"--chat"_s, QString::number(chat->id)});
    QVERIFY(second.waitForStarted(kWait));
    // Its answer needs this event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, kWait);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().contains("already running"),
             "the second launch says why it exits");

    QTRY_VERIFY_WITH_TIMEOUT(!window->isMinimized() && window->isVisible(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(window->isActiveWindow(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(console_->openChatId(), chat->id, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(window->conversation()->titleText(), chat->title, kWait);
}

void TestConsole::germanConsoleShowsNoEnglishText()
{
    // German chosen in the settings (as the dialog saves it), then loaded
    // the way main() does before it builds the console.
    const QString settingsPath = app::Profile(profile_->path()).settingsPath();
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ui::SettingsPreferencesStore store(&settings);
        ui::Preferences preferences = store.preferences();
        preferences.language = u"de"_s;
        store.setPreferences(preferences);
    }
    const QLocale before;
    auto translations = std::make_unique<app::Translations>();
    const auto restore = qScopeGuard([&] {
        console_.reset();
        translations.reset();
        QLocale::setDefault(before);
    });
    QCOMPARE(translations->install(app::languageSetting(settingsPath)).language(), QLocale::German);

    QString error;
    const auto check = baton::test::UntranslatedCheck::fromTsFile(
        QStringLiteral(BATON_TRANSLATIONS_DIR "/baton_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(check.english.size() > 400);

    CHECKED(startConsole(true));
    const auto chat = pickChat(true);
    QVERIFY(chat);
    CHECKED(openBySearch(*chat));
    ui::MainWindow* window = console_->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->conversation()->titleText(), chat->title, kWait);
    // The tabs say so in German: "Offen (12)", not "Open (12)".
    QVERIFY2(!window->chatList()->findChild<QTabBar*>()->tabText(0).startsWith(u"Open"_s),
             qPrintable(window->chatList()->findChild<QTabBar*>()->tabText(0)));

    QStringList texts = baton::test::visibleTexts(window);
    // The settings dialog too, every page.
    key(Qt::Key_Comma, Qt::ControlModifier);
    ui::SettingsDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = console_->settingsDialog()) && dialog->isVisible(), kWait);
    auto* pages = dialog->findChild<QTabWidget*>();
    QVERIFY(pages);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        texts += baton::test::visibleTexts(dialog);
    }
    dialog->reject();
    QVERIFY(texts.size() > 100);
    const QStringList english = check.englishTexts(texts);
    QVERIFY2(english.isEmpty(), qPrintable(u"English on screen:\n"_s + english.join(u'\n')));
}

void TestConsole::settingsThemeAndStatisticsByKeyboard()
{
    CHECKED(startConsole(true));
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    // Ctrl+, opens the settings; Theme: Dark by arrow keys; Return is OK.
    key(Qt::Key_Comma, Qt::ControlModifier);
    ui::SettingsDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = console_->settingsDialog()) && dialog->isVisible(), kWait);
    QVERIFY(activate(dialog));
    QVERIFY(tabTo(dialog->themeBox()));
    key(Qt::Key_End);
    QCOMPARE(dialog->themeBox()->currentData().toString(), u"dark"_s);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!console_->settingsDialog(), kWait);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    console_->settings()->sync();
    QCOMPARE(console_->settings()->value(u"preferences/theme"_s).toString(), u"dark"_s);

    // Back to the system's colours the same way.
    QVERIFY(activate(console_->mainWindow()));
    key(Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = console_->settingsDialog()) && dialog->isVisible(), kWait);
    QVERIFY(activate(dialog));
    QVERIFY(tabTo(dialog->themeBox()));
    QCOMPARE(dialog->themeBox()->currentData().toString(), u"dark"_s);
    key(Qt::Key_Home);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!console_->settingsDialog(), kWait);
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);

    // Do-not-disturb from the tray menu reaches the notifications and the
    // settings file.
    QVERIFY(!console_->notifications()->doNotDisturb());
    console_->tray()->doNotDisturbAction()->trigger();
    QVERIFY(console_->notifications()->doNotDisturb());
    console_->settings()->sync();
    QVERIFY(console_->settings()->value(u"preferences/doNotDisturb"_s).toBool());
    console_->tray()->doNotDisturbAction()->trigger();
    QVERIFY(!console_->notifications()->doNotDisturb());

    // Account -> Statistics (Ctrl+Shift+S): the server's figures, bots by
    // name.
    QVERIFY(activate(console_->mainWindow()));
    QAction* statistics = console_->mainWindow()->findChild<QAction*>(u"app.statistics"_s);
    QVERIFY(statistics);
    QVERIFY(console_->mainWindow()->commandActions().contains(statistics));
    key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(console_->statisticsView() && console_->statisticsView()->isVisible(),
                             kWait);
    const QJsonObject stats = ann_->get(u"/api/v1/stats"_s).json;
    const qint64 sent = stats.value(u"total"_s).toObject().value(u"messages_sent"_s).toInteger();
    QVERIFY(sent > 0);
    ui::StatisticsView* view = console_->statisticsView();
    QTRY_COMPARE_WITH_TIMEOUT(view->cell(0, 1), QLocale().toString(sent), kWait);
    const QJsonArray bots = ann_->get(u"/api/v1/bots"_s).json.value(u"bots"_s).toArray();
    QVERIFY(!bots.isEmpty());
    const QString botName = bots.first().toObject().value(u"name"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 1; row < view->table()->rowCount(); ++row) {
                if (view->cell(row, 0) == botName)
                    return true;
            }
            return false;
        }(),
        kWait);

    // No tray here: closing the window is quitting (with one it would hide).
    QSignalSpy quit(console_.get(), &app::Console::quitRequested);
    console_->mainWindow()->close();
    QCOMPARE(quit.size(), 1);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
