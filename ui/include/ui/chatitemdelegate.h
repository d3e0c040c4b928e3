#pragma once

#include <ui/clock.h>

#include <QPointer>
#include <QStyledItemDelegate>

namespace baton::models {
class AgentDirectory;
}

namespace baton::ui {

class AvatarProvider;

// Paints one chat-list row from ChatListModel roles: avatar (initials on a
// colour from the id when there is no image), name, channel icon, time, the
// last message prefixed by who wrote it, unread badge, assignee and the bot
// status (icon, and the wake-up countdown). Every row has the same height, so
// the view can use uniformItemSizes; only visible rows are painted. Colours
// come from the palette (light and dark).
class ChatItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    ChatItemDelegate(const models::AgentDirectory* agents, Clock clock,
                     const AvatarProvider* avatars = nullptr, QObject* parent = nullptr);

    void setCurrentAgentId(qint64 agentId) { currentAgentId_ = agentId; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The preview line as shown: "Bot: Hello", "Ann: On its way", "Via another app: …".
    QString previewText(const QModelIndex& index) const;
    // "Active", "Snoozed · wakes in 42 min", "Inactive".
    QString botStatusText(const QModelIndex& index) const;
    QString assigneeText(const QModelIndex& index) const;
    // Everything the row says, for screen readers and tooltips.
    QString accessibleText(const QModelIndex& index) const;

private:
    QPointer<const models::AgentDirectory> agents_;
    Clock clock_;
    const AvatarProvider* avatars_;
    qint64 currentAgentId_ = 0;
};

} // namespace baton::ui
