#pragma once

#include <models/listcounts.h>
#include <protocol/chatlist.h>
#include <protocol/event.h>

#include <QAbstractListModel>
#include <QHash>

#include <memory>
#include <vector>

namespace baton::models {

// Every chat of the workspace, one row each, kept in list order
// (protocol::sortsBefore: last activity, newest first). A change of last
// activity moves just that row (beginMoveRows); changes to one chat within
// one event-loop turn are reported by a single dataChanged carrying exactly
// the roles that changed. Filtering is ChatFilterModel's job.
class ChatListModel : public QAbstractListModel {
    Q_OBJECT

public:
    // Enum values are the protocol enums cast to int; absent optionals are
    // invalid QVariants.
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubscriberIdRole,
        BotIdRole,
        TitleRole, // also Qt::DisplayRole
        AvatarUrlRole,
        ChannelRole,
        TypeRole,
        StateRole,
        UnreadCountRole,
        AssigneeIdRole,
        UsernameRole,
        EmailRole,
        PhoneRole,
        HasLastMessageRole,
        LastMessageTextRole,
        LastMessageSourceRole,
        LastMessageDirectionRole,
        LastMessageKindRole,
        LastMessageAgentIdRole,
        LastMessageAtRole,
        LastActivityAtRole,
        LastInboundAtRole,
        BotStateRole,
        BotUntilRole,
        BotVersionRole,
        BotReasonRole,
        BotActorAgentIdRole,
        SupportWindowEndRole,
    };
    Q_ENUM(Role)

    explicit ChatListModel(QObject* parent = nullptr);
    ~ChatListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Initial load from the cache or a snapshot: one model reset.
    void setChats(const QList<protocol::Chat>& chats);
    void clear();
    // Inserts a new chat at its place, or updates one (moving its row when its
    // last activity changed). A bot status is never replaced by an older
    // version.
    void upsertChat(const protocol::Chat& chat);
    bool removeChat(qint64 chatId);
    // chat.created / chat.updated upsert; bot_status.changed sets the chat's
    // bot status; message.created updates the last message when newer. Other
    // events are ignored.
    void applyEvent(const protocol::Event& event);
    void applyEvents(const QList<protocol::Event>& events);

    // O(log n): binary search on the sort key. -1 when unknown.
    int rowOf(qint64 chatId) const;
    const protocol::Chat& chatAt(int row) const { return *rows_[static_cast<std::size_t>(row)]; }
    const protocol::Chat* chat(qint64 chatId) const;
    int count() const { return static_cast<int>(rows_.size()); }

    // List counts under `query` (its `list` is ignored), maintained with every
    // change. ChatFilterModel sets the query from its filters.
    ListCounts* counts() const { return counts_; }
    void setCountQuery(const protocol::ChatQuery& query);
    protocol::ChatQuery countQuery() const { return countQuery_; }

    // Emits the queued dataChanged signals now instead of on the next turn.
    void flushPendingChanges();

    // The roles in which two versions of a chat differ (Qt::DisplayRole with
    // TitleRole), ascending.
    static QList<int> changedRoles(const protocol::Chat& before, const protocol::Chat& after);

private:
    using Rows = std::vector<std::unique_ptr<protocol::Chat>>;

    Rows::const_iterator lowerBound(const protocol::Chat& key) const;
    void queueChange(qint64 chatId, quint64 roleMask);
    void addCounts(const protocol::Chat& chat, int sign);
    void recount();

    Rows rows_;
    QHash<qint64, protocol::Chat*> byId_;
    QHash<qint64, quint64> pending_;
    bool flushQueued_ = false;
    protocol::ChatQuery countQuery_;
    protocol::ListCounts countValues_;
    ListCounts* counts_;
};

} // namespace baton::models
