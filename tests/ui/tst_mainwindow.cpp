#include "uifixtures.h"

#include <models/agentdirectory.h>
#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <models/subscribercard.h>
#include <ui/chatlistpane.h>
#include <ui/composer.h>
#include <ui/connectionindicator.h>
#include <ui/conversationpane.h>
#include <ui/limitedtextedit.h>
#include <ui/mainwindow.h>
#include <ui/notespanel.h>
#include <ui/shortcutmap.h>
#include <ui/shortcutsdialog.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>

#include <map>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

// What the app's composition root does, reduced to what the window needs:
// the list models, and per-chat models created when a chat is opened.
struct Console {
    explicit Console(const uifix::TempSettings& temp)
        : settings(temp.open())
        , drafts(settings.get())
        , shortcutStore(settings.get())
        , layout(settings.get())
    {
        list.setChats(uifix::workspace());
        filter.setCurrentAgentId(uifix::kMe);
        agents.setAgents(uifix::agents());
        ui::MainWindow::Context context;
        context.chats = &filter;
        context.agents = &agents;
        context.card = &card;
        context.drafts = &drafts;
        context.shortcuts = &shortcutStore;
        context.layout = &layout;
        context.clock = clock.clock();
        window = std::make_unique<ui::MainWindow>(context);
        window->setCurrentAgent(uifix::kMe, false);
        QObject::connect(window.get(), &ui::MainWindow::chatOpenRequested, window.get(),
                         [this](qint64 id) { open(id); });
    }

    void open(qint64 id)
    {
        auto& m = messages[id];
        if (!m) {
            m = std::make_unique<models::MessageModel>(id, &agents);
            m->setMessages(uifix::history(id), false);
            notes[id] = std::make_unique<models::NotesModel>(id, &agents);
            notes[id]->setNotes(uifix::notes(id));
        }
        card.setSubscriber(uifix::subscriber(list.chat(id)->subscriberId, list.chat(id)->channel));
        window->showChat(id, m.get(), notes[id].get());
        opened.append(id);
    }

    void show()
    {
        window->resize(1400, 900);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, key, modifiers);
    }

    uifix::TestClock clock;
    std::unique_ptr<QSettings> settings;
    ui::SettingsDraftStore drafts;
    ui::SettingsShortcutStore shortcutStore;
    ui::SettingsLayoutStore layout;
    models::ChatListModel list;
    models::ChatFilterModel filter{&list};
    models::AgentDirectory agents;
    models::SubscriberCard card{&agents};
    std::map<qint64, std::unique_ptr<models::MessageModel>> messages;
    std::map<qint64, std::unique_ptr<models::NotesModel>> notes;
    QList<qint64> opened;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

// The whole console window: shortcuts, keyboard triage, rebinding,
// accessibility, layout, palette and help.
class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noDefaultShortcutUsesAltWithACharacter();
    void keyboardOnlyTriage();
    void rebindingTakesEffectAndSurvivesANewWindow();
    void everyActionAndControlHasAnAccessibleName();
    void splitterSizesAreRestored();
    void commandPaletteRunsACommandByName();
    void helpOverlayListsEveryShortcut();
    void statusBarShowsTheConnection();
    void theChatListSaysWhenItHasPainted();
};

void TestMainWindow::noDefaultShortcutUsesAltWithACharacter()
{
    // The check itself can fail.
    QVERIFY(ui::ShortcutMap::usesAltCharacter(QKeySequence(Qt::ALT | Qt::Key_N)));
    QVERIFY(
        ui::ShortcutMap::usesAltCharacter(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E))); // AltGr+E
    QVERIFY(ui::ShortcutMap::usesAltCharacter(QKeySequence(Qt::ALT | Qt::Key_1)));
    QVERIFY(!ui::ShortcutMap::usesAltCharacter(QKeySequence(Qt::ALT | Qt::Key_Down)));

    const auto entries = ui::ShortcutMap::defaultEntries();
    QVERIFY(entries.size() >= 28);
    QStringList ids;
    for (const auto& e : entries) {
        QVERIFY2(!e.name.isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.defaults.isEmpty(), qPrintable(e.id));
        for (const QKeySequence& k : e.defaults)
            QVERIFY2(!ui::ShortcutMap::usesAltCharacter(k), qPrintable(e.id + u' ' + k.toString()));
        ids.append(e.id);
    }
    for (const QString& required :
         {u"chat.next"_s,     u"chat.previous"_s,      u"chat.open"_s,    u"composer.focus"_s,
          u"composer.send"_s, u"chat.close"_s,         u"chat.unread"_s,  u"chat.assignMe"_s,
          u"chat.assign"_s,   u"bot.menu"_s,           u"bot.snooze15"_s, u"bot.snooze1h"_s,
          u"bot.snooze4h"_s,  u"bot.snoozeTomorrow"_s, u"bot.continue"_s, u"note.add"_s,
          u"list.search"_s,   u"list.open"_s,          u"list.unread"_s,  u"list.closed"_s,
          u"list.all"_s,      u"app.palette"_s,        u"app.help"_s})
        QVERIFY2(ids.contains(required), qPrintable(required));
    ui::ShortcutMap map;
    QVERIFY(map.conflicts().isEmpty());
    QCOMPARE(map.shortcuts(u"app.palette"_s),
             (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_K)}));
    QCOMPARE(map.shortcuts(u"app.help"_s).size(), 2);
    QCOMPARE(map.shortcuts(u"list.unread"_s),
             (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_2)}));
}

void TestMainWindow::keyboardOnlyTriage()
{
    uifix::TempSettings temp;
    Console c(temp);
    c.show();
    ui::ChatListPane* list = c.window->chatList();
    ui::ConversationPane* conversation = c.window->conversation();

    c.key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // go to the list
    QVERIFY(list->view()->hasFocus());
    QCOMPARE(list->currentChatId(), 1);
    c.key(Qt::Key_Return); // open it
    QCOMPARE(c.opened, (QList<qint64>{1}));
    QCOMPARE(conversation->titleText(), u"Lena Vogel"_s);

    c.key(Qt::Key_Down, Qt::AltModifier); // next chat
    QCOMPARE(list->currentChatId(), 2);
    QCOMPARE(c.opened.last(), 2);
    QCOMPARE(conversation->titleText(), u"Maya Lindqvist"_s);
    c.key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(list->currentChatId(), 3);
    c.key(Qt::Key_Up, Qt::AltModifier); // previous chat
    QCOMPARE(list->currentChatId(), 2);
    QCOMPARE(list->selectedChatIds(), (QList<qint64>{2}));

    c.key(Qt::Key_2, Qt::ControlModifier); // Unread
    QCOMPARE(list->list(), protocol::ChatList::Unread);
    QCOMPARE(list->tabs()->currentIndex(), 1);
    for (int row = 0; row < c.filter.rowCount(); ++row)
        QVERIFY(c.list.chat(c.filter.chatIdAt(row))->unreadCount > 0);
    c.key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(list->currentChatId(), 1); // first unread
    c.key(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(list->list(), protocol::ChatList::All);

    // Search, Enter opens the match.
    c.key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(list->searchField()->hasFocus());
    QTest::keyClicks(list->searchField(), u"tom"_s);
    c.key(Qt::Key_Return);
    QCOMPARE(c.opened.last(), 7);

    // Reply: Tom's WhatsApp window is closed, so open Maya (Telegram) instead.
    c.key(Qt::Key_1, Qt::ControlModifier);
    list->searchField()->clear();
    list->selectChat(2);
    list->openCurrent();
    QSignalSpy sends(conversation->composer(), &ui::Composer::sendRequested);
    c.key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(conversation->composer()->editor()->hasFocus());
    QTest::keyClicks(conversation->composer()->editor(), u"Checking now"_s);
    c.key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.at(0).at(0).toLongLong(), 2);

    QList<protocol::BotStatusRequest> bot;
    connect(conversation, &ui::ConversationPane::botStatusRequested, this,
            [&](qint64, const protocol::BotStatusRequest& r) { bot.append(r); });
    QSignalSpy assign(conversation, &ui::ConversationPane::assignRequested);
    QSignalSpy close(conversation, &ui::ConversationPane::closeRequested);
    QSignalSpy unread(conversation, &ui::ConversationPane::markUnreadRequested);
    c.key(Qt::Key_F6); // snooze 15 min
    QCOMPARE(bot.size(), 1);
    QCOMPARE(bot.first().state, protocol::BotState::Snoozed);
    QCOMPARE(bot.first().until, std::optional(uifix::now().addSecs(15 * 60)));
    c.key(Qt::Key_F9); // until tomorrow 09:00
    QCOMPARE(bot.last().until,
             std::optional(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())));

    c.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // note
    QCOMPARE(conversation->tabs()->currentWidget(), conversation->notesPanel());
    QVERIFY(conversation->notesPanel()->editor()->hasFocus());
    c.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); // assign to me
    QCOMPARE(assign.size(), 1);
    QCOMPARE(assign.at(0).at(1).toLongLong(), uifix::kMe);
    c.key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier); // mark unread
    QCOMPARE(unread.size(), 1);
    c.key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // close
    QCOMPARE(close.size(), 1);
    QCOMPARE(close.at(0).at(0).toLongLong(), 2);
}

void TestMainWindow::rebindingTakesEffectAndSurvivesANewWindow()
{
    uifix::TempSettings temp;
    {
        Console c(temp);
        c.show();
        c.key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = c.window->findChild<ui::ShortcutsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // Keyboard only: the table has the focus, Ctrl+Home picks the first
        // command ("Next chat"); Tab leaves the key editor for Assign.
        QTRY_VERIFY(dialog->table()->hasFocus());
        c.key(Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(dialog->table()->currentRow(), 0);
        QCOMPARE(dialog->table()->item(0, 0)->data(Qt::UserRole).toString(), u"chat.next"_s);
        const auto assignKeys = [&](Qt::Key k, Qt::KeyboardModifiers m) {
            c.key(k, m);
            c.key(Qt::Key_Tab);
            QVERIFY(dialog->assignButton()->hasFocus());
            c.key(Qt::Key_Space);
        };
        // Alt+N is refused (AltGr layouts), so is a key another command uses.
        c.key(Qt::Key_Tab);
        QVERIFY(dialog->keyEdit()->hasFocus());
        assignKeys(Qt::Key_N, Qt::AltModifier);
        QVERIFY(dialog->errorText().contains(u"AltGr"_s));
        c.key(Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(dialog->keyEdit()->hasFocus());
        assignKeys(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(dialog->errorText().contains(u"Command palette"_s));
        QCOMPARE(c.window->shortcutMap()->shortcuts(u"chat.next"_s),
                 (QList<QKeySequence>{QKeySequence(Qt::ALT | Qt::Key_Down)}));

        c.key(Qt::Key_Tab, Qt::ShiftModifier);
        assignKeys(Qt::Key_J, Qt::ControlModifier);
        QVERIFY(dialog->errorText().isEmpty());
        QCOMPARE(c.window->action(u"chat.next"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
        dialog->close();
        QApplication::setActiveWindow(c.window.get());
        QVERIFY(QTest::qWaitForWindowActive(c.window.get()));

        c.window->chatList()->focusList();
        QCOMPARE(c.window->chatList()->currentChatId(), 1);
        c.key(Qt::Key_F,
              Qt::ControlModifier); // in the search field the list's own arrows don't apply
        c.key(Qt::Key_Down, Qt::AltModifier); // the old binding does nothing now
        QCOMPARE(c.window->chatList()->currentChatId(), 1);
        c.key(Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(c.window->chatList()->currentChatId(), 2);
    }
    // A new window (a restart) reads the binding back.
    Console c(temp);
    c.show();
    QCOMPARE(c.window->action(u"chat.next"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    c.window->chatList()->focusList();
    c.key(Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(c.window->chatList()->currentChatId(), 2);
    QCOMPARE(c.opened.last(), 2);
    // Only the difference from the defaults is stored.
    c.settings->sync();
    c.settings->beginGroup(u"shortcuts"_s);
    QCOMPARE(c.settings->childKeys(), QStringList{u"chat.next"_s});
    c.settings->endGroup();
}

void TestMainWindow::everyActionAndControlHasAnAccessibleName()
{
    uifix::TempSettings temp;
    Console c(temp);
    c.show();
    c.open(1);

    // Qt's own helpers (scroll-area corners, menu-bar extension, clear buttons).
    const auto internal = [](const QObject* o) {
        return o->objectName().startsWith(u"qt_"_s) || o->objectName().startsWith(u"_q_"_s);
    };
    const auto insideComposite = [](const QWidget* w) {
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
                qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p) ||
                qobject_cast<const QTabBar*>(p) || qobject_cast<const QKeySequenceEdit*>(p))
                return true;
        }
        return false;
    };
    int checked = 0;
    QStringList missing;
    for (QWidget* w : c.window->findChildren<QWidget*>()) {
        if (internal(w) || insideComposite(w) || qobject_cast<QHeaderView*>(w))
            continue;
        const bool interactive = qobject_cast<QAbstractButton*>(w) ||
                                 qobject_cast<QAbstractItemView*>(w) ||
                                 qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QTabBar*>(w) ||
                                 qobject_cast<QAbstractSpinBox*>(w);
        if (!interactive)
            continue;
        ++checked;
        QString name = w->accessibleName();
        if (name.isEmpty()) {
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                name = b->text();
            if (auto* t = qobject_cast<QTabBar*>(w);
                t && t->count() > 0 && !t->tabText(0).isEmpty())
                name = t->tabText(0);
        }
        if (name.trimmed().isEmpty())
            missing.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QVERIFY(checked > 40);

    int actions = 0;
    for (QAction* a : c.window->findChildren<QAction*>()) {
        // Actions of Qt's own helpers (the menu bar's overflow menu) are theirs.
        bool ours = true;
        for (const QObject* o = a; o; o = o->parent())
            ours = ours && !internal(o);
        if (a->isSeparator() || !ours)
            continue;
        // A menu's own action shown only by Qt's helpers (the menu bar's
        // overflow button) or nowhere has nothing to name.
        auto* menu = qobject_cast<QMenu*>(a->parent());
        const QList<QObject*> shownBy = a->associatedObjects();
        if (menu && menu->menuAction() == a &&
            std::all_of(shownBy.cbegin(), shownBy.cend(), internal))
            continue;
        ++actions;
        QVERIFY2(!a->text().isEmpty(),
                 qPrintable(a->objectName() + u" in "_s +
                            QString::fromLatin1(a->parent()->metaObject()->className()) + u' ' +
                            a->parent()->objectName()));
    }
    QVERIFY(actions >= 29);
    QCOMPARE(uifix::mnemonics(c.window.get()), QStringList());
    for (const QString& id : c.window->shortcutMap()->ids()) {
        QAction* a = c.window->action(id);
        QVERIFY2(a, qPrintable(id));
        QVERIFY(!a->text().isEmpty()); // the composer's buttons keep short labels ("Send")
        QCOMPARE(a->toolTip(), c.window->shortcutMap()->name(id));
        QCOMPARE(a->shortcuts(), c.window->shortcutMap()->shortcuts(id));
    }
}

void TestMainWindow::splitterSizesAreRestored()
{
    uifix::TempSettings temp;
    QList<int> saved;
    {
        Console c(temp);
        c.show();
        c.window->splitter()->setSizes({260, 760, 380});
        saved = c.window->splitter()->sizes();
        QVERIFY(saved != (QList<int>{320, 640, 320}));
        c.window->close();
    }
    Console c(temp);
    c.show();
    QCOMPARE(c.window->splitter()->sizes(), saved);
}

void TestMainWindow::commandPaletteRunsACommandByName()
{
    uifix::TempSettings temp;
    Console c(temp);
    c.show();
    c.key(Qt::Key_K, Qt::ControlModifier);
    ui::CommandPalette* palette = c.window->commandPalette();
    QVERIFY(palette->isVisible());
    QVERIFY(palette->field()->hasFocus());
    QVERIFY(palette->visibleNames().size() > 20);
    QTest::keyClicks(palette->field(), u"show clo"_s);
    QCOMPARE(palette->visibleNames(), QStringList{u"Show closed chats"_s});
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(c.window->chatList()->list(), protocol::ChatList::Closed);

    c.key(Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(palette->field(), u"no such command"_s);
    QVERIFY(palette->visibleNames().isEmpty());
    QCOMPARE(c.window->splitter()->count(), 3);
    QTest::keyClick(palette->field(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestMainWindow::helpOverlayListsEveryShortcut()
{
    uifix::TempSettings temp;
    Console c(temp);
    c.show();
    c.key(Qt::Key_F1);
    ui::ShortcutHelpOverlay* help = c.window->helpOverlay();
    QVERIFY(help->isVisible());
    QCOMPARE(help->table()->rowCount(), c.window->shortcutMap()->ids().size());
    QStringList keys;
    for (int row = 0; row < help->table()->rowCount(); ++row)
        keys.append(help->table()->item(row, 1)->text());
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    c.key(Qt::Key_Escape);
    QVERIFY(!help->isVisible());
    c.key(Qt::Key_Slash, Qt::ControlModifier);
    QVERIFY(help->isVisible());
    // It floats over the panes; it is not one of them.
    QCOMPARE(c.window->splitter()->count(), 3);
    QVERIFY(help->geometry().width() > c.window->splitter()->width() / 2);
}

void TestMainWindow::statusBarShowsTheConnection()
{
    uifix::TempSettings temp;
    Console c(temp);
    c.show();
    c.window->connection()->setOffline(uifix::ago(120));
    QVERIFY(c.window->connection()->isVisible());
    QVERIFY(c.window->connection()->text().contains(u"2 min ago"_s));
    c.window->connection()->setOnline();
    QCOMPARE(c.window->connection()->text(), u"Online"_s);
}

// The app starts decoding the rest of the cached chats at this signal.
void TestMainWindow::theChatListSaysWhenItHasPainted()
{
    uifix::TempSettings temp;
    Console c(temp);
    QSignalSpy painted(c.window.get(), &ui::MainWindow::chatListPainted);
    QCoreApplication::processEvents();
    QCOMPARE(painted.size(), 0); // not shown: nothing painted
    c.show();
    QTRY_COMPARE(painted.size(), 1);
    // Scrolling's paints say nothing; a new list's first paint does.
    c.window->chatList()->view()->viewport()->repaint();
    QCoreApplication::processEvents();
    QCOMPARE(painted.size(), 1);
    c.list.setChats(uifix::workspace());
    QTRY_COMPARE(painted.size(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
