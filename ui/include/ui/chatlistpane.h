#pragma once

#include <protocol/chatlist.h>
#include <ui/clock.h>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTabBar;

namespace baton::models {
class AgentDirectory;
class ChatFilterModel;
} // namespace baton::models

namespace baton::ui {

class AvatarProvider;
class BotStatusMenu;
class ChatItemDelegate;

// The left pane: list tabs with live counts (Open / Unread / Closed / All),
// filters (messaging app, chat type, assignee), search, and the chats
// themselves. Several chats can be selected for a bulk bot-status change
// (context menu, or the keyboard's menu key / Shift+F10).
class ChatListPane : public QWidget {
    Q_OBJECT

public:
    ChatListPane(models::ChatFilterModel* model, const models::AgentDirectory* agents, Clock clock,
                 const AvatarProvider* avatars = nullptr, QWidget* parent = nullptr);

    models::ChatFilterModel* model() const { return model_; }
    QListView* view() const { return view_; }
    QTabBar* tabs() const { return tabs_; }
    QLineEdit* searchField() const { return search_; }
    QComboBox* channelFilter() const { return channel_; }
    QComboBox* typeFilter() const { return type_; }
    QComboBox* assigneeFilter() const { return assignee_; }
    ChatItemDelegate* delegate() const { return delegate_; }

    void setCurrentAgentId(qint64 agentId);
    void setList(protocol::ChatList list);
    protocol::ChatList list() const;

    qint64 currentChatId() const;
    QList<qint64> selectedChatIds() const;
    QList<qint64> selectedSubscriberIds() const;
    // Makes `chatId` current and selected; false when it is not in the list.
    bool selectChat(qint64 chatId);
    // Builds the context menu for the current selection (the tests and the
    // keyboard use it as the mouse does).
    QMenu* createContextMenu();

public Q_SLOTS:
    // Move the current row (and the selection) one chat down / up; they
    // return the chat id now current.
    qint64 selectNext();
    qint64 selectPrevious();
    void openCurrent();
    void focusSearch();
    void focusList();

Q_SIGNALS:
    void chatActivated(qint64 chatId);
    void currentChatChanged(qint64 chatId);
    // A bot-status change for the selected subscribers (one or many).
    void botStatusRequested(const QList<qint64>& subscriberIds, baton::protocol::BotState state,
                            const QDateTime& until);
    void extendRequested(qint64 subscriberId, int minutes);
    void continueRequested(qint64 subscriberId);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateCounts();
    qint64 move(int delta);

    models::ChatFilterModel* model_;
    Clock clock_;
    QTabBar* tabs_;
    QComboBox* channel_;
    QComboBox* type_;
    QComboBox* assignee_;
    QLineEdit* search_;
    QListView* view_;
    ChatItemDelegate* delegate_;
};

} // namespace baton::ui
