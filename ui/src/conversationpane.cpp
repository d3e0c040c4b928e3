#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <ui/avatar.h>
#include <ui/composer.h>
#include <ui/conversationpane.h>
#include <ui/icons.h>
#include <ui/messageview.h>
#include <ui/notespanel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::ChatListModel;

ConversationPane::ConversationPane(models::ChatListModel* chats,
                                   const models::AgentDirectory* agents, DraftStore* drafts,
                                   Clock clock, const AvatarProvider* avatars, QWidget* parent)
    : QWidget(parent)
    , chats_(chats)
    , agents_(agents)
    , clock_(std::move(clock))
    , avatars_(avatars)
    , avatar_(new QLabel(this))
    , title_(new QLabel(this))
    , channel_(new QLabel(this))
    , assignee_(new QComboBox(this))
    , close_(new QToolButton(this))
    , unread_(new QToolButton(this))
    , bot_(new BotStatusButton(clock_, this))
    , view_(new MessageView(clock_, this))
    , tabs_(new QTabWidget(this))
    , composer_(new Composer(drafts, clock_, this))
    , notes_(new NotesPanel(agents, clock_, this))
{
    setAccessibleName(tr("Conversation"));
    avatar_->setAccessibleName(tr("Avatar"));
    title_->setAccessibleName(tr("Subscriber name"));
    title_->setTextFormat(Qt::PlainText);
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title_->setFont(f);
    channel_->setAccessibleName(tr("Messaging app"));
    // A long name or status gives way to the header's buttons rather than
    // pushing the chat list and the card narrower (the card and the list
    // show the whole name).
    for (QLabel* label : {title_, channel_}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(60);
    }
    assignee_->setAccessibleName(tr("Assignee"));
    assignee_->setToolTip(tr("Assignee"));
    close_->setAccessibleName(tr("Close chat"));
    close_->setFocusPolicy(Qt::StrongFocus);
    close_->setText(tr("Close"));
    unread_->setAccessibleName(tr("Mark as unread"));
    unread_->setText(tr("Mark unread"));
    unread_->setFocusPolicy(Qt::StrongFocus);
    tabs_->setAccessibleName(tr("Reply or note"));
    tabs_->addTab(composer_, icons::icon(u"send"_s), tr("Reply"));
    tabs_->addTab(notes_, icons::icon(u"note"_s), tr("Notes"));

    auto* header = new QHBoxLayout;
    header->addWidget(avatar_);
    auto* names = new QVBoxLayout;
    names->addWidget(title_);
    names->addWidget(channel_);
    header->addLayout(names, 1);
    header->addWidget(assignee_);
    header->addWidget(bot_);
    header->addWidget(unread_);
    header->addWidget(close_);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"conversationSplitter"_s);
    split->addWidget(view_);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The history gets most of the height; the editor's own size hint would
    // take nearly half of it.
    split->setSizes({560, 180});
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(close_, &QToolButton::clicked, this, &ConversationPane::toggleClosed);
    connect(unread_, &QToolButton::clicked, this, &ConversationPane::markUnread);
    connect(assignee_, &QComboBox::activated, this, [this](int index) {
        if (chatId_ != 0)
            Q_EMIT assignRequested(chatId_, assignee_->itemData(index).toLongLong());
    });
    connect(bot_, &BotStatusButton::changeRequested, this,
            [this](protocol::BotState state, const QDateTime& until) {
                const std::optional<protocol::Chat> c = chat();
                if (!c)
                    return;
                protocol::BotStatusRequest request;
                request.state = state;
                if (until.isValid() && state != protocol::BotState::Active)
                    request.until = until;
                request.baseVersion = c->botStatus.version;
                Q_EMIT botStatusRequested(c->subscriberId, request);
            });
    connect(bot_, &BotStatusButton::extendRequested, this, [this](int minutes) {
        if (const std::optional<protocol::Chat> c = chat())
            Q_EMIT extendRequested(c->subscriberId, minutes);
    });
    connect(bot_, &BotStatusButton::continueRequested, this, [this] {
        if (const std::optional<protocol::Chat> c = chat())
            Q_EMIT continueRequested(c->subscriberId);
    });
    connect(view_, &MessageView::replyRequested, this, [this](qint64 id, const QString& quote) {
        composer_->setReplyTo(id, quote);
        focusComposer();
    });
    connect(view_, &MessageView::editRequested, composer_, &Composer::startEdit);

    const auto follow = [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            if (chats_->index(row).data(ChatListModel::IdRole).toLongLong() == chatId_) {
                refreshHeader();
                return;
            }
        }
    };
    connect(chats_, &QAbstractItemModel::dataChanged, this, follow);
    connect(chats_, &QAbstractItemModel::modelReset, this, &ConversationPane::refreshHeader);
    connect(chats_, &QAbstractItemModel::rowsInserted, this, &ConversationPane::refreshHeader);
    if (agents_)
        connect(agents_, &models::AgentDirectory::agentsChanged, this,
                &ConversationPane::fillAgents);

    auto* timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &ConversationPane::refresh);
    timer->start();

    fillAgents();
    clear();
}

std::optional<protocol::Chat> ConversationPane::chat() const
{
    return chatId_ ? chats_->chat(chatId_) : std::nullopt;
}

void ConversationPane::fillAgents()
{
    const QSignalBlocker block(assignee_);
    assignee_->clear();
    assignee_->addItem(tr("Unassigned"), qint64(0));
    if (agents_) {
        QList<protocol::Agent> list = agents_->agents();
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        for (const protocol::Agent& a : std::as_const(list)) {
            if (a.conversations)
                assignee_->addItem(a.id == agentId_ ? tr("%1 (me)").arg(a.name) : a.name, a.id);
        }
    }
    refreshHeader();
}

void ConversationPane::setCurrentAgent(qint64 agentId, bool admin)
{
    agentId_ = agentId;
    view_->setCurrentAgentId(agentId);
    notes_->setCurrentAgent(agentId, admin);
    fillAgents();
}

void ConversationPane::showChat(qint64 chatId, models::MessageModel* messages,
                                models::NotesModel* notes)
{
    chatId_ = chatId;
    view_->setMessageModel(messages);
    notes_->setModel(notes);
    refreshHeader();
    if (messages)
        view_->scrollToBottom();
}

void ConversationPane::clear()
{
    chatId_ = 0;
    view_->setMessageModel(nullptr);
    notes_->setModel(nullptr);
    composer_->clearChat();
    refreshHeader();
}

QString ConversationPane::titleText() const
{
    return title_->text();
}

void ConversationPane::refreshHeader()
{
    const std::optional<protocol::Chat> c = chat();
    const bool has = c.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{assignee_, close_, unread_, bot_, tabs_})
        w->setEnabled(has);
    if (!has) {
        title_->setText(chatId_ ? tr("Chat #%1").arg(chatId_) : tr("No chat open"));
        channel_->clear();
        avatar_->clear();
        if (chatId_ == 0)
            composer_->clearChat();
        return;
    }
    title_->setText(c->type == protocol::ChatType::Group ? tr("%1 (group)").arg(c->title)
                                                         : c->title);
    QPixmap image = avatars_ ? avatars_->avatar(c->avatarUrl) : QPixmap();
    avatar_->setPixmap(avatar::render(36, c->id, c->title, image, devicePixelRatioF()));
    QString channelText = Names::channel(c->channel);
    if (!c->username.isEmpty())
        channelText += u" · @"_s + c->username;
    channelText += u" · "_s + (c->state == protocol::ChatState::Open ? tr("open") : tr("closed"));
    channel_->setText(channelText);
    channel_->setToolTip(Names::channel(c->channel));

    {
        const QSignalBlocker block(assignee_);
        const int i = assignee_->findData(c->assigneeId.value_or(0));
        if (i >= 0) {
            assignee_->setCurrentIndex(i);
        } else {
            const qint64 id = *c->assigneeId;
            assignee_->addItem(agents_ ? agents_->name(id) : tr("Agent #%1").arg(id), id);
            assignee_->setCurrentIndex(assignee_->count() - 1);
        }
    }
    const bool open = c->state == protocol::ChatState::Open;
    close_->setText(open ? tr("Close") : tr("Reopen"));
    close_->setAccessibleName(open ? tr("Close chat") : tr("Reopen chat"));
    unread_->setEnabled(c->unreadCount == 0);
    bot_->setStatus(c->botStatus);
    view_->setChannel(c->channel);
    composer_->setChat(*c);
}

void ConversationPane::refresh()
{
    bot_->refresh();
    composer_->refresh();
}

void ConversationPane::toggleClosed()
{
    const std::optional<protocol::Chat> c = chat();
    if (!c)
        return;
    if (c->state == protocol::ChatState::Open)
        Q_EMIT closeRequested(c->id);
    else
        Q_EMIT reopenRequested(c->id);
}

void ConversationPane::markUnread()
{
    if (const std::optional<protocol::Chat> c = chat())
        Q_EMIT markUnreadRequested(c->id);
}

void ConversationPane::assignToMe()
{
    if (chat() && agentId_ != 0)
        Q_EMIT assignRequested(chatId_, agentId_);
}

void ConversationPane::openAssigneePicker()
{
    if (!chat())
        return;
    assignee_->setFocus(Qt::ShortcutFocusReason);
    assignee_->showPopup();
}

void ConversationPane::openBotStatusMenu()
{
    if (!chat())
        return;
    bot_->setFocus(Qt::ShortcutFocusReason);
    bot_->showMenu();
}

void ConversationPane::applyBotPreset(BotStatusMenu::Preset preset)
{
    if (chat())
        bot_->statusMenu()->trigger(preset);
}

void ConversationPane::focusComposer()
{
    tabs_->setCurrentWidget(composer_);
    composer_->focusEditor();
}

void ConversationPane::focusNotes()
{
    tabs_->setCurrentWidget(notes_);
    notes_->focusEditor();
}

} // namespace baton::ui
