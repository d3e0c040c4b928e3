#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>

namespace baton::models {

ChatFilterModel::ChatFilterModel(ChatListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , source_(source)
{
    Q_ASSERT(source_);
    setDynamicSortFilter(true);
    setSourceModel(source_);
    effective_ = effective();
    source_->setCountQuery(effective_);
}

protocol::ChatQuery ChatFilterModel::effective() const
{
    protocol::ChatQuery q = query_;
    if (q.assignee == protocol::AssigneeFilter::Me)
        q.assigneeId = currentAgentId_;
    q.search = q.search.trimmed();
    return q;
}

void ChatFilterModel::apply(const protocol::ChatQuery& next, qint64 agentId)
{
    const protocol::ChatQuery oldQuery = query_;
    query_ = next;
    currentAgentId_ = agentId;
    const protocol::ChatQuery eff = effective();
    const bool queryChangedNow = oldQuery != query_;
    if (eff == effective_) {
        if (queryChangedNow)
            Q_EMIT queryChanged();
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    effective_ = eff;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    effective_ = eff;
    invalidateFilter();
#endif
    source_->setCountQuery(effective_);
    if (queryChangedNow)
        Q_EMIT queryChanged();
}

void ChatFilterModel::setQuery(const protocol::ChatQuery& query)
{
    apply(query, currentAgentId_);
}

void ChatFilterModel::setList(protocol::ChatList list)
{
    auto q = query_;
    q.list = list;
    apply(q, currentAgentId_);
}

void ChatFilterModel::setChannel(std::optional<protocol::Channel> channel)
{
    auto q = query_;
    q.channel = channel;
    apply(q, currentAgentId_);
}

void ChatFilterModel::setChatType(std::optional<protocol::ChatType> type)
{
    auto q = query_;
    q.type = type;
    apply(q, currentAgentId_);
}

void ChatFilterModel::setAssigneeFilter(protocol::AssigneeFilter filter, qint64 agentId)
{
    auto q = query_;
    q.assignee = filter;
    q.assigneeId = filter == protocol::AssigneeFilter::Agent ? agentId : 0;
    apply(q, currentAgentId_);
}

void ChatFilterModel::setCurrentAgentId(qint64 agentId)
{
    apply(query_, agentId);
}

void ChatFilterModel::setSearch(const QString& text)
{
    auto q = query_;
    q.search = text;
    apply(q, currentAgentId_);
}

qint64 ChatFilterModel::chatIdAt(int row) const
{
    const QModelIndex src = mapToSource(index(row, 0));
    return src.isValid() ? source_->chatAt(src.row()).id : 0;
}

bool ChatFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return protocol::matches(source_->chatAt(sourceRow), effective_);
}

} // namespace baton::models
