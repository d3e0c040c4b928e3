#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>

namespace baton::models {

ChatFilterModel::ChatFilterModel(ChatListModel* source, QObject* parent)
    : QAbstractProxyModel(parent)
    , source_(source)
{
    Q_ASSERT(source_);
    QAbstractProxyModel::setSourceModel(source_);
    effective_ = effective();
    needle_ = protocol::SearchNeedle(effective_.search);
    protocol::ListCounts counts;
    rows_.assign(scanSource(&counts));
    source_->setCountQuery(effective_, needle_, counts);

    connect(source_, &QAbstractItemModel::modelAboutToBeReset, this,
            &ChatFilterModel::sourceAboutToBeReset);
    connect(source_, &QAbstractItemModel::modelReset, this, &ChatFilterModel::sourceReset);
    connect(source_, &QAbstractItemModel::rowsInserted, this, &ChatFilterModel::sourceRowsInserted);
    connect(source_, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &ChatFilterModel::sourceRowsAboutToBeRemoved);
    connect(source_, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &ChatFilterModel::sourceRowsAboutToBeMoved);
    connect(source_, &QAbstractItemModel::rowsMoved, this, &ChatFilterModel::sourceRowsMoved);
    connect(source_, &QAbstractItemModel::dataChanged, this, &ChatFilterModel::sourceDataChanged);
    connect(source_, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &ChatFilterModel::sourceLayoutAboutToBeChanged);
    connect(source_, &QAbstractItemModel::layoutChanged, this,
            &ChatFilterModel::sourceLayoutChanged);
    connect(source_, &QObject::destroyed, this, [this] {
        // The rows point into the source: drop them (as QAbstractProxyModel
        // drops the source).
        beginResetModel();
        rows_.clear();
        endResetModel();
    });
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

    protocol::ChatQuery countQuery = eff;
    countQuery.list = protocol::ChatList::All;
    protocol::ChatQuery oldCountQuery = effective_;
    oldCountQuery.list = protocol::ChatList::All;
    if (eff.search != effective_.search)
        needle_ = protocol::SearchNeedle(eff.search);
    effective_ = eff;
    if (countQuery == oldCountQuery) {
        relayout(scanSource(nullptr));
    } else {
        // One scan for both the rows and the list counts.
        protocol::ListCounts counts;
        relayout(scanSource(&counts));
        source_->setCountQuery(effective_, needle_, counts);
    }
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
    return row >= 0 && row < rows_.size() ? rows_.at(row)->chat.id : 0;
}

int ChatFilterModel::rowOfChat(qint64 chatId) const
{
    const Entry* e = source_->find(chatId);
    return e ? static_cast<int>(find(e)) : -1;
}

bool ChatFilterModel::accepts(const Entry* e) const
{
    return protocol::matchesExceptSearch(e->chat.filterKey(), effective_) &&
           (needle_.isEmpty() || source_->keyMatches(needle_, e->slot));
}

qsizetype ChatFilterModel::find(const Entry* e) const
{
    const qsizetype row = rows_.lowerBound(ChatListModel::keyOf(e), &ChatListModel::entryBefore);
    return row < rows_.size() && rows_.at(row) == e ? row : -1;
}

std::vector<const ChatFilterModel::Entry*>
ChatFilterModel::scanSource(protocol::ListCounts* counts) const
{
    std::vector<const Entry*> rows;
    rows.reserve(static_cast<std::size_t>(source_->count()));
    protocol::ChatQuery query = effective_;
    if (counts)
        query.list = protocol::ChatList::All;
    const bool searching = !needle_.isEmpty();
    const std::vector<quint8> hits =
        searching ? source_->matchKeys(needle_) : std::vector<quint8>();
    source_->rows_.forEach([&](const ChatListModel::Row& r) {
        if (!protocol::matchesExceptSearch(r.filter, query))
            return;
        if (searching && !hits[r.slot])
            return;
        if (counts) {
            protocol::count(r.filter, *counts);
            if (!protocol::inList(r.filter, effective_.list))
                return;
        }
        rows.push_back(r.entry);
    });
    return rows;
}

void ChatFilterModel::relayout(const std::vector<const Entry*>& rows)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<const Entry*> entries;
    entries.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex& i : from)
        entries.push_back(rows_.at(i.row()));
    rows_.assign(rows);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qsizetype row = find(entries[static_cast<std::size_t>(i)]);
        to.append(row < 0 ? QModelIndex() : index(static_cast<int>(row), from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void ChatFilterModel::refresh(const Entry* e, bool forward, const QList<int>& roles)
{
    const bool accepted = accepts(e);
    const qsizetype at = rows_.lowerBound(ChatListModel::keyOf(e), &ChatListModel::entryBefore);
    const bool present = at < rows_.size() && rows_.at(at) == e;
    const int row = static_cast<int>(at);
    if (accepted && present) {
        if (forward) {
            const QModelIndex i = index(row, 0);
            Q_EMIT dataChanged(i, i, roles);
        }
    } else if (accepted) {
        beginInsertRows({}, row, row);
        rows_.insert(at, e);
        endInsertRows();
    } else if (present) {
        beginRemoveRows({}, row, row);
        rows_.erase(at);
        endRemoveRows();
    }
}

QModelIndex ChatFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rows_.size())
        return {};
    const Entry* e = rows_.at(proxyIndex.row());
    const qsizetype row =
        source_->rows_.lowerBound(ChatListModel::keyOf(e), &ChatListModel::rowBefore);
    return source_->index(static_cast<int>(row), proxyIndex.column());
}

QModelIndex ChatFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != source_ ||
        sourceIndex.row() >= source_->count())
        return {};
    const qsizetype row = find(source_->entryAt(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), sourceIndex.column());
}

QModelIndex ChatFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= rows_.size() || column != 0)
        return {};
    return createIndex(row, column);
}

QModelIndex ChatFilterModel::parent(const QModelIndex& /*child*/) const
{
    return {};
}

QModelIndex ChatFilterModel::sibling(int row, int column, const QModelIndex& idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ChatFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ChatFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool ChatFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !rows_.empty();
}

QVariant ChatFilterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return ChatListModel::roleData(rows_.at(index.row())->chat, role);
}

void ChatFilterModel::sourceAboutToBeReset()
{
    beginResetModel();
    rows_.clear();
    move_.reset();
}

void ChatFilterModel::sourceReset()
{
    rows_.assign(scanSource(nullptr));
    endResetModel();
}

void ChatFilterModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The accepted rows of one source block are one block here too (source
    // order): one insert for a slice of the cache loaded after the first
    // screen (ChatListModel::insertChats), not one per chat.
    std::vector<const Entry*> added;
    for (int r = first; r <= last; ++r) {
        const Entry* e = source_->entryAt(r);
        if (accepts(e))
            added.push_back(e);
    }
    if (added.empty())
        return;
    const qsizetype at =
        rows_.lowerBound(ChatListModel::keyOf(added.front()), &ChatListModel::entryBefore);
    beginInsertRows({}, static_cast<int>(at),
                    static_cast<int>(at) + static_cast<int>(added.size()) - 1);
    for (std::size_t k = 0; k < added.size(); ++k)
        rows_.insert(at + static_cast<qsizetype>(k), added[k]);
    endInsertRows();
}

void ChatFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int r = last; r >= first; --r) {
        const qsizetype row = find(source_->entryAt(r));
        if (row < 0)
            continue;
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
        rows_.erase(row);
        endRemoveRows();
    }
}

void ChatFilterModel::sourceRowsAboutToBeMoved(const QModelIndex& parent, int first, int last,
                                               const QModelIndex& destination, int row)
{
    if (parent.isValid() || destination.isValid())
        return;
    if (first != last) {
        // ChatListModel moves one row at a time; anything else is re-mapped.
        sourceLayoutAboutToBeChanged();
        return;
    }
    PendingMove m;
    m.entry = source_->entryAt(first);
    m.from = find(m.entry);
    if (m.from >= 0) {
        // Where the row lands here: before the first row here that sorts at
        // or after the source row it is moved in front of.
        const qsizetype to = row < source_->count()
                                 ? rows_.lowerBound(ChatListModel::keyOf(source_->entryAt(row)),
                                                    &ChatListModel::entryBefore)
                                 : rows_.size();
        if (to != m.from && to != m.from + 1) {
            m.to = to;
            beginMoveRows({}, static_cast<int>(m.from), static_cast<int>(m.from), {},
                          static_cast<int>(to));
        }
    }
    move_ = m;
}

void ChatFilterModel::sourceRowsMoved()
{
    if (!move_) {
        sourceLayoutChanged();
        return;
    }
    const PendingMove m = *move_;
    move_.reset();
    if (m.to >= 0) {
        rows_.move(m.from, m.to > m.from ? m.to - 1 : m.to);
        endMoveRows();
    }
    // The chat has its new data already (its dataChanged comes at the end of
    // the turn): follow it in or out of the list now.
    refresh(m.entry, false, {});
}

void ChatFilterModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                        const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        refresh(source_->entryAt(r), true, roles);
}

void ChatFilterModel::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    layoutFrom_ = persistentIndexList();
    layoutEntries_.clear();
    for (const QModelIndex& i : std::as_const(layoutFrom_))
        layoutEntries_.push_back(rows_.at(i.row()));
    rows_.clear();
}

void ChatFilterModel::sourceLayoutChanged()
{
    rows_.assign(scanSource(nullptr));
    QModelIndexList to;
    for (qsizetype i = 0; i < layoutFrom_.size(); ++i) {
        const qsizetype row = find(layoutEntries_[static_cast<std::size_t>(i)]);
        to.append(row < 0 ? QModelIndex()
                          : index(static_cast<int>(row), layoutFrom_.at(i).column()));
    }
    changePersistentIndexList(layoutFrom_, to);
    layoutFrom_.clear();
    layoutEntries_.clear();
    Q_EMIT layoutChanged();
}

} // namespace baton::models
