#include "uifixtures.h"

#include <models/chatlistmodel.h>
#include <ui/notificationcenter.h>
#include <ui/notifier.h>
#include <ui/stores.h>
#include <ui/trayicon.h>

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace baton;
using namespace Qt::StringLiterals;
using protocol::ChatState;
using protocol::Direction;
using protocol::Event;
using protocol::EventType;
using protocol::MessageSource;
using Kind = ui::Notification::Kind;

namespace {

protocol::Origin byAgent(qint64 agent)
{
    return protocol::Origin{agent, u"c-%1"_s.arg(agent)};
}

// The list model and the center, fed the way SyncEngine feeds them: the
// models first, then eventsApplied.
struct Setup {
    uifix::TestClock clock;
    models::ChatListModel chats;
    std::unique_ptr<ui::NotificationCenter> center;
    qint64 seq = 1000;

    Setup()
    {
        chats.setChats(uifix::workspace());
        center = std::make_unique<ui::NotificationCenter>(&chats, clock.clock());
        center->setAgentId(uifix::kMe);
    }

    void apply(const QList<Event>& events)
    {
        chats.applyEvents(events);
        chats.flushPendingChanges();
        center->applyEvents(events);
    }

    Event chatEvent(EventType type, const protocol::Chat& c, protocol::Origin origin = {})
    {
        return Event{++seq, type, *clock.at, std::move(origin), c};
    }

    Event inbound(qint64 chatId, const QString& text)
    {
        protocol::Message m = uifix::message(seq + 5000, chatId, *clock.at, Direction::In,
                                             MessageSource::Subscriber, text);
        return Event{++seq, EventType::MessageCreated, *clock.at, {}, m};
    }

    // A new inbound message as the server sends it: the message and the
    // chat with its new preview and unread count.
    QList<Event> inboundWithChat(qint64 chatId, const QString& text)
    {
        protocol::Chat c = *chats.chat(chatId);
        c.unreadCount += 1;
        c.state = ChatState::Open;
        c.lastActivityAt = *clock.at;
        c.lastMessage->text = text;
        c.lastMessage->direction = Direction::In;
        c.lastMessage->source = MessageSource::Subscriber;
        c.lastMessage->at = *clock.at;
        const Event msg = inbound(chatId, text);
        return {msg, chatEvent(EventType::ChatUpdated, c)};
    }

    void later(qint64 seconds) { *clock.at = clock.at->addSecs(seconds); }
};

protocol::Chat newChat(qint64 id, const QString& title, const QString& text = u"Hello?"_s)
{
    protocol::Chat c = uifix::chat(id, protocol::Channel::Telegram, title, 0);
    c.lastActivityAt = uifix::now();
    c.lastMessage->text = text;
    c.unreadCount = 1;
    return c;
}

struct Prefs : ui::PreferencesStore {
    ui::Preferences p;
    ui::Preferences preferences() const override { return p; }
    void setPreferences(const ui::Preferences& v) override { p = v; }
};

} // namespace

// Notifications (what, when, how many), their delivery in the window and
// the tray icon's images.
class TestTray : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newOpenChatIsOneNotification();
    void reopenedChatNotifiesUnlessIReopenedIt();
    void ownOutgoingAndBotMessagesAreSilent();
    void inboundMessageInMyChatNamesSenderAndPreview();
    void assignmentToMeByOthersIsNotified();
    void liveBurstIsCoalescedIntoOneSummary();
    void burstAfterOfflineIsOneSummary();
    void snapshotCatchUpIsOneSummary();
    void doNotDisturbSuppressesButCountFollows();
    void rulesSwitchKindsOff();
    void bannerClickOpensTheChat();
    void bannerByKeyboardOpensTheChat();
    void summaryOpensTheNewestChat();
    void noTrayNoticeIsShownOncePerProfile();
    void soundFollowsThePreference();
    void trayImagesDifferByVariantAndCount();
    void trayMenuAndTooltip();
    void trayActivationTogglesTheWindow();
};

void TestTray::newOpenChatIsOneNotification()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(40, u"Nina Kowalski"_s, u"Hi there"_s))});
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::OpenChat);
    QCOMPARE(n.chatId, 40);
    QVERIFY2(n.title.contains(u"Nina Kowalski"_s), qPrintable(n.title));
    QCOMPARE(n.body, u"Hi there"_s);
    QCOMPARE(s.center->pendingCount(), 0);

    // The same chat updated while open is nothing new.
    s.later(10);
    protocol::Chat again = *s.chats.chat(40);
    again.title = u"Nina K."_s;
    s.apply({s.chatEvent(EventType::ChatUpdated, again)});
    QCOMPARE(spy.count(), 1);
    // A new chat that arrives closed is not an open chat.
    protocol::Chat closed = newChat(41, u"Closed One"_s);
    closed.state = ChatState::Closed;
    s.apply({s.chatEvent(EventType::ChatCreated, closed)});
    QCOMPARE(spy.count(), 1);
}

void TestTray::reopenedChatNotifiesUnlessIReopenedIt()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    // Chat 4 is closed; I reopen it myself: silent.
    protocol::Chat four = *s.chats.chat(4);
    four.state = ChatState::Open;
    s.apply({s.chatEvent(EventType::ChatUpdated, four, byAgent(uifix::kMe))});
    QCOMPARE(spy.count(), 0);
    // Chat 9 is reopened by the subscriber writing again.
    protocol::Chat nine = *s.chats.chat(9);
    nine.state = ChatState::Open;
    s.apply({s.chatEvent(EventType::ChatUpdated, nine)});
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::OpenChat);
    QCOMPARE(n.chatId, 9);
}

void TestTray::ownOutgoingAndBotMessagesAreSilent()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    // My reply in my chat 1, its echo and the chat update.
    protocol::Message mine =
        uifix::message(900, 1, *s.clock.at, Direction::Out, MessageSource::Agent, u"On its way"_s);
    mine.agentId = uifix::kMe;
    protocol::Chat one = *s.chats.chat(1);
    one.lastMessage->text = u"On its way"_s;
    one.lastMessage->direction = Direction::Out;
    one.lastMessage->source = MessageSource::Agent;
    one.unreadCount = 0;
    s.apply({Event{++s.seq, EventType::MessageCreated, *s.clock.at, byAgent(uifix::kMe), mine},
             s.chatEvent(EventType::ChatUpdated, one, byAgent(uifix::kMe))});
    // The bot answers, another app sends, a bot-status line.
    protocol::Message bot = uifix::message(901, 1, *s.clock.at, Direction::Out, MessageSource::Bot,
                                           u"Anything else?"_s);
    protocol::Message app = uifix::message(902, 1, *s.clock.at, Direction::Out,
                                           MessageSource::ThirdPartyApp, u"Invoice"_s);
    protocol::Message line =
        uifix::message(903, 1, *s.clock.at, Direction::Out, MessageSource::System, {});
    line.kind = protocol::MessageKind::BotStatusChange;
    s.apply({Event{++s.seq, EventType::MessageCreated, *s.clock.at, {}, bot},
             Event{++s.seq, EventType::MessageCreated, *s.clock.at, {}, app},
             Event{++s.seq, EventType::MessageCreated, *s.clock.at, {}, line}});
    // Inbound messages in chats that are not mine: unassigned 5, Ann's 2.
    s.apply(s.inboundWithChat(5, u"Hello?"_s));
    s.apply(s.inboundWithChat(2, u"Still there?"_s));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(s.center->pendingCount(), 0);
}

void TestTray::inboundMessageInMyChatNamesSenderAndPreview()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    s.apply(s.inboundWithChat(1, u"Did you find   my\norder?"_s));
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Message);
    QCOMPARE(n.chatId, 1);
    QCOMPARE(n.title, u"Lena Vogel"_s);
    QCOMPARE(n.body, u"Did you find my order?"_s);
    QCOMPARE(n.messages, 1);

    // An attachment without text is previewed by its file name.
    s.later(10);
    protocol::Message file =
        uifix::message(950, 10, *s.clock.at, Direction::In, MessageSource::Subscriber, {});
    file.attachments = {protocol::Attachment{7, {}, u"photo.jpg"_s, u"image/jpeg"_s, 10, {}}};
    s.apply({Event{++s.seq, EventType::MessageCreated, *s.clock.at, {}, file}});
    QCOMPARE(spy.count(), 2);
    const auto f = spy.at(1).at(0).value<ui::Notification>();
    QCOMPARE(f.title, u"Priya Nair"_s);
    QVERIFY2(f.body.contains(u"photo.jpg"_s), qPrintable(f.body));
}

void TestTray::assignmentToMeByOthersIsNotified()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    // I take chat 3 myself: silent. Ann gets chat 12: not mine.
    protocol::Chat three = *s.chats.chat(3);
    three.assigneeId = uifix::kMe;
    protocol::Chat twelve = *s.chats.chat(12);
    twelve.assigneeId = uifix::kAnn;
    s.apply({s.chatEvent(EventType::ChatUpdated, three, byAgent(uifix::kMe)),
             s.chatEvent(EventType::ChatUpdated, twelve, byAgent(uifix::kAnn))});
    QCOMPARE(spy.count(), 0);
    // Ann gives me chat 5: I am told.
    protocol::Chat five = *s.chats.chat(5);
    five.assigneeId = uifix::kMe;
    s.apply({s.chatEvent(EventType::ChatUpdated, five, byAgent(uifix::kAnn))});
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Assigned);
    QCOMPARE(n.chatId, 5);
    QVERIFY2(n.title.contains(u"Ирина Петрова"_s), qPrintable(n.title));
    QCOMPARE(n.assigned, 1);
    // Another update of a chat that already is mine is nothing new.
    s.later(10);
    five.unreadCount = 0;
    s.apply({s.chatEvent(EventType::ChatUpdated, five, byAgent(uifix::kAnn))});
    QCOMPARE(spy.count(), 1);
    // The rule for my chats switches it off.
    s.center->setRules({true, true, false});
    protocol::Chat eight = *s.chats.chat(8);
    eight.assigneeId = uifix::kMe;
    s.apply({s.chatEvent(EventType::ChatUpdated, eight, byAgent(uifix::kAnn))});
    QCOMPARE(spy.count(), 1);
}

void TestTray::liveBurstIsCoalescedIntoOneSummary()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(40, u"First"_s))});
    QCOMPARE(spy.count(), 1);
    // Ten more batches within the same second: they wait.
    for (int i = 0; i < 5; ++i)
        s.apply({s.chatEvent(EventType::ChatCreated, newChat(41 + i, u"Chat %1"_s.arg(i)))});
    for (int i = 0; i < 5; ++i)
        s.apply(s.inboundWithChat(1, u"ping %1"_s.arg(i)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(s.center->pendingCount(), 6); // five chats, and chat 1 once
    QVERIFY(s.center->timer()->isActive());
    QCOMPARE(s.center->timer()->interval(), 5000);

    // Still inside the interval: flushing does nothing yet.
    s.later(3);
    s.center->flush();
    QCOMPARE(spy.count(), 1);
    s.later(2);
    s.center->flush();
    QCOMPARE(spy.count(), 2);
    const auto n = spy.at(1).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Summary);
    QCOMPARE(n.openChats, 5);
    QCOMPARE(n.messages, 5);
    QCOMPARE(n.chatId, 1); // the newest
    QVERIFY2(n.title.contains(u'5'), qPrintable(n.title));
    QCOMPARE(s.center->pendingCount(), 0);
    QVERIFY(!s.center->timer()->isActive());
}

void TestTray::burstAfterOfflineIsOneSummary()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    // The night's events arrive as one gap-fill batch of 200: 40 new open
    // chats, 60 messages in my chats (as message + chat pairs), 40 bot
    // answers.
    QList<Event> batch;
    for (int i = 0; i < 40; ++i)
        batch << s.chatEvent(EventType::ChatCreated, newChat(100 + i, u"Night %1"_s.arg(i)));
    const qint64 mine[] = {1, 10};
    for (int i = 0; i < 60; ++i) {
        const qint64 chatId = mine[i % 2];
        protocol::Chat c = *s.chats.chat(chatId);
        c.unreadCount += i / 2 + 1;
        batch << s.inbound(chatId, u"msg %1"_s.arg(i)) << s.chatEvent(EventType::ChatUpdated, c);
    }
    for (int i = 0; i < 40; ++i)
        batch << Event{
            ++s.seq,
            EventType::MessageCreated,
            *s.clock.at,
            {},
            uifix::message(7000 + i, 3, *s.clock.at, Direction::Out, MessageSource::Bot, u"bot"_s)};
    QCOMPARE(batch.size(), 200);
    s.apply(batch);
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Summary);
    QCOMPARE(n.openChats, 40);
    QCOMPARE(n.messages, 60);
    QCOMPARE(s.center->pendingCount(), 0);
    // Nothing more comes out of it later.
    s.later(60);
    s.center->flush();
    QCOMPARE(spy.count(), 1);
}

void TestTray::snapshotCatchUpIsOneSummary()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    QList<protocol::Chat> after = uifix::workspace();
    after[8].state = ChatState::Open; // chat 9 reopened
    after[0].unreadCount += 3;        // three new messages in my chat 1
    after[4].unreadCount += 7;        // not mine: no message notification
    for (int i = 0; i < 30; ++i)
        after << newChat(200 + i, u"Snap %1"_s.arg(i));
    s.chats.setChats(after);
    s.center->applySnapshot();
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Summary);
    QCOMPARE(n.openChats, 31);
    QCOMPARE(n.messages, 3);
    // The snapshot is now the known state: the same again is silent.
    s.later(60);
    s.chats.setChats(after);
    s.center->applySnapshot();
    QCOMPARE(spy.count(), 1);
}

void TestTray::doNotDisturbSuppressesButCountFollows()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    QSignalSpy counts(s.center.get(), &ui::NotificationCenter::unreadChatsChanged);
    const int before = s.center->unreadChats();
    const auto all = uifix::workspace();
    QCOMPARE(before, std::count_if(all.cbegin(), all.cend(),
                                   [](const protocol::Chat& c) { return c.unreadCount > 0; }));
    QVERIFY(before > 0);
    s.center->setDoNotDisturb(true);
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(40, u"Quiet"_s))});
    s.apply(s.inboundWithChat(10, u"hello"_s));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(s.center->pendingCount(), 0);
    QCOMPARE(s.center->unreadChats(), before + 2);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.constLast().at(0).toInt(), before + 2);
    // Leaving do-not-disturb does not replay what was missed.
    s.center->setDoNotDisturb(false);
    s.later(60);
    s.center->flush();
    QCOMPARE(spy.count(), 0);
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(41, u"Loud"_s))});
    QCOMPARE(spy.count(), 1);
}

void TestTray::rulesSwitchKindsOff()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    s.center->setRules({true, false, true});
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(40, u"No open"_s))});
    QCOMPARE(spy.count(), 0);
    s.apply(s.inboundWithChat(1, u"but messages"_s));
    QCOMPARE(spy.count(), 1);
    s.later(10);
    s.center->setRules({true, true, false});
    s.apply(s.inboundWithChat(1, u"no messages"_s));
    QCOMPARE(spy.count(), 1);
    s.center->setRules({false, true, true});
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(41, u"Off"_s))});
    QCOMPARE(spy.count(), 1);
}

void TestTray::bannerClickOpensTheChat()
{
    Setup s;
    Prefs prefs;
    QWidget window;
    window.resize(900, 600);
    ui::Notifier notifier(nullptr, &window, &prefs);
    notifier.setSound({});
    QVERIFY(!notifier.usesTray());
    QObject::connect(s.center.get(), &ui::NotificationCenter::notify, &notifier,
                     &ui::Notifier::show);
    QObject::connect(&notifier, &ui::Notifier::activated, s.center.get(),
                     &ui::NotificationCenter::activate);
    QSignalSpy open(s.center.get(), &ui::NotificationCenter::chatOpenRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ui::NotificationBanner* banner = notifier.banner();
    QVERIFY(!banner->isVisible());
    s.apply({s.chatEvent(EventType::ChatCreated, newChat(40, u"Nina Kowalski"_s))});
    QVERIFY(banner->isVisible());
    QVERIFY(banner->titleLabel()->text().contains(u"Nina Kowalski"_s));
    QVERIFY(banner->accessibleName().contains(u"Nina Kowalski"_s));
    QVERIFY(!banner->closeButton()->accessibleName().isEmpty());
    QVERIFY(window.rect().contains(banner->geometry()));
    // It does not take the focus by itself.
    QVERIFY(!banner->hasFocus());

    QTest::mouseClick(banner, Qt::LeftButton, {}, banner->rect().center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 40);
    QVERIFY(!banner->isVisible());

    // The close button dismisses without opening.
    s.later(10);
    s.apply(s.inboundWithChat(1, u"hello"_s));
    QVERIFY(banner->isVisible());
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(open.count(), 1);
}

void TestTray::bannerByKeyboardOpensTheChat()
{
    Setup s;
    Prefs prefs;
    QWidget window;
    auto* field = new QLineEdit(&window);
    field->setAccessibleName(u"Reply"_s);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(field);
    window.resize(900, 600);
    ui::Notifier notifier(nullptr, &window, &prefs);
    notifier.setSound({});
    QObject::connect(s.center.get(), &ui::NotificationCenter::notify, &notifier,
                     &ui::Notifier::show);
    QObject::connect(&notifier, &ui::Notifier::activated, s.center.get(),
                     &ui::NotificationCenter::activate);
    QSignalSpy open(s.center.get(), &ui::NotificationCenter::chatOpenRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());

    s.apply(s.inboundWithChat(10, u"Is it in stock?"_s));
    ui::NotificationBanner* banner = notifier.banner();
    QVERIFY(banner->isVisible());
    QVERIFY(field->hasFocus()); // typing is not interrupted
    // Tab from the editor reaches the banner, Return opens its chat.
    QTest::keyClick(field, Qt::Key_Tab);
    QVERIFY(banner->hasFocus());
    QTest::keyClick(banner, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 10);
    QVERIFY(!banner->isVisible());

    // Escape dismisses; Space opens.
    s.later(10);
    s.apply(s.inboundWithChat(1, u"one"_s));
    banner->setFocus();
    QTest::keyClick(banner, Qt::Key_Escape);
    QVERIFY(!banner->isVisible());
    QCOMPARE(open.count(), 1);
    s.later(10);
    s.apply(s.inboundWithChat(1, u"two"_s));
    banner->setFocus();
    QTest::keyClick(banner, Qt::Key_Space);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), 1);
}

void TestTray::summaryOpensTheNewestChat()
{
    Setup s;
    QSignalSpy spy(s.center.get(), &ui::NotificationCenter::notify);
    QSignalSpy open(s.center.get(), &ui::NotificationCenter::chatOpenRequested);
    QSignalSpy list(s.center.get(), &ui::NotificationCenter::listRequested);
    QList<Event> batch;
    for (int i = 0; i < 3; ++i)
        batch << s.chatEvent(EventType::ChatCreated, newChat(60 + i, u"S %1"_s.arg(i)));
    s.apply(batch);
    QCOMPARE(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<ui::Notification>();
    QCOMPARE(n.kind, Kind::Summary);
    s.center->activate(n);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 62);
    // A chat that is gone by then: the list instead.
    ui::Notification gone = n;
    gone.chatId = 999;
    s.center->activate(gone);
    QCOMPARE(open.count(), 1);
    QCOMPARE(list.count(), 1);
}

void TestTray::noTrayNoticeIsShownOncePerProfile()
{
    uifix::TempSettings ini;
    QWidget window;
    window.resize(800, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    {
        auto settings = ini.open();
        ui::SettingsPreferencesStore prefs(settings.get());
        ui::Notifier notifier(nullptr, &window, &prefs);
        QSignalSpy activated(&notifier, &ui::Notifier::activated);
        notifier.start();
        QVERIFY(notifier.banner()->isVisible());
        QCOMPARE(notifier.banner()->notification().kind, Kind::Notice);
        QVERIFY(notifier.banner()->titleLabel()->text().contains(u"No system tray"_s));
        // Clicking the notice only closes it.
        QTest::mouseClick(notifier.banner(), Qt::LeftButton);
        QVERIFY(!notifier.banner()->isVisible());
        QCOMPARE(activated.count(), 0);
    }
    QSettings check(ini.path(), QSettings::IniFormat);
    QCOMPARE(check.value(u"preferences/trayNoticeShown"_s).toBool(), true);
    {
        auto settings = ini.open();
        ui::SettingsPreferencesStore prefs(settings.get());
        ui::Notifier notifier(nullptr, &window, &prefs);
        notifier.start();
        QVERIFY(!notifier.banner()->isVisible());
    }
}

void TestTray::soundFollowsThePreference()
{
    Prefs prefs;
    QWidget window;
    ui::Notifier notifier(nullptr, &window, &prefs);
    int beeps = 0;
    notifier.setSound([&beeps] { ++beeps; });
    ui::Notification n{Kind::Message, 1, u"Lena Vogel"_s, u"hi"_s, 0, 1};
    notifier.show(n);
    QCOMPARE(beeps, 0);
    prefs.p.sound = true;
    notifier.show(n);
    QCOMPARE(beeps, 1);
}

void TestTray::trayImagesDifferByVariantAndCount()
{
    using V = ui::TrayIcon::Variant;
    const QImage normal = ui::TrayIcon::render(V::Normal, 0, 32).toImage();
    const QImage unread1 = ui::TrayIcon::render(V::Unread, 1, 32).toImage();
    const QImage unread5 = ui::TrayIcon::render(V::Unread, 5, 32).toImage();
    const QImage many = ui::TrayIcon::render(V::Unread, 250, 32).toImage();
    const QImage offline = ui::TrayIcon::render(V::Offline, 0, 32).toImage();
    QCOMPARE(normal.size(), QSize(32, 32));
    QVERIFY(uifix::distinctColors(normal) > 2);
    QVERIFY(normal != unread1);
    QVERIFY(unread1 != unread5);
    QVERIFY(unread5 != many);
    QVERIFY(normal != offline);
    QVERIFY(unread1 != offline);
    // Offline is grey: no pixel has colour.
    for (int y = 0; y < offline.height(); ++y)
        for (int x = 0; x < offline.width(); ++x) {
            const QColor c = offline.pixelColor(x, y);
            QVERIFY(qAbs(c.red() - c.green()) <= 2 && qAbs(c.green() - c.blue()) <= 2);
        }
    // The badge is red on the unread image, absent on the normal one.
    const QColor corner = unread1.pixelColor(27, 6);
    QVERIFY2(corner.red() > 150 && corner.green() < 120, qPrintable(corner.name()));
    QVERIFY(normal.pixelColor(27, 6) != corner);

    // The icon object follows the count and the connection.
    ui::TrayIcon tray;
    QVERIFY(!tray.isAvailable()); // offscreen has no tray
    QCOMPARE(tray.variant(), V::Normal);
    const QImage a = tray.icon().pixmap(32).toImage();
    tray.setUnreadCount(3);
    QCOMPARE(tray.variant(), V::Unread);
    const QImage b = tray.icon().pixmap(32).toImage();
    tray.setUnreadCount(4);
    const QImage c = tray.icon().pixmap(32).toImage();
    tray.setOnline(false);
    QCOMPARE(tray.variant(), V::Offline);
    const QImage d = tray.icon().pixmap(32).toImage();
    QVERIFY(a != b);
    QVERIFY(b != c);
    QVERIFY(c != d);
}

void TestTray::trayMenuAndTooltip()
{
    ui::TrayIcon tray;
    QSignalSpy show(&tray, &ui::TrayIcon::showWindowRequested);
    QSignalSpy dnd(&tray, &ui::TrayIcon::doNotDisturbToggled);
    QSignalSpy quit(&tray, &ui::TrayIcon::quitRequested);
    const QList<QAction*> actions = tray.menu()->actions();
    QVERIFY(actions.contains(tray.showAction()));
    QVERIFY(actions.contains(tray.doNotDisturbAction()));
    QVERIFY(actions.contains(tray.quitAction()));
    QVERIFY(tray.doNotDisturbAction()->isCheckable());
    QVERIFY(!tray.menu()->accessibleName().isEmpty());
    for (QAction* a : actions)
        QVERIFY(a->isSeparator() || QKeySequence::mnemonic(a->text()).isEmpty());

    tray.setUnreadCount(2);
    QVERIFY2(tray.toolTip().contains(u'2'), qPrintable(tray.toolTip()));
    tray.showAction()->trigger();
    QCOMPARE(show.count(), 1);
    tray.doNotDisturbAction()->trigger();
    QCOMPARE(dnd.count(), 1);
    QCOMPARE(dnd.at(0).at(0).toBool(), true);
    QVERIFY(tray.doNotDisturb());
    QVERIFY(tray.toolTip().contains(u"Do not disturb"_s));
    tray.setDoNotDisturb(false);
    QCOMPARE(dnd.count(), 2);
    tray.quitAction()->trigger();
    QCOMPARE(quit.count(), 1);
    tray.setOnline(false);
    QVERIFY(tray.toolTip().contains(u"Offline"_s));
}

void TestTray::trayActivationTogglesTheWindow()
{
    QWidget window;
    window.setAccessibleName(u"Baton"_s);
    window.resize(400, 300);
    ui::TrayIcon::toggleWindow(&window);
    QVERIFY(window.isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ui::TrayIcon::toggleWindow(&window);
    QVERIFY(!window.isVisible());
    ui::TrayIcon::toggleWindow(&window);
    QVERIFY(window.isVisible());
    window.showMinimized();
    ui::TrayIcon::showWindow(&window);
    QVERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
