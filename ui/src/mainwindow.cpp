#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <ui/botstatusmenu.h>
#include <ui/chatlistpane.h>
#include <ui/composer.h>
#include <ui/connectionindicator.h>
#include <ui/conversationpane.h>
#include <ui/mainwindow.h>
#include <ui/shortcutmap.h>
#include <ui/shortcutsdialog.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>

#include <QAction>
#include <QCloseEvent>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using Preset = BotStatusMenu::Preset;

MainWindow::MainWindow(const Context& context, QWidget* parent)
    : QMainWindow(parent)
    , context_(context)
    , shortcuts_(new ShortcutMap(context.shortcuts, this))
{
    if (!context_.clock)
        context_.clock = systemClock();
    setWindowTitle(tr("Baton"));
    setAccessibleName(tr("Baton"));

    // The overlays (help, palette) float over this container; they can't be
    // children of the splitter, which makes every child widget a pane.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    splitter_ = new QSplitter(Qt::Horizontal, central);
    centralLayout->addWidget(splitter_);
    splitter_->setObjectName(u"mainSplitter"_s);
    splitter_->setAccessibleName(tr("Panes"));
    splitter_->setChildrenCollapsible(false);
    list_ = new ChatListPane(context_.chats, context_.agents, context_.clock, context_.avatars,
                             splitter_);
    conversation_ =
        new ConversationPane(context_.chats->chatList(), context_.agents, context_.drafts,
                             context_.clock, context_.avatars, splitter_);
    card_ = new SubscriberCardWidget(context_.card, context_.clock, context_.avatars, splitter_);
    list_->view()->viewport()->installEventFilter(this);
    // Said once per new list (a reset: the first screen of a load), not at
    // every paint of scrolling.
    connect(context_.chats, &QAbstractItemModel::modelReset, this,
            [this] { listPaintPending_ = true; });
    splitter_->addWidget(list_);
    splitter_->addWidget(conversation_);
    splitter_->addWidget(card_);
    // The conversation takes what the window gains; the list keeps room for
    // its four tabs, the card for its fields.
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setStretchFactor(2, 0);
    splitter_->setSizes({380, 700, 320});
    setCentralWidget(central);

    connection_ = new ConnectionIndicator(context_.clock, this);
    statusBar()->addPermanentWidget(connection_);
    statusBar()->setAccessibleName(tr("Status bar"));

    help_ = new ShortcutHelpOverlay(shortcuts_, central);

    connect(list_, &ChatListPane::chatActivated, this, &MainWindow::chatOpenRequested);
    connect(splitter_, &QSplitter::splitterMoved, this, &MainWindow::saveLayout);
    connect(shortcuts_, &ShortcutMap::changed, this, &MainWindow::applyShortcut);

    createActions();
    palette_ = new CommandPalette(commandActions(), centralWidget());
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::bind(const QString& id, QAction* action)
{
    action->setObjectName(id);
    if (action->text().isEmpty())
        action->setText(shortcuts_->name(id));
    action->setToolTip(shortcuts_->name(id));
    actions_.insert(id, action);
    switch (shortcuts_->scope(id)) {
    case ShortcutMap::Scope::Window:
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        break;
    case ShortcutMap::Scope::ChatList:
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        list_->addAction(action);
        break;
    case ShortcutMap::Scope::Composer:
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        break; // already on the composer
    }
    applyShortcut(id);
    return action;
}

void MainWindow::applyShortcut(const QString& id)
{
    if (QAction* a = actions_.value(id))
        a->setShortcuts(shortcuts_->shortcuts(id));
}

void MainWindow::createActions()
{
    const auto make = [this](const QString& id, auto slot) {
        auto* a = new QAction(shortcuts_->name(id), this);
        connect(a, &QAction::triggered, this, slot);
        return bind(id, a);
    };
    const auto open = [this](qint64 id) {
        if (id != 0)
            Q_EMIT chatOpenRequested(id);
    };
    make(u"chat.next"_s, [this, open] { open(list_->selectNext()); });
    make(u"chat.previous"_s, [this, open] { open(list_->selectPrevious()); });
    make(u"chat.open"_s, [this] {
        if (list_->currentChatId() == 0)
            list_->selectNext();
        list_->openCurrent();
    });
    make(u"list.focus"_s, [this] { list_->focusList(); });
    make(u"list.search"_s, [this] { list_->focusSearch(); });
    make(u"list.open"_s, [this] { list_->setList(protocol::ChatList::Open); });
    make(u"list.unread"_s, [this] { list_->setList(protocol::ChatList::Unread); });
    make(u"list.closed"_s, [this] { list_->setList(protocol::ChatList::Closed); });
    make(u"list.all"_s, [this] { list_->setList(protocol::ChatList::All); });
    make(u"composer.focus"_s, [this] { conversation_->focusComposer(); });
    bind(u"composer.send"_s, conversation_->composer()->sendAction());
    bind(u"composer.attach"_s, conversation_->composer()->attachAction());
    bind(u"composer.emoji"_s, conversation_->composer()->emojiAction());
    make(u"note.add"_s, [this] { conversation_->focusNotes(); });
    make(u"chat.close"_s, [this] { conversation_->toggleClosed(); });
    make(u"chat.unread"_s, [this] { conversation_->markUnread(); });
    make(u"chat.assignMe"_s, [this] { conversation_->assignToMe(); });
    make(u"chat.assign"_s, [this] { conversation_->openAssigneePicker(); });
    make(u"bot.menu"_s, [this] { conversation_->openBotStatusMenu(); });
    make(u"bot.snooze15"_s, [this] { conversation_->applyBotPreset(Preset::Snooze15Min); });
    make(u"bot.snooze1h"_s, [this] { conversation_->applyBotPreset(Preset::Snooze1Hour); });
    make(u"bot.snooze4h"_s, [this] { conversation_->applyBotPreset(Preset::Snooze4Hours); });
    make(u"bot.snoozeTomorrow"_s,
         [this] { conversation_->applyBotPreset(Preset::SnoozeTomorrow); });
    make(u"bot.extend"_s, [this] { conversation_->applyBotPreset(Preset::Extend60); });
    make(u"bot.continue"_s, [this] { conversation_->applyBotPreset(Preset::Continue); });
    make(u"app.palette"_s, [this] { openCommandPalette(); });
    make(u"app.help"_s, [this] { toggleShortcutHelp(); });
    make(u"app.settings"_s, [this] { Q_EMIT settingsRequested(); });
    make(u"app.statistics"_s, [this] { Q_EMIT statisticsRequested(); });
    make(u"app.shortcuts"_s, [this] { openShortcutsDialog(); });
    make(u"app.signOut"_s, [this] { Q_EMIT signOutRequested(); });
    make(u"app.quit"_s, [this] {
        Q_EMIT quitRequested();
        close();
    });

    // Menus without mnemonics (&): Alt+letter is left to AltGr layouts.
    const auto menu = [this](const QString& title, const QStringList& ids) {
        QMenu* m = menuBar()->addMenu(title);
        m->setAccessibleName(title);
        for (const QString& id : ids) {
            if (id.isEmpty())
                m->addSeparator();
            else
                m->addAction(actions_.value(id));
        }
        return m;
    };
    menu(tr("Chats"), {u"chat.next"_s, u"chat.previous"_s, u"chat.open"_s, QString(),
                       u"list.open"_s, u"list.unread"_s, u"list.closed"_s, u"list.all"_s,
                       u"list.search"_s, u"list.focus"_s, QString(), u"app.quit"_s});
    menu(tr("Conversation"), {u"composer.focus"_s, u"composer.send"_s, u"composer.attach"_s,
                              u"composer.emoji"_s, u"note.add"_s, QString(), u"chat.assignMe"_s,
                              u"chat.assign"_s, u"chat.unread"_s, u"chat.close"_s});
    menu(tr("Bot"), {u"bot.menu"_s, u"bot.snooze15"_s, u"bot.snooze1h"_s, u"bot.snooze4h"_s,
                     u"bot.snoozeTomorrow"_s, u"bot.extend"_s, u"bot.continue"_s});
    menu(tr("Help"), {u"app.palette"_s, u"app.help"_s, u"app.shortcuts"_s});
    QMenu* account =
        menu(tr("Account"), {u"app.settings"_s, u"app.statistics"_s, QString(), u"app.signOut"_s});
    account->setObjectName(u"accountMenu"_s);
    menuBar()->setAccessibleName(tr("Menu bar"));
}

QList<QAction*> MainWindow::commandActions() const
{
    QList<QAction*> out;
    for (const QString& id : shortcuts_->ids()) {
        if (QAction* a = actions_.value(id))
            out.append(a);
    }
    return out;
}

void MainWindow::setCurrentAgent(qint64 agentId, bool admin)
{
    list_->setCurrentAgentId(agentId);
    conversation_->setCurrentAgent(agentId, admin);
}

void MainWindow::showChat(qint64 chatId, models::MessageModel* messages, models::NotesModel* notes)
{
    conversation_->showChat(chatId, messages, notes);
    if (list_->currentChatId() != chatId)
        list_->selectChat(chatId);
}

void MainWindow::openShortcutsDialog()
{
    auto* dialog = new ShortcutsDialog(shortcuts_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::toggleShortcutHelp()
{
    help_->setVisible(!help_->isVisible());
}

void MainWindow::openCommandPalette()
{
    palette_->popup();
}

void MainWindow::restoreLayout()
{
    if (!context_.layout)
        return;
    const QByteArray geometry = context_.layout->state(u"geometry"_s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray split = context_.layout->state(u"mainSplitter"_s);
    if (!split.isEmpty())
        splitter_->restoreState(split);
}

void MainWindow::saveLayout()
{
    if (!context_.layout)
        return;
    context_.layout->setState(u"geometry"_s, saveGeometry());
    context_.layout->setState(u"mainSplitter"_s, splitter_->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (listPaintPending_ && event->type() == QEvent::Paint &&
        watched == list_->view()->viewport()) {
        listPaintPending_ = false;
        QMetaObject::invokeMethod(this, &MainWindow::chatListPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace baton::ui
