#pragma once

#include <protocol/chatlist.h>

#include <QSortFilterProxyModel>

#include <optional>

namespace baton::models {

class ChatListModel;

// One list of chats (Open / Unread / Closed / All) under the channel, chat
// type, assignee and search filters, decided by protocol::matches so the
// client and the server agree. Keeps the source order: it never sorts
// (sorting is ChatListModel's job); rows move in and out of the list as their
// data changes (dynamicSortFilter). The filter is re-run only when a filter
// actually changes. It also points the source's ListCounts at its filters.
class ChatFilterModel : public QSortFilterProxyModel {
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

Q_SIGNALS:
    void queryChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // The query as matched: Me resolved to the current agent.
    protocol::ChatQuery effective() const;
    void apply(const protocol::ChatQuery& next, qint64 agentId);

    ChatListModel* source_;
    protocol::ChatQuery query_;
    protocol::ChatQuery effective_;
    qint64 currentAgentId_ = 0;
};

} // namespace baton::models
