#pragma once

#include <protocol/chat.h>
#include <ui/clock.h>

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace baton::ui {

class DraftStore;
class EmojiPicker;
class LimitedTextEdit;

// Where the agent writes a reply: 512 code points with a live counter, reply
// quote, attachments (checked before upload), emoji, a per-chat draft, the
// bot-snooze notice and the support-window lock.
//
// Sending emits sendRequested() and keeps the text: the app confirms with
// markSent() once the reply is safely queued (then the text, quote,
// attachments and draft go) or gives it back with sendRejected().
class Composer : public QWidget {
    Q_OBJECT

public:
    Composer(DraftStore* drafts, Clock clock, QWidget* parent = nullptr);

    // Shows `chat`: the draft of another chat is saved and this chat's draft
    // loaded; for the same chat only the channel, support window and bot
    // status are updated. A chat id of 0 disables the composer.
    void setChat(const protocol::Chat& chat);
    void clearChat();
    qint64 chatId() const { return chatId_; }

    QString text() const;
    void setText(const QString& text);
    void setReplyTo(qint64 messageId, const QString& quote);
    void clearReplyTo();
    qint64 replyTo() const { return replyTo_; }

    // Checks the file (size, executable content) and adds it; false with the
    // reason shown when refused.
    bool addAttachment(const QString& path);
    void removeAttachment(const QString& path);
    QStringList attachments() const { return attachments_; }

    // Puts the composer in "edit" mode for one of the agent's own messages.
    void startEdit(qint64 messageId, const QString& text);
    void cancelEdit();
    bool isEditing() const { return editingId_ != 0; }

    void markSent(qint64 chatId);
    void sendRejected(qint64 chatId, const QString& reason);

    // Re-reads the clock: the support-window line and lock.
    void refresh();
    bool isLocked() const { return locked_; }
    QString lockText() const;
    // The support-window line (time left, or why it is locked); empty without a window.
    QString windowText() const;
    QString noticeText() const;
    QString errorText() const;
    QString counterText() const;

    LimitedTextEdit* editor() const { return edit_; }
    QAction* sendAction() const { return sendAction_; }
    QAction* attachAction() const { return attachAction_; }
    QAction* emojiAction() const { return emojiAction_; }
    // Built at its first use.
    EmojiPicker* emojiPicker();

public Q_SLOTS:
    void send();
    void openAttachDialog();
    void openEmojiPicker();
    void focusEditor();

Q_SIGNALS:
    // `replyToId` 0: no reply. Attachment paths have been checked.
    void sendRequested(qint64 chatId, const QString& text, qint64 replyToId,
                       const QStringList& attachmentPaths);
    void editRequested(qint64 chatId, qint64 messageId, const QString& text);

private:
    void showError(const QString& text);
    void updateCounter();
    void updateAttachments();
    void updateEnabled();
    void saveDraft();

    DraftStore* drafts_;
    Clock clock_;
    qint64 chatId_ = 0;
    protocol::Channel channel_ = protocol::Channel::Telegram;
    std::optional<QDateTime> lastInboundAt_;
    protocol::BotState botState_ = protocol::BotState::Active;
    qint64 replyTo_ = 0;
    QStringList attachments_;
    qint64 editingId_ = 0;
    QString textBeforeEdit_;
    QHash<qint64, QString> awaiting_; // chat -> text sent, not yet confirmed
    bool locked_ = false;
    bool loading_ = false;

    LimitedTextEdit* edit_;
    QLabel* counter_;
    QLabel* error_;
    QLabel* notice_;
    QLabel* window_;
    QWidget* replyBar_;
    QLabel* replyLabel_;
    QLabel* replyIcon_ = nullptr;
    QWidget* editBar_;
    QWidget* attachBar_;
    QLabel* attachLabel_;
    QToolButton* attachButton_;
    QToolButton* emojiButton_;
    QToolButton* sendButton_;
    QAction* sendAction_;
    QAction* attachAction_;
    QAction* emojiAction_;
    EmojiPicker* picker_ = nullptr;
};

} // namespace baton::ui
