#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <ui/botstatusmenu.h>
#include <ui/chatitemdelegate.h>
#include <ui/chatlistpane.h>
#include <ui/icons.h>

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::ChatListModel;
using protocol::AssigneeFilter;
using protocol::ChatList;

ChatListPane::ChatListPane(models::ChatFilterModel* model, const models::AgentDirectory* agents,
                           Clock clock, const AvatarProvider* avatars, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , clock_(std::move(clock))
    , tabs_(new QTabBar(this))
    , channel_(new QComboBox(this))
    , type_(new QComboBox(this))
    , assignee_(new QComboBox(this))
    , search_(new QLineEdit(this))
    , view_(new QListView(this))
    , delegate_(new ChatItemDelegate(agents, clock_, avatars, this))
{
    setAccessibleName(tr("Chats"));
    tabs_->setAccessibleName(tr("Chat lists"));
    tabs_->setExpanding(true);
    // All four tabs and their counts stay whole: the pane is as wide as
    // they need (wider in German than in English), nothing scrolls away.
    tabs_->setUsesScrollButtons(false);
    tabs_->setElideMode(Qt::ElideNone);
    tabs_->setFocusPolicy(Qt::StrongFocus);
    for (int i = 0; i < 4; ++i)
        tabs_->addTab(QString());
    tabs_->setCurrentIndex(static_cast<int>(model_->query().list));

    channel_->setAccessibleName(tr("Messaging app"));
    channel_->addItem(tr("All apps"), -1);
    for (const auto c : protocol::allValues<protocol::Channel>())
        channel_->addItem(icons::icon(icons::channelIconName(c)), Names::channel(c),
                          static_cast<int>(c));
    type_->setAccessibleName(tr("Chat type"));
    type_->addItem(tr("All types"), -1);
    type_->addItem(tr("Personal"), static_cast<int>(protocol::ChatType::Personal));
    type_->addItem(tr("Groups"), static_cast<int>(protocol::ChatType::Group));
    assignee_->setAccessibleName(tr("Assignee"));
    assignee_->addItem(tr("Everyone's"), static_cast<int>(AssigneeFilter::All));
    assignee_->addItem(tr("Mine"), static_cast<int>(AssigneeFilter::Me));
    assignee_->addItem(tr("Unassigned"), static_cast<int>(AssigneeFilter::Unassigned));
    search_->setAccessibleName(tr("Search chats"));
    search_->setPlaceholderText(tr("Search name, username, email, phone"));
    search_->setClearButtonEnabled(true);

    view_->setAccessibleName(tr("Chat list"));
    view_->setModel(model_);
    view_->setItemDelegate(delegate_);
    view_->setUniformItemSizes(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setMouseTracking(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(channel_, 1);
    filters->addWidget(type_, 1);
    filters->addWidget(assignee_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    layout->addLayout(filters);
    layout->addWidget(search_);
    layout->addWidget(view_, 1);

    connect(tabs_, &QTabBar::currentChanged, this, [this](int i) {
        model_->setList(static_cast<ChatList>(i));
        // Another list: "next chat" starts again from its top.
        view_->selectionModel()->clear();
        view_->scrollToTop();
    });
    connect(channel_, &QComboBox::currentIndexChanged, this, [this] {
        const int v = channel_->currentData().toInt();
        model_->setChannel(v < 0 ? std::nullopt : std::optional(static_cast<protocol::Channel>(v)));
    });
    connect(type_, &QComboBox::currentIndexChanged, this, [this] {
        const int v = type_->currentData().toInt();
        model_->setChatType(v < 0 ? std::nullopt
                                  : std::optional(static_cast<protocol::ChatType>(v)));
    });
    connect(assignee_, &QComboBox::currentIndexChanged, this, [this] {
        model_->setAssigneeFilter(static_cast<AssigneeFilter>(assignee_->currentData().toInt()));
    });
    connect(search_, &QLineEdit::textChanged, model_, &models::ChatFilterModel::setSearch);
    connect(view_, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT chatActivated(index.data(ChatListModel::IdRole).toLongLong());
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentChatChanged(
                    current.isValid() ? current.data(ChatListModel::IdRole).toLongLong() : 0);
            });
    connect(model_->chatList()->counts(), &models::ListCounts::changed, this,
            &ChatListPane::updateCounts);
    connect(model_->chatList(), &models::ChatListModel::loadingChanged, this,
            &ChatListPane::updateCounts);
    connect(model_, &models::ChatFilterModel::queryChanged, this, [this] {
        const int list = static_cast<int>(model_->query().list);
        if (tabs_->currentIndex() != list)
            tabs_->setCurrentIndex(list);
    });

    // The countdowns ("wakes in 42 min") move: repaint the visible rows.
    auto* timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, view_->viewport(), qOverload<>(&QWidget::update));
    timer->start();

    updateCounts();
}

void ChatListPane::setCurrentAgentId(qint64 agentId)
{
    delegate_->setCurrentAgentId(agentId);
    model_->setCurrentAgentId(agentId);
    view_->viewport()->update();
}

void ChatListPane::updateCounts()
{
    const models::ListCounts* counts = model_->chatList()->counts();
    const QString names[] = {tr("Open"), tr("Unread"), tr("Closed"), tr("All")};
    if (model_->chatList()->isLoading()) {
        // The rows below the first screen are still coming from the cache:
        // a count now would be too low, so there is none until they are in.
        for (int i = 0; i < 4; ++i) {
            tabs_->setTabText(i, names[i]);
            tabs_->setTabToolTip(i, names[i]);
        }
        return;
    }
    for (int i = 0; i < 4; ++i) {
        const qint64 n = counts->count(static_cast<ChatList>(i));
        tabs_->setTabText(i, tr("%1 (%2)").arg(names[i]).arg(n));
        tabs_->setTabToolTip(i, tr("%1: %n chats", nullptr, static_cast<int>(n)).arg(names[i]));
    }
}

void ChatListPane::setList(ChatList list)
{
    tabs_->setCurrentIndex(static_cast<int>(list));
}

ChatList ChatListPane::list() const
{
    return static_cast<ChatList>(tabs_->currentIndex());
}

qint64 ChatListPane::currentChatId() const
{
    const QModelIndex current = view_->currentIndex();
    return current.isValid() ? current.data(ChatListModel::IdRole).toLongLong() : 0;
}

QList<qint64> ChatListPane::selectedChatIds() const
{
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> out;
    for (const QModelIndex& i : std::as_const(rows))
        out.append(i.data(ChatListModel::IdRole).toLongLong());
    return out;
}

QList<qint64> ChatListPane::selectedSubscriberIds() const
{
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> out;
    for (const QModelIndex& i : std::as_const(rows))
        out.append(i.data(ChatListModel::SubscriberIdRole).toLongLong());
    return out;
}

bool ChatListPane::selectChat(qint64 chatId)
{
    for (int row = 0; row < model_->rowCount(); ++row) {
        if (model_->chatIdAt(row) == chatId) {
            const QModelIndex index = model_->index(row, 0);
            view_->setCurrentIndex(index);
            view_->scrollTo(index);
            return true;
        }
    }
    return false;
}

qint64 ChatListPane::move(int delta)
{
    const int rows = model_->rowCount();
    if (rows == 0)
        return 0;
    const QModelIndex current = view_->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    row = std::clamp(row, 0, rows - 1);
    // Through the view (not the selection model), so the view knows a current
    // row was chosen and does not move it when it gets the focus.
    const QModelIndex index = model_->index(row, 0);
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
    return currentChatId();
}

qint64 ChatListPane::selectNext()
{
    return move(1);
}

qint64 ChatListPane::selectPrevious()
{
    return move(-1);
}

void ChatListPane::openCurrent()
{
    if (const qint64 id = currentChatId())
        Q_EMIT chatActivated(id);
}

void ChatListPane::focusSearch()
{
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

void ChatListPane::focusList()
{
    view_->setFocus(Qt::ShortcutFocusReason);
    if (!view_->currentIndex().isValid() && model_->rowCount() > 0)
        move(1);
}

QMenu* ChatListPane::createContextMenu()
{
    const QList<qint64> subscribers = selectedSubscriberIds();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Chat actions"));
    QAction* open = menu->addAction(tr("Open chat"));
    open->setEnabled(currentChatId() != 0);
    connect(open, &QAction::triggered, this, &ChatListPane::openCurrent);
    if (subscribers.isEmpty())
        return menu;

    // Owned by the pane, not the menu: a custom-time dialog outlives the menu.
    auto* bot = new BotStatusMenu(clock_, this);
    connect(menu, &QObject::destroyed, bot, [bot] {
        if (CustomTimeDialog* dialog = bot->openDialog())
            connect(dialog, &QObject::destroyed, bot, &QObject::deleteLater);
        else
            bot->deleteLater();
    });
    const bool bulk = subscribers.size() > 1;
    bot->setBulk(bulk);
    bot->setTitle(bulk
                      ? tr("Bot status for %n chats", nullptr, static_cast<int>(subscribers.size()))
                      : tr("Bot status"));
    if (!bulk) {
        protocol::BotStatus status;
        const QModelIndex current = view_->selectionModel()->selectedRows().value(0);
        status.state =
            static_cast<protocol::BotState>(current.data(ChatListModel::BotStateRole).toInt());
        const QDateTime until = current.data(ChatListModel::BotUntilRole).toDateTime();
        if (until.isValid())
            status.until = until;
        bot->setStatus(status);
    }
    connect(bot, &BotStatusMenu::changeRequested, this,
            [this, subscribers](protocol::BotState state, const QDateTime& until) {
                Q_EMIT botStatusRequested(subscribers, state, until);
            });
    connect(bot, &BotStatusMenu::extendRequested, this, [this, subscribers](int minutes) {
        Q_EMIT extendRequested(subscribers.first(), minutes);
    });
    connect(bot, &BotStatusMenu::continueRequested, this,
            [this, subscribers] { Q_EMIT continueRequested(subscribers.first()); });
    menu->addMenu(bot);
    return menu;
}

void ChatListPane::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu();
    QPoint pos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect r = view_->visualRect(view_->currentIndex());
        pos = view_->viewport()->mapToGlobal(r.isValid() ? r.center() : QPoint(0, 0));
    }
    menu->popup(pos);
}

} // namespace baton::ui
