#pragma once

#include <models/chatlistmodel.h>
#include <models/chunkedlist.h>
#include <protocol/chatlist.h>

#include <QAbstractProxyModel>

#include <optional>

namespace baton::models {

// One list of chats (Open / Unread / Closed / All) under the channel, chat
// type, assignee and search filters, decided by protocol::matches so the
// client and the server agree. Keeps the source order: it never sorts
// (sorting is ChatListModel's job); rows move in and out of the list as their
// data changes. It also points the source's ListCounts at its filters.
//
// A hand-written proxy (QSortFilterProxyModel re-maps every row when one
// source row moves): the accepted chats are kept in source order, a source
// move of an accepted chat is one move here, a chat entering or leaving the
// list is one insert or removal, and a filter change is one scan of the
// source (or of the current rows when a search only gets longer) announced as
// one layout change, so the current and selected rows that stay in the list
// stay current and selected.
class ChatFilterModel : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit ChatFilterModel(ChatListModel* source, QObject* parent = nullptr);

    protocol::ChatQuery query() const { return query_; }
    // Sets every filter at once (one re-filter).
    void setQuery(const protocol::ChatQuery& query);

    void setList(protocol::ChatList list);
    void setChannel(std::optional<protocol::Channel> channel);
    void setChatType(std::optional<protocol::ChatType> type);
    // Me uses the current agent id; Agent the id given here.
    void setAssigneeFilter(protocol::AssigneeFilter filter, qint64 agentId = 0);
    void setCurrentAgentId(qint64 agentId);
    void setSearch(const QString& text);

    qint64 currentAgentId() const { return currentAgentId_; }
    ChatListModel* chatList() const { return source_; }
    // The chat id of a row of this model, or 0.
    qint64 chatIdAt(int row) const;
    // The row of a chat in this model, or -1 (O(log n)).
    int rowOfChat(qint64 chatId) const;

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void queryChanged();

private:
    using Entry = ChatListModel::Entry;
    using Rows = detail::ChunkedList<const Entry*>;

    // The query as matched: Me resolved to the current agent.
    protocol::ChatQuery effective() const;
    void apply(const protocol::ChatQuery& next, qint64 agentId);
    bool accepts(const Entry* e) const;
    // The row of `e` here, or -1.
    qsizetype find(const Entry* e) const;
    // The rows under the filters, in source order; with `counts`, also the
    // list counts under the filters (one scan for both).
    std::vector<const Entry*> scanSource(protocol::ListCounts* counts) const;
    // Replaces the rows in one layout change, keeping persistent indexes of
    // the chats that stay.
    void relayout(const std::vector<const Entry*>& rows);
    // Inserts or removes the row of `e` to follow its data; forwards
    // `roles` as a dataChanged when it stays (when `forward`).
    void refresh(const Entry* e, bool forward, const QList<int>& roles);

    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeMoved(const QModelIndex& parent, int first, int last,
                                  const QModelIndex& destination, int row);
    void sourceRowsMoved();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    ChatListModel* source_;
    protocol::ChatQuery query_;
    protocol::ChatQuery effective_;
    protocol::SearchNeedle needle_;
    qint64 currentAgentId_ = 0;
    Rows rows_;

    // Between a source rowsAboutToBeMoved and its rowsMoved.
    struct PendingMove {
        const Entry* entry = nullptr;
        qsizetype from = -1; // -1: not a row here
        qsizetype to = -1;   // destination as for beginMoveRows; -1: no move here
    };
    std::optional<PendingMove> move_;
    // Between a source layoutAboutToBeChanged and its layoutChanged.
    QModelIndexList layoutFrom_;
    std::vector<const Entry*> layoutEntries_;
};

} // namespace baton::models
