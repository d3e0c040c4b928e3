#pragma once

#include <protocol/chat.h>
#include <protocol/requests.h>
#include <ui/botstatusmenu.h>
#include <ui/clock.h>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace baton::models {
class AgentDirectory;
class ChatListModel;
class MessageModel;
class NotesModel;
} // namespace baton::models

namespace baton::ui {

class AvatarProvider;
class BotStatusButton;
class Composer;
class DraftStore;
class MessageView;
class NotesPanel;

// The middle pane: the open chat's header (name, channel, assignee picker,
// close / reopen, mark unread, bot status), its history, and the composer
// with the notes beside it. The header follows the chat's row in the
// ChatListModel, so it stays current as events arrive. Header changes are
// emitted for the app; the composer, view and notes emit their own signals.
class ConversationPane : public QWidget {
    Q_OBJECT

public:
    ConversationPane(models::ChatListModel* chats, const models::AgentDirectory* agents,
                     DraftStore* drafts, Clock clock, const AvatarProvider* avatars = nullptr,
                     QWidget* parent = nullptr);

    // Shows a chat with its history and notes (owned by the caller, who
    // keeps them alive while shown).
    void showChat(qint64 chatId, models::MessageModel* messages, models::NotesModel* notes);
    void clear();
    qint64 chatId() const { return chatId_; }
    void setCurrentAgent(qint64 agentId, bool admin = false);

    Composer* composer() const { return composer_; }
    MessageView* messageView() const { return view_; }
    NotesPanel* notesPanel() const { return notes_; }
    BotStatusButton* botStatusButton() const { return bot_; }
    QComboBox* assigneePicker() const { return assignee_; }
    QToolButton* closeButton() const { return close_; }
    QToolButton* unreadButton() const { return unread_; }
    QTabWidget* tabs() const { return tabs_; }
    QString titleText() const;

public Q_SLOTS:
    void toggleClosed();
    void markUnread();
    void assignToMe();
    void openAssigneePicker();
    void openBotStatusMenu();
    void applyBotPreset(baton::ui::BotStatusMenu::Preset preset);
    void focusComposer();
    void focusNotes();
    // Re-reads the clock: countdowns and the support window.
    void refresh();

Q_SIGNALS:
    // agentId 0: unassign.
    void assignRequested(qint64 chatId, qint64 agentId);
    void closeRequested(qint64 chatId);
    void reopenRequested(qint64 chatId);
    void markUnreadRequested(qint64 chatId);
    // Based on the version the header shows.
    void botStatusRequested(qint64 subscriberId, const baton::protocol::BotStatusRequest& request);
    void extendRequested(qint64 subscriberId, int minutes);
    void continueRequested(qint64 subscriberId);

private:
    void refreshHeader();
    void fillAgents();
    std::optional<protocol::Chat> chat() const;

    models::ChatListModel* chats_;
    QPointer<const models::AgentDirectory> agents_;
    Clock clock_;
    const AvatarProvider* avatars_;
    qint64 chatId_ = 0;
    qint64 agentId_ = 0;
    QLabel* avatar_;
    QLabel* title_;
    QLabel* channel_;
    QComboBox* assignee_;
    QToolButton* close_;
    QToolButton* unread_;
    BotStatusButton* bot_;
    MessageView* view_;
    QTabWidget* tabs_;
    Composer* composer_;
    NotesPanel* notes_;
};

} // namespace baton::ui
