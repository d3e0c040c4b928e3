#include <protocol/executable.h>
#include <protocol/limits.h>
#include <protocol/supportwindow.h>
#include <ui/composer.h>
#include <ui/emojipicker.h>
#include <ui/icons.h>
#include <ui/limitedtextedit.h>
#include <ui/stores.h>

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using protocol::BotState;
using protocol::Channel;

namespace {

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAccessibleName(action->text());
    return b;
}

} // namespace

Composer::Composer(DraftStore* drafts, Clock clock, QWidget* parent)
    : QWidget(parent)
    , drafts_(drafts)
    , clock_(std::move(clock))
    , edit_(new LimitedTextEdit(protocol::kMaxMessageCodePoints, this))
    , counter_(new QLabel(this))
    , error_(new QLabel(this))
    , notice_(new QLabel(this))
    , window_(new QLabel(this))
    , replyBar_(new QWidget(this))
    , replyLabel_(new QLabel(replyBar_))
    , editBar_(new QWidget(this))
    , attachBar_(new QWidget(this))
    , attachLabel_(new QLabel(attachBar_))
{
    setAccessibleName(tr("Reply composer"));
    edit_->setAccessibleName(tr("Reply"));
    edit_->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    counter_->setAccessibleName(tr("Characters used"));
    error_->setAccessibleName(tr("Composer error"));
    error_->setWordWrap(true);
    error_->setTextFormat(Qt::PlainText);
    QFont bold = error_->font();
    bold.setBold(true);
    error_->setFont(bold);
    error_->setForegroundRole(QPalette::Highlight);
    error_->hide();
    notice_->setAccessibleName(tr("Bot notice"));
    notice_->setWordWrap(true);
    notice_->setForegroundRole(QPalette::PlaceholderText);
    window_->setAccessibleName(tr("Support window"));
    window_->setWordWrap(true);

    sendAction_ = new QAction(icons::icon(u"send"_s), tr("Send"), this);
    sendAction_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendAction_, &QAction::triggered, this, &Composer::send);
    attachAction_ = new QAction(icons::icon(u"attach"_s), tr("Attach files…"), this);
    attachAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(attachAction_, &QAction::triggered, this, &Composer::openAttachDialog);
    emojiAction_ = new QAction(icons::icon(u"emoji"_s), tr("Insert emoji"), this);
    emojiAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(emojiAction_, &QAction::triggered, this, &Composer::openEmojiPicker);
    addAction(sendAction_);
    addAction(attachAction_);
    addAction(emojiAction_);

    // Reply-to bar.
    auto* replyLayout = new QHBoxLayout(replyBar_);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    // Its pixmap is rendered when the bar is first shown (setReplyTo()).
    replyIcon_ = new QLabel(replyBar_);
    replyLabel_->setAccessibleName(tr("Replying to"));
    replyLabel_->setTextFormat(Qt::PlainText);
    auto* cancelReply = new QToolButton(replyBar_);
    cancelReply->setIcon(icons::icon(u"close"_s));
    cancelReply->setAutoRaise(true);
    cancelReply->setAccessibleName(tr("Cancel reply"));
    cancelReply->setToolTip(tr("Cancel reply"));
    connect(cancelReply, &QToolButton::clicked, this, &Composer::clearReplyTo);
    replyLayout->addWidget(replyIcon_);
    replyLayout->addWidget(replyLabel_, 1);
    replyLayout->addWidget(cancelReply);
    replyBar_->hide();

    // Edit bar.
    auto* editLayout = new QHBoxLayout(editBar_);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto* editLabel = new QLabel(tr("Editing your message"), editBar_);
    auto* cancelEditButton = new QToolButton(editBar_);
    cancelEditButton->setIcon(icons::icon(u"close"_s));
    cancelEditButton->setAutoRaise(true);
    cancelEditButton->setAccessibleName(tr("Cancel editing"));
    connect(cancelEditButton, &QToolButton::clicked, this, &Composer::cancelEdit);
    editLayout->addWidget(editLabel, 1);
    editLayout->addWidget(cancelEditButton);
    editBar_->hide();

    // Attachments bar.
    auto* attachLayout = new QHBoxLayout(attachBar_);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    attachLabel_->setAccessibleName(tr("Attached files"));
    attachLabel_->setTextFormat(Qt::PlainText);
    auto* clearAttachments = new QToolButton(attachBar_);
    clearAttachments->setIcon(icons::icon(u"close"_s));
    clearAttachments->setAutoRaise(true);
    clearAttachments->setAccessibleName(tr("Remove attachments"));
    connect(clearAttachments, &QToolButton::clicked, this, [this] {
        attachments_.clear();
        updateAttachments();
    });
    attachLayout->addWidget(attachLabel_, 1);
    attachLayout->addWidget(clearAttachments);
    attachBar_->hide();

    attachButton_ = toolButton(attachAction_, this);
    emojiButton_ = toolButton(emojiAction_, this);
    sendButton_ = toolButton(sendAction_, this);
    sendButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* tools = new QHBoxLayout;
    tools->addWidget(attachButton_);
    tools->addWidget(emojiButton_);
    tools->addWidget(notice_, 1);
    tools->addWidget(counter_);
    tools->addWidget(sendButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(window_);
    layout->addWidget(replyBar_);
    layout->addWidget(editBar_);
    layout->addWidget(edit_, 1);
    layout->addWidget(attachBar_);
    layout->addWidget(error_);
    layout->addLayout(tools);
    setFocusProxy(edit_);

    connect(edit_, &LimitedTextEdit::refused, this, [this](qsizetype wouldBe) {
        showError(tr("A message can have at most %1 characters; this would make %2. Your text "
                     "is kept as it was.")
                      .arg(protocol::kMaxMessageCodePoints)
                      .arg(wouldBe));
    });
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        if (!loading_) {
            error_->hide();
            saveDraft();
        }
    });

    auto* timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &Composer::refresh);
    timer->start();

    updateCounter();
    clearChat();
}

QString Composer::text() const
{
    return edit_->toPlainText();
}

void Composer::setText(const QString& text)
{
    edit_->setPlainText(text);
    edit_->moveCursor(QTextCursor::End);
}

void Composer::saveDraft()
{
    if (drafts_ && chatId_ != 0 && editingId_ == 0)
        drafts_->setDraft(chatId_, edit_->toPlainText());
}

void Composer::setChat(const protocol::Chat& chat)
{
    if (chat.id == 0) {
        clearChat();
        return;
    }
    if (chat.id != chatId_) {
        if (editingId_ != 0)
            cancelEdit();
        saveDraft();
        chatId_ = chat.id;
        loading_ = true;
        setText(drafts_ ? drafts_->draft(chatId_) : QString());
        loading_ = false;
        replyTo_ = 0;
        replyBar_->hide();
        attachments_.clear();
        updateAttachments();
        error_->hide();
    }
    channel_ = chat.channel;
    lastInboundAt_ = chat.lastInboundAt;
    botState_ = chat.botStatus.state;
    refresh();
}

void Composer::clearChat()
{
    saveDraft();
    chatId_ = 0;
    loading_ = true;
    edit_->clear();
    loading_ = false;
    replyTo_ = 0;
    replyBar_->hide();
    attachments_.clear();
    updateAttachments();
    error_->hide();
    refresh();
}

void Composer::setReplyTo(qint64 messageId, const QString& quote)
{
    replyTo_ = messageId;
    replyLabel_->setText(tr("Replying to: %1").arg(quote.left(120)));
    if (messageId != 0 && replyIcon_->pixmap().isNull())
        replyIcon_->setPixmap(icons::pixmap(u"reply"_s, 16, devicePixelRatioF()));
    replyBar_->setVisible(messageId != 0);
}

void Composer::clearReplyTo()
{
    replyTo_ = 0;
    replyBar_->hide();
}

bool Composer::addAttachment(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        showError(tr("“%1” can't be read.").arg(name));
        return false;
    }
    if (info.size() > protocol::kMaxAttachmentBytes) {
        showError(tr("“%1” is %2; files can be at most 20 MiB.")
                      .arg(name, QLocale().formattedDataSize(info.size(), 1,
                                                             QLocale::DataSizeIecFormat)));
        return false;
    }
    if (protocol::isExecutable(file.read(protocol::kExecutableSniffBytes))) {
        showError(tr("“%1” is a program or script; programs can't be sent.").arg(name));
        return false;
    }
    if (!attachments_.contains(info.absoluteFilePath()))
        attachments_.append(info.absoluteFilePath());
    error_->hide();
    updateAttachments();
    return true;
}

void Composer::removeAttachment(const QString& path)
{
    attachments_.removeAll(QFileInfo(path).absoluteFilePath());
    updateAttachments();
}

void Composer::updateAttachments()
{
    QStringList names;
    for (const QString& path : std::as_const(attachments_))
        names.append(QFileInfo(path).fileName());
    attachLabel_->setText(tr("Attached: %1").arg(names.join(u", "_s)));
    attachBar_->setVisible(!attachments_.isEmpty());
    updateEnabled();
}

void Composer::startEdit(qint64 messageId, const QString& text)
{
    if (editingId_ == 0)
        textBeforeEdit_ = edit_->toPlainText();
    editingId_ = messageId;
    loading_ = true;
    setText(text);
    loading_ = false;
    editBar_->show();
    edit_->setFocus(Qt::OtherFocusReason);
}

void Composer::cancelEdit()
{
    if (editingId_ == 0)
        return;
    editingId_ = 0;
    editBar_->hide();
    loading_ = true;
    setText(textBeforeEdit_);
    loading_ = false;
    textBeforeEdit_.clear();
}

void Composer::send()
{
    if (chatId_ == 0 || locked_)
        return;
    const QString body = edit_->toPlainText();
    if (editingId_ != 0) {
        if (const auto problem = protocol::checkMessageText(body)) {
            showError(tr("The message can't be saved: %1.")
                          .arg(protocol::describe(*problem, protocol::kMaxMessageCodePoints)));
            return;
        }
        const qint64 id = editingId_;
        Q_EMIT editRequested(chatId_, id, body);
        cancelEdit();
        return;
    }
    const bool onlyFiles = !attachments_.isEmpty() && body.trimmed().isEmpty();
    if (!onlyFiles) {
        if (const auto problem = protocol::checkMessageText(body)) {
            if (*problem != protocol::TextProblem::Empty)
                showError(tr("The message can't be sent: %1.")
                              .arg(protocol::describe(*problem, protocol::kMaxMessageCodePoints)));
            return;
        }
    }
    // A second Ctrl+Enter before the app confirmed the first is not a second message.
    if (awaiting_.contains(chatId_) && awaiting_.value(chatId_) == body && attachments_.isEmpty())
        return;
    awaiting_.insert(chatId_, body);
    Q_EMIT sendRequested(chatId_, onlyFiles ? QString() : body, replyTo_, attachments_);
}

void Composer::markSent(qint64 chatId)
{
    const QString sent = awaiting_.take(chatId);
    if (chatId == chatId_) {
        if (edit_->toPlainText() == sent || sent.isEmpty()) {
            edit_->clear();
            if (drafts_)
                drafts_->setDraft(chatId, {});
        }
        clearReplyTo();
        attachments_.clear();
        updateAttachments();
    } else if (drafts_ && drafts_->draft(chatId) == sent) {
        drafts_->setDraft(chatId, {});
    }
}

void Composer::sendRejected(qint64 chatId, const QString& reason)
{
    awaiting_.remove(chatId);
    if (chatId == chatId_)
        showError(tr("Not sent: %1").arg(reason));
}

void Composer::openAttachDialog()
{
    if (!attachAction_->isEnabled())
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(), QString());
    for (const QString& f : files)
        addAttachment(f);
}

void Composer::openEmojiPicker()
{
    if (!emojiAction_->isEnabled())
        return;
    emojiPicker()->popup(emojiButton_);
}

EmojiPicker* Composer::emojiPicker()
{
    // Built at its first use: a popup of 32 buttons is not on the path to
    // the window's first paint.
    if (!picker_) {
        picker_ = new EmojiPicker(this);
        connect(picker_, &EmojiPicker::picked, this, [this](const QString& emoji) {
            edit_->insertChecked(emoji);
            edit_->setFocus(Qt::OtherFocusReason);
        });
    }
    return picker_;
}

void Composer::focusEditor()
{
    edit_->setFocus(Qt::ShortcutFocusReason);
}

void Composer::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

QString Composer::errorText() const
{
    return error_->isHidden() ? QString() : error_->text();
}

QString Composer::lockText() const
{
    return locked_ ? window_->text() : QString();
}

QString Composer::windowText() const
{
    return window_->text();
}

QString Composer::noticeText() const
{
    return notice_->text();
}

QString Composer::counterText() const
{
    return counter_->text();
}

void Composer::updateCounter()
{
    const QString text = u"%1/%2"_s.arg(edit_->codePoints()).arg(protocol::kMaxMessageCodePoints);
    counter_->setText(text);
    counter_->setAccessibleDescription(
        tr("%1 of %2 characters").arg(edit_->codePoints()).arg(protocol::kMaxMessageCodePoints));
}

void Composer::updateEnabled()
{
    const bool usable = chatId_ != 0 && !locked_;
    edit_->setReadOnly(!usable);
    sendAction_->setEnabled(usable);
    attachAction_->setEnabled(usable);
    emojiAction_->setEnabled(usable);
}

void Composer::refresh()
{
    const QDateTime now = clock_();
    locked_ = false;
    QString windowText;
    if (chatId_ != 0) {
        if (const auto window = protocol::supportWindow(channel_)) {
            const QString channel = Names::channel(channel_);
            const bool week = *window >= std::chrono::hours(24 * 7);
            const auto end = protocol::supportWindowEnd(channel_, lastInboundAt_);
            if (!lastInboundAt_) {
                locked_ = true;
                windowText = tr("%1 allows free text only after the subscriber writes; only "
                                "templates can be sent.")
                                 .arg(channel);
            } else if (!end || *end <= now) {
                locked_ = true;
                const QString ago = formatDuration(end ? end->secsTo(now) : 0);
                windowText =
                    week ? tr("The 7-day %1 window closed %2 ago; only templates can be sent.")
                               .arg(channel, ago)
                         : tr("The 24-hour %1 window closed %2 ago; only templates can be sent.")
                               .arg(channel, ago);
            } else {
                windowText = tr("%1 left in the %2 support window.")
                                 .arg(formatDuration(now.secsTo(*end)), channel);
            }
        }
    }
    window_->setText(windowText);
    window_->setVisible(!windowText.isEmpty());
    QFont f = window_->font();
    f.setBold(locked_);
    window_->setFont(f);

    QString notice;
    if (chatId_ != 0 && !locked_) {
        if (botState_ == BotState::Active)
            notice = tr("Sending snoozes the bot for 60 minutes.");
        else if (botState_ == BotState::Snoozed)
            notice = tr("Sending keeps the bot snoozed for at least 60 minutes.");
    }
    notice_->setText(notice);
    edit_->setPlaceholderText(locked_ ? tr("Free text can't be sent now.")
                                      : tr("Write a reply… (Ctrl+Enter sends)"));
    updateEnabled();
}

} // namespace baton::ui
