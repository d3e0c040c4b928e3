#pragma once

#include <ui/clock.h>

#include <QHash>
#include <QMainWindow>

class QSplitter;

namespace baton::models {
class AgentDirectory;
class ChatFilterModel;
class MessageModel;
class NotesModel;
class SubscriberCard;
} // namespace baton::models

namespace baton::ui {

class AvatarProvider;
class ChatListPane;
class CommandPalette;
class ConnectionIndicator;
class ConversationPane;
class DraftStore;
class LayoutStore;
class ShortcutHelpOverlay;
class ShortcutMap;
class ShortcutStore;
class SubscriberCardWidget;

// The console: chat list | conversation | subscriber card in a splitter whose
// sizes are remembered; one QAction per ShortcutMap command (menus, the
// command palette and the help overlay are built from them); the connection
// indicator in the status bar. Everything it needs is passed in.
//
// Opening a chat is the app's job (it owns the per-chat models): the window
// emits chatOpenRequested() and the app answers with showChat().
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Context {
        models::ChatFilterModel* chats = nullptr;
        const models::AgentDirectory* agents = nullptr;
        models::SubscriberCard* card = nullptr;
        DraftStore* drafts = nullptr;
        ShortcutStore* shortcuts = nullptr;
        LayoutStore* layout = nullptr;
        Clock clock;
        const AvatarProvider* avatars = nullptr;
    };

    explicit MainWindow(const Context& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setCurrentAgent(qint64 agentId, bool admin);
    void showChat(qint64 chatId, models::MessageModel* messages, models::NotesModel* notes);

    ShortcutMap* shortcutMap() const { return shortcuts_; }
    QAction* action(const QString& id) const { return actions_.value(id); }
    QList<QAction*> commandActions() const;
    ChatListPane* chatList() const { return list_; }
    ConversationPane* conversation() const { return conversation_; }
    SubscriberCardWidget* cardWidget() const { return card_; }
    ConnectionIndicator* connection() const { return connection_; }
    QSplitter* splitter() const { return splitter_; }
    ShortcutHelpOverlay* helpOverlay() const { return help_; }
    CommandPalette* commandPalette() const { return palette_; }

public Q_SLOTS:
    void openShortcutsDialog();
    void toggleShortcutHelp();
    void openCommandPalette();
    void saveLayout();

Q_SIGNALS:
    void chatOpenRequested(qint64 chatId);
    void quitRequested();
    // The app owns what these need (preferences, the session).
    void settingsRequested();
    void statisticsRequested();
    void signOutRequested();
    // After the chat list's first paint, and its first after each reset of
    // the list (queued: the paint is done).
    void chatListPainted();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QAction* bind(const QString& id, QAction* action);
    void applyShortcut(const QString& id);
    void restoreLayout();

    Context context_;
    ShortcutMap* shortcuts_;
    ChatListPane* list_;
    ConversationPane* conversation_;
    SubscriberCardWidget* card_;
    ConnectionIndicator* connection_;
    QSplitter* splitter_;
    ShortcutHelpOverlay* help_;
    CommandPalette* palette_ = nullptr;
    QHash<QString, QAction*> actions_;
    bool listPaintPending_ = true;
};

} // namespace baton::ui
