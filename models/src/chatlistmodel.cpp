#include <models/chatlistmodel.h>
#include <models/messages.h>
#include <protocol/supportwindow.h>

#include <QMetaObject>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

using protocol::Chat;

constexpr int kFirstRole = ChatListModel::IdRole;
constexpr int kLastRole = ChatListModel::LastMessageIdRole;

constexpr quint64 bit(int role)
{
    return quint64{1} << (role - kFirstRole);
}

template <class T>
QVariant optional(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

template <class E>
QVariant enumValue(E e)
{
    return static_cast<int>(e);
}

quint64 changedMask(const Chat& a, const Chat& b)
{
    using R = ChatListModel;
    quint64 m = 0;
    auto check = [&m](bool differs, int role) {
        if (differs)
            m |= bit(role);
    };
    check(a.id != b.id, R::IdRole);
    check(a.subscriberId != b.subscriberId, R::SubscriberIdRole);
    check(a.botId != b.botId, R::BotIdRole);
    check(a.title != b.title, R::TitleRole);
    check(a.avatarUrl != b.avatarUrl, R::AvatarUrlRole);
    check(a.channel != b.channel, R::ChannelRole);
    check(a.type != b.type, R::TypeRole);
    check(a.state != b.state, R::StateRole);
    check(a.unreadCount != b.unreadCount, R::UnreadCountRole);
    check(a.assigneeId != b.assigneeId, R::AssigneeIdRole);
    check(a.username != b.username, R::UsernameRole);
    check(a.email != b.email, R::EmailRole);
    check(a.phone != b.phone, R::PhoneRole);
    check(a.lastMessage.has_value() != b.lastMessage.has_value(), R::HasLastMessageRole);
    const protocol::MessagePreview none;
    const auto& pa = a.lastMessage ? *a.lastMessage : none;
    const auto& pb = b.lastMessage ? *b.lastMessage : none;
    const bool presenceChanged = a.lastMessage.has_value() != b.lastMessage.has_value();
    check(presenceChanged || pa.text != pb.text, R::LastMessageTextRole);
    check(presenceChanged || pa.source != pb.source, R::LastMessageSourceRole);
    check(presenceChanged || pa.direction != pb.direction, R::LastMessageDirectionRole);
    check(presenceChanged || pa.kind != pb.kind, R::LastMessageKindRole);
    check(presenceChanged || pa.agentId != pb.agentId, R::LastMessageAgentIdRole);
    check(presenceChanged || pa.at != pb.at, R::LastMessageAtRole);
    check(a.lastActivityAt != b.lastActivityAt, R::LastActivityAtRole);
    check(a.lastInboundAt != b.lastInboundAt, R::LastInboundAtRole);
    check(a.botStatus.state != b.botStatus.state, R::BotStateRole);
    check(a.botStatus.until != b.botStatus.until, R::BotUntilRole);
    check(a.botStatus.version != b.botStatus.version, R::BotVersionRole);
    check(a.botStatus.reason != b.botStatus.reason, R::BotReasonRole);
    check(a.botStatus.actor.agentId != b.botStatus.actor.agentId, R::BotActorAgentIdRole);
    check(protocol::supportWindowEnd(a.channel, a.lastInboundAt) !=
              protocol::supportWindowEnd(b.channel, b.lastInboundAt),
          R::SupportWindowEndRole);
    check(presenceChanged || pa.messageId != pb.messageId, R::LastMessageIdRole);
    return m;
}

QList<int> rolesOf(quint64 mask)
{
    QList<int> roles;
    if (mask & bit(ChatListModel::TitleRole))
        roles.append(Qt::DisplayRole);
    for (int role = kFirstRole; role <= kLastRole; ++role) {
        if (mask & bit(role))
            roles.append(role);
    }
    return roles;
}

} // namespace

ChatListModel::ChatListModel(QObject* parent)
    : QAbstractListModel(parent)
    , counts_(new ListCounts(this))
{
    static_assert(kLastRole - kFirstRole < 64, "role mask is 64 bits");
    countQuery_.list = protocol::ChatList::All;
}

ChatListModel::~ChatListModel() = default;

int ChatListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ChatListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return roleData(chatAt(index.row()), role);
}

QVariant ChatListModel::roleData(const Chat& c, int role)
{
    const auto& last = c.lastMessage;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case IdRole:
        return c.id;
    case SubscriberIdRole:
        return c.subscriberId;
    case BotIdRole:
        return c.botId;
    case AvatarUrlRole:
        return c.avatarUrl;
    case ChannelRole:
        return enumValue(c.channel);
    case TypeRole:
        return enumValue(c.type);
    case StateRole:
        return enumValue(c.state);
    case UnreadCountRole:
        return c.unreadCount;
    case AssigneeIdRole:
        return optional(c.assigneeId);
    case UsernameRole:
        return c.username;
    case EmailRole:
        return c.email;
    case PhoneRole:
        return c.phone;
    case HasLastMessageRole:
        return last.has_value();
    case LastMessageTextRole:
        return last ? QVariant(last->text) : QVariant();
    case LastMessageSourceRole:
        return last ? enumValue(last->source) : QVariant();
    case LastMessageDirectionRole:
        return last ? enumValue(last->direction) : QVariant();
    case LastMessageKindRole:
        return last ? enumValue(last->kind) : QVariant();
    case LastMessageAgentIdRole:
        return last ? optional(last->agentId) : QVariant();
    case LastMessageAtRole:
        return last ? QVariant(last->at) : QVariant();
    case LastActivityAtRole:
        return c.lastActivityAt;
    case LastInboundAtRole:
        return optional(c.lastInboundAt);
    case BotStateRole:
        return enumValue(c.botStatus.state);
    case BotUntilRole:
        return optional(c.botStatus.until);
    case BotVersionRole:
        return c.botStatus.version;
    case BotReasonRole:
        return enumValue(c.botStatus.reason);
    case BotActorAgentIdRole:
        return optional(c.botStatus.actor.agentId);
    case SupportWindowEndRole:
        return optional(protocol::supportWindowEnd(c.channel, c.lastInboundAt));
    case LastMessageIdRole:
        return c.lastMessage ? optional(c.lastMessage->messageId) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"_ba},
        {IdRole, "chatId"_ba},
        {SubscriberIdRole, "subscriberId"_ba},
        {BotIdRole, "botId"_ba},
        {TitleRole, "title"_ba},
        {AvatarUrlRole, "avatarUrl"_ba},
        {ChannelRole, "channel"_ba},
        {TypeRole, "chatType"_ba},
        {StateRole, "chatState"_ba},
        {UnreadCountRole, "unreadCount"_ba},
        {AssigneeIdRole, "assigneeId"_ba},
        {UsernameRole, "username"_ba},
        {EmailRole, "email"_ba},
        {PhoneRole, "phone"_ba},
        {HasLastMessageRole, "hasLastMessage"_ba},
        {LastMessageTextRole, "lastMessageText"_ba},
        {LastMessageSourceRole, "lastMessageSource"_ba},
        {LastMessageDirectionRole, "lastMessageDirection"_ba},
        {LastMessageKindRole, "lastMessageKind"_ba},
        {LastMessageAgentIdRole, "lastMessageAgentId"_ba},
        {LastMessageAtRole, "lastMessageAt"_ba},
        {LastActivityAtRole, "lastActivityAt"_ba},
        {LastInboundAtRole, "lastInboundAt"_ba},
        {BotStateRole, "botState"_ba},
        {BotUntilRole, "botUntil"_ba},
        {BotVersionRole, "botVersion"_ba},
        {BotReasonRole, "botReason"_ba},
        {BotActorAgentIdRole, "botActorAgentId"_ba},
        {SupportWindowEndRole, "supportWindowEnd"_ba},
        {LastMessageIdRole, "lastMessageId"_ba},
    };
}

int ChatListModel::lowerBound(const Chat& key) const
{
    return static_cast<int>(rows_.lowerBound(keyOf(key), &ChatListModel::rowBefore));
}

ChatListModel::Entry* ChatListModel::find(qint64 chatId) const
{
    return byId_.value(chatId, nullptr);
}

int ChatListModel::rowOf(qint64 chatId) const
{
    const Entry* e = find(chatId);
    if (!e)
        return -1;
    const int row = static_cast<int>(rows_.lowerBound(keyOf(e), &ChatListModel::rowBefore));
    Q_ASSERT(row < count() && rows_.at(row).entry == e);
    return row;
}

const Chat* ChatListModel::chat(qint64 chatId) const
{
    const Entry* e = find(chatId);
    return e ? e->chat : nullptr;
}

void ChatListModel::setChats(const QList<Chat>& chats)
{
    beginResetModel();
    rows_.clear();
    byId_.clear();
    pending_.clear();
    clearKeys();
    freeEntries_.clear();
    entryBlocks_.clear();
    // Shared, not copied: 100,000 chats are tens of megabytes, and first
    // touching fresh memory is most of what a load costs. An entry copies
    // its chat when it changes.
    loaded_ = chats;
    const auto n = static_cast<std::size_t>(loaded_.size());
    if (n > 0) {
        entryBlocks_.push_back(std::make_unique<Entry[]>(n));
        freeEntries_.reserve(n);
        for (std::size_t i = n; i-- > 0;)
            freeEntries_.push_back(&entryBlocks_.back()[i]);
    }
    byId_.reserve(loaded_.size());
    qsizetype keyChars = 0;
    for (const Chat& c : std::as_const(loaded_))
        keyChars += c.title.size() + c.username.size() + c.email.size() + 2 * c.phone.size() + 4;
    keyText_.reserve(keyChars);
    keySlots_.reserve(n);
    std::vector<Row> order;
    order.reserve(n);
    bool duplicates = false;
    for (const Chat& c : std::as_const(loaded_)) {
        Entry*& e = byId_[c.id];
        if (e) {
            e->chat = &c; // a duplicate id: the later copy wins
            e->time = timeKey(c.lastActivityAt);
            storeKey(c, e->slot);
            duplicates = true;
            continue;
        }
        e = newEntry();
        e->chat = &c;
        e->time = timeKey(c.lastActivityAt);
        e->slot = storeKey(c);
        order.push_back(rowFor(e));
    }
    if (duplicates) {
        for (Row& r : order)
            r = rowFor(r.entry);
    }
    std::sort(order.begin(), order.end(), [](const Row& a, const Row& b) {
        return rowBefore(a, SortKey{b.time, b.id, b.entry->chat});
    });
    rows_.assign(order);
    endResetModel();
    recount();
}

ChatListModel::Entry* ChatListModel::newEntry()
{
    if (freeEntries_.empty()) {
        constexpr std::size_t kBlock = 256;
        entryBlocks_.push_back(std::make_unique<Entry[]>(kBlock));
        for (std::size_t i = kBlock; i-- > 0;)
            freeEntries_.push_back(&entryBlocks_.back()[i]);
    }
    Entry* e = freeEntries_.back();
    freeEntries_.pop_back();
    return e;
}

void ChatListModel::freeEntry(Entry* e)
{
    *e = Entry{};
    freeEntries_.push_back(e);
}

void ChatListModel::setChat(Entry* e, Chat chat)
{
    if (e->own)
        *e->own = std::move(chat);
    else
        e->own = std::make_unique<Chat>(std::move(chat));
    e->chat = e->own.get();
    e->time = timeKey(e->chat->lastActivityAt);
}

void ChatListModel::clear()
{
    setChats({});
}

void ChatListModel::upsertChat(const Chat& chat)
{
    Entry* current = find(chat.id);
    if (!current) {
        const int row = lowerBound(chat);
        beginInsertRows({}, row, row);
        Entry* e = newEntry();
        setChat(e, chat);
        e->slot = storeKey(chat);
        byId_.insert(chat.id, e);
        rows_.insert(row, rowFor(e));
        endInsertRows();
        addCounts(rows_.at(row).filter, e->slot, +1);
        counts_->setValues(countValues_);
        return;
    }

    Chat next = chat;
    if (current->chat->botStatus.version > next.botStatus.version)
        next.botStatus = current->chat->botStatus;
    const quint64 mask = changedMask(*current->chat, next);
    if (mask == 0)
        return;

    const int from = rowOf(chat.id);
    addCounts(rows_.at(from).filter, current->slot, -1);
    if (protocol::SearchKey::differs(*current->chat, next))
        storeKey(next, current->slot);
    addCounts(protocol::FilterKey(next), current->slot, +1);
    counts_->setValues(countValues_);

    const auto assign = [&] { setChat(current, std::move(next)); };
    if (current->chat->lastActivityAt == next.lastActivityAt) {
        assign();
        rows_.set(from, rowFor(current));
    } else {
        const int to = lowerBound(next);
        if (to == from || to == from + 1) {
            assign();
            rows_.set(from, rowFor(current));
        } else {
            beginMoveRows({}, from, from, {}, to);
            assign();
            rows_.erase(from);
            rows_.insert(to < from ? to : to - 1, rowFor(current));
            endMoveRows();
        }
    }
    queueChange(chat.id, mask);
}

bool ChatListModel::removeChat(qint64 chatId)
{
    const int row = rowOf(chatId);
    if (row < 0)
        return false;
    const protocol::FilterKey filter = rows_.at(row).filter;
    beginRemoveRows({}, row, row);
    rows_.erase(row);
    Entry* e = byId_.take(chatId);
    pending_.remove(chatId);
    endRemoveRows();
    addCounts(filter, e->slot, -1);
    dropKey(e->slot);
    freeEntry(e);
    counts_->setValues(countValues_);
    return true;
}

void ChatListModel::applyEvent(const protocol::Event& event)
{
    using protocol::EventType;
    switch (event.type) {
    case EventType::ChatCreated:
    case EventType::ChatUpdated:
        if (const auto* c = std::get_if<Chat>(&event.payload))
            upsertChat(*c);
        return;
    case EventType::BotStatusChanged:
        if (const auto* b = std::get_if<protocol::BotStatusChanged>(&event.payload)) {
            const Chat* c = chat(b->chatId);
            if (c && b->botStatus.version > c->botStatus.version) {
                Chat next = *c;
                next.botStatus = b->botStatus;
                upsertChat(next);
            }
        }
        return;
    case EventType::MessageCreated:
        if (const auto* m = std::get_if<protocol::Message>(&event.payload)) {
            const Chat* c = chat(m->chatId);
            if (!c || !isPreviewable(*m))
                return;
            if (c->lastMessage && m->createdAt < c->lastMessage->at)
                return;
            Chat next = *c;
            next.lastMessage = previewOf(*m);
            next.lastActivityAt = std::max(next.lastActivityAt, m->createdAt);
            if (m->direction == protocol::Direction::In &&
                (!next.lastInboundAt || *next.lastInboundAt < m->createdAt)) {
                next.lastInboundAt = m->createdAt;
            }
            upsertChat(next);
        }
        return;
    default:
        return;
    }
}

void ChatListModel::applyEvents(const QList<protocol::Event>& events)
{
    for (const auto& e : events)
        applyEvent(e);
}

QList<int> ChatListModel::changedRoles(const Chat& before, const Chat& after)
{
    return rolesOf(changedMask(before, after));
}

void ChatListModel::queueChange(qint64 chatId, quint64 roleMask)
{
    pending_[chatId] |= roleMask;
    if (flushQueued_)
        return;
    flushQueued_ = true;
    QMetaObject::invokeMethod(this, &ChatListModel::flushPendingChanges, Qt::QueuedConnection);
}

void ChatListModel::flushPendingChanges()
{
    flushQueued_ = false;
    if (pending_.isEmpty())
        return;
    std::vector<std::pair<int, quint64>> changes;
    changes.reserve(static_cast<std::size_t>(pending_.size()));
    for (auto it = pending_.cbegin(); it != pending_.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row >= 0)
            changes.emplace_back(row, it.value());
    }
    pending_.clear();
    std::sort(changes.begin(), changes.end());
    for (const auto& [row, mask] : changes) {
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx, rolesOf(mask));
    }
}

bool ChatListModel::countsMatch(const protocol::FilterKey& filter, quint32 slot) const
{
    return protocol::matchesExceptSearch(filter, countQuery_) &&
           (countNeedle_.isEmpty() || countNeedle_.matches(keyAt(slot)));
}

void ChatListModel::addCounts(const protocol::FilterKey& filter, quint32 slot, int sign)
{
    if (!countsMatch(filter, slot))
        return;
    protocol::ListCounts one;
    protocol::count(filter, one);
    countValues_.open += sign * one.open;
    countValues_.unread += sign * one.unread;
    countValues_.closed += sign * one.closed;
    countValues_.all += sign * one.all;
}

void ChatListModel::setCountQuery(const protocol::ChatQuery& query)
{
    protocol::ChatQuery q = query;
    q.list = protocol::ChatList::All;
    if (q == countQuery_)
        return;
    if (q.search != countQuery_.search)
        countNeedle_ = protocol::SearchNeedle(q.search);
    countQuery_ = q;
    recount();
}

void ChatListModel::setCountQuery(const protocol::ChatQuery& query,
                                  const protocol::SearchNeedle& needle,
                                  const protocol::ListCounts& values)
{
    countQuery_ = query;
    countQuery_.list = protocol::ChatList::All;
    countNeedle_ = needle;
    countValues_ = values;
    counts_->setValues(countValues_);
}

void ChatListModel::recount()
{
    countValues_ = {};
    const bool searching = !countNeedle_.isEmpty();
    const std::vector<quint8> hits = searching ? matchKeys(countNeedle_) : std::vector<quint8>();
    rows_.forEach([&](const Row& r) {
        if (protocol::matchesExceptSearch(r.filter, countQuery_) && (!searching || hits[r.slot]))
            protocol::count(r.filter, countValues_);
    });
    counts_->setValues(countValues_);
}

quint32 ChatListModel::storeKey(const Chat& chat, qint64 slot)
{
    quint32 at = 0;
    if (slot >= 0) {
        at = static_cast<quint32>(slot);
        staleKeyText_ += keySlots_[at].size;
    } else if (!freeKeySlots_.empty()) {
        at = freeKeySlots_.back();
        freeKeySlots_.pop_back();
    } else {
        at = static_cast<quint32>(keySlots_.size());
        keySlots_.emplace_back();
    }
    KeySlot& k = keySlots_[at];
    k.offset = keyText_.size();
    const protocol::SearchKeyView v = protocol::SearchKey::append(chat, keyText_);
    k.size = static_cast<qint32>(v.text.size());
    k.titleEnd = static_cast<qint32>(v.titleEnd);
    k.usernameEnd = static_cast<qint32>(v.usernameEnd);
    k.emailEnd = static_cast<qint32>(v.emailEnd);
    k.phoneEnd = static_cast<qint32>(v.phoneEnd);
    if (staleKeyText_ > 4096 && staleKeyText_ * 2 > keyText_.size())
        compactKeys();
    return at;
}

void ChatListModel::dropKey(quint32 slot)
{
    staleKeyText_ += keySlots_[slot].size;
    keySlots_[slot] = KeySlot{};
    freeKeySlots_.push_back(slot);
}

void ChatListModel::clearKeys()
{
    keyText_.clear();
    keySlots_.clear();
    freeKeySlots_.clear();
    staleKeyText_ = 0;
}

void ChatListModel::compactKeys()
{
    // Slot order, so a scan of the slots reads the buffer front to back.
    QString text;
    text.reserve(keyText_.size() - staleKeyText_);
    for (KeySlot& k : keySlots_) {
        if (k.offset < 0)
            continue;
        const QStringView key = QStringView(keyText_).sliced(k.offset, k.size);
        k.offset = text.size();
        text.append(key);
    }
    keyText_ = std::move(text);
    staleKeyText_ = 0;
}

std::vector<quint8> ChatListModel::matchKeys(const protocol::SearchNeedle& needle) const
{
    std::vector<quint8> hits(keySlots_.size(), 0);
    for (std::size_t i = 0; i < keySlots_.size(); ++i) {
        if (keySlots_[i].offset >= 0)
            hits[i] = needle.matches(keyAt(static_cast<quint32>(i))) ? 1 : 0;
    }
    return hits;
}

} // namespace baton::models
