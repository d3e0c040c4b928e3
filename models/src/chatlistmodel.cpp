#include <models/chatlistmodel.h>
#include <models/heap.h>
#include <models/messages.h>
#include <protocol/supportwindow.h>

#include <QMetaObject>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

using protocol::Chat;

// From this many chats on, a load ends with returnFreeMemory(): below it the
// decoded temporaries are too few to matter.
constexpr std::size_t kTrimAfter = 10'000;

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
    return roleData(rows_.at(index.row()).entry->chat, role);
}

QVariant ChatListModel::roleData(const detail::ChatRow& c, int role)
{
    using R = detail::ChatRow;
    const bool last = c.has(R::HasLastMessage);
    const auto id = [&c](R::Flag f, qint64 v) { return c.has(f) ? QVariant(v) : QVariant(); };
    const auto number = [](quint8 v) { return QVariant(static_cast<int>(v)); };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.text(R::Title);
    case IdRole:
        return c.id;
    case SubscriberIdRole:
        return c.subscriberId;
    case BotIdRole:
        return c.botId;
    case AvatarUrlRole:
        return c.text(R::AvatarUrl);
    case ChannelRole:
        return number(c.channel);
    case TypeRole:
        return number(c.type);
    case StateRole:
        return number(c.state);
    case UnreadCountRole:
        return c.unreadCount;
    case AssigneeIdRole:
        return id(R::HasAssignee, c.assigneeId);
    case UsernameRole:
        return c.text(R::Username);
    case EmailRole:
        return c.text(R::Email);
    case PhoneRole:
        return c.text(R::Phone);
    case HasLastMessageRole:
        return last;
    case LastMessageTextRole:
        return last ? QVariant(c.text(R::LastText)) : QVariant();
    case LastMessageSourceRole:
        return last ? number(c.lastSource) : QVariant();
    case LastMessageDirectionRole:
        return last ? number(c.lastDirection) : QVariant();
    case LastMessageKindRole:
        return last ? number(c.lastKind) : QVariant();
    case LastMessageAgentIdRole:
        return last ? id(R::HasLastAgent, c.lastAgentId) : QVariant();
    case LastMessageAtRole:
        return last ? QVariant(R::timeOf(c.lastAt)) : QVariant();
    case LastActivityAtRole:
        return R::timeOf(c.lastActivityAt);
    case LastInboundAtRole:
        return optional(c.lastInbound());
    case BotStateRole:
        return number(c.botState);
    case BotUntilRole:
        return c.has(R::HasBotUntil) ? QVariant(R::timeOf(c.botUntil)) : QVariant();
    case BotVersionRole:
        return c.botVersion;
    case BotReasonRole:
        return number(c.botReason);
    case BotActorAgentIdRole:
        return id(R::HasActorAgent, c.botActorAgentId);
    case SupportWindowEndRole:
        return optional(
            protocol::supportWindowEnd(static_cast<protocol::Channel>(c.channel), c.lastInbound()));
    case LastMessageIdRole:
        return last ? id(R::HasLastMessageId, c.lastMessageId) : QVariant();
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

std::optional<Chat> ChatListModel::chat(qint64 chatId) const
{
    const Entry* e = find(chatId);
    return e ? std::optional<Chat>(e->chat.toChat()) : std::nullopt;
}

void ChatListModel::setChats(QList<Chat> chats)
{
    beginResetModel();
    rows_.clear();
    byId_.clear();
    pending_.clear();
    clearKeys();
    freeEntries_.clear();
    entryBlocks_.clear();
    const auto n = static_cast<std::size_t>(chats.size());
    if (n > 0) {
        entryBlocks_.push_back(std::make_unique<Entry[]>(n));
        freeEntries_.reserve(n);
        for (std::size_t i = n; i-- > 0;)
            freeEntries_.push_back(&entryBlocks_.back()[i]);
    }
    byId_.reserve(chats.size());
    textBlocks_.clear();
    const std::vector<const char*> texts = packTexts(chats);
    qsizetype keyChars = 0;
    for (const Chat& c : std::as_const(chats))
        keyChars += c.title.size() + c.username.size() + c.email.size() + 2 * c.phone.size() + 4;
    narrowKeys_.reserve(keyChars);
    keySlots_.reserve(n);
    std::vector<Row> order;
    order.reserve(n);
    bool duplicates = false;
    for (qsizetype i = 0; i < chats.size(); ++i) {
        const Chat& c = chats.at(i);
        const char* text = texts[static_cast<std::size_t>(i)];
        Entry*& e = byId_[c.id];
        if (e) {
            e->chat = detail::ChatRow(c, text); // a duplicate id: the later copy wins
            storeKey(c, e->slot);
            duplicates = true;
            continue;
        }
        e = newEntry();
        e->chat = detail::ChatRow(c, text);
        e->slot = storeKey(c);
        order.push_back(rowFor(e));
    }
    // The model has its own copy now. Released here, not when the caller's
    // statement ends, so the heap can be trimmed below.
    chats = {};
    if (duplicates) {
        for (Row& r : order)
            r = rowFor(r.entry);
    }
    std::sort(order.begin(), order.end(), [](const Row& a, const Row& b) {
        return rowBefore(a, SortKey{b.time, b.id});
    });
    rows_.assign(order);
    order = {};
    endResetModel();
    recount();
    if (n >= kTrimAfter)
        returnFreeMemory();
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

void ChatListModel::setChat(Entry* e, const Chat& chat)
{
    e->chat = detail::ChatRow(chat);
}

std::vector<const char*> ChatListModel::packTexts(const QList<Chat>& chats)
{
    QByteArray block;
    qsizetype estimate = 0;
    for (const Chat& c : chats) {
        estimate += 24 + c.title.size() + c.username.size() + c.email.size() + c.phone.size() +
                    c.avatarUrl.size() + (c.lastMessage ? 2 * c.lastMessage->text.size() : 0);
    }
    block.reserve(estimate);
    std::vector<qsizetype> at(static_cast<std::size_t>(chats.size()), -1);
    for (qsizetype i = 0; i < chats.size(); ++i) {
        const qsizetype start = block.size();
        if (detail::ChatRow::appendTexts(chats.at(i), block))
            at[static_cast<std::size_t>(i)] = start;
    }
    block.squeeze();
    std::vector<const char*> texts(at.size(), nullptr);
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at[i] >= 0)
            texts[i] = block.constData() + at[i];
    }
    textBlocks_.push_back(std::move(block));
    return texts;
}

void ChatListModel::clear()
{
    setChats({});
    setLoading(false);
}

void ChatListModel::setLoading(bool loading)
{
    if (loading_ == loading)
        return;
    loading_ = loading;
    Q_EMIT loadingChanged(loading_);
}

void ChatListModel::reserve(qsizetype chats)
{
    const auto n = static_cast<std::size_t>(std::max<qsizetype>(chats, 0));
    byId_.reserve(static_cast<qsizetype>(n));
    if (!keySlots_.empty() && n > keySlots_.size()) {
        // The search keys of the rows to come, estimated from those here.
        const qsizetype average = narrowKeys_.size() / static_cast<qsizetype>(keySlots_.size()) + 1;
        narrowKeys_.reserve(narrowKeys_.size() +
                            average * static_cast<qsizetype>(n - keySlots_.size()) * 5 / 4);
    }
    keySlots_.reserve(n);
    // Not the entries: constructing them all at once would be one long turn;
    // newEntry() makes them in small blocks as the rows come.
}

void ChatListModel::insertChats(const QList<Chat>& given)
{
    // Read only: the caller's list is not copied (nor freed here).
    QList<Chat> sorted;
    if (!std::is_sorted(given.cbegin(), given.cend(), protocol::sortsBefore)) {
        sorted = given;
        std::sort(sorted.begin(), sorted.end(), protocol::sortsBefore);
    }
    const QList<Chat>& chats = sorted.isEmpty() ? given : sorted;
    const qsizetype n = chats.size();
    const std::vector<const char*> texts = packTexts(chats);
    std::vector<Entry*> run;
    qsizetype i = 0;
    while (i < n) {
        if (find(chats.at(i).id)) {
            ++i;
            continue;
        }
        // The run: this chat and the following new ones that still sort
        // before the row now at its place (all of them when it is the end).
        const int row = lowerBound(chats.at(i));
        const Entry* next = row < count() ? entryAt(row) : nullptr;
        run.clear();
        for (; i < n; ++i) {
            const Chat& c = chats.at(i);
            if (find(c.id))
                continue;
            if (next && !before(timeKey(c.lastActivityAt), c.id, keyOf(next)))
                break;
            Entry* e = newEntry();
            e->chat = detail::ChatRow(c, texts[static_cast<std::size_t>(i)]);
            e->slot = storeKey(c);
            byId_.insert(c.id, e);
            run.push_back(e);
        }
        const int last = row + static_cast<int>(run.size()) - 1;
        beginInsertRows({}, row, last);
        for (std::size_t k = 0; k < run.size(); ++k)
            rows_.insert(row + static_cast<qsizetype>(k), rowFor(run[k]));
        endInsertRows();
        for (int r = row; r <= last; ++r)
            addCounts(rows_.at(r).filter, rows_.at(r).slot, +1);
    }
    counts_->setValues(countValues_);
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

    update(current, current->chat.toChat(), chat);
}

void ChatListModel::update(Entry* current, const Chat& before, Chat next)
{
    if (before.botStatus.version > next.botStatus.version)
        next.botStatus = before.botStatus;
    const quint64 mask = changedMask(before, next);
    if (mask == 0)
        return;

    const qint64 chatId = next.id;
    const int from = rowOf(chatId);
    addCounts(rows_.at(from).filter, current->slot, -1);
    if (protocol::SearchKey::differs(before, next))
        storeKey(next, current->slot);
    addCounts(protocol::FilterKey(next), current->slot, +1);
    counts_->setValues(countValues_);

    const auto assign = [&] { setChat(current, next); };
    if (before.lastActivityAt == next.lastActivityAt) {
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
    queueChange(chatId, mask);
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
            Entry* e = find(b->chatId);
            if (e && b->botStatus.version > e->chat.botVersion) {
                const Chat c = e->chat.toChat();
                Chat next = c;
                next.botStatus = b->botStatus;
                update(e, c, std::move(next));
            }
        }
        return;
    case EventType::MessageCreated:
        if (const auto* m = std::get_if<protocol::Message>(&event.payload)) {
            Entry* e = find(m->chatId);
            if (!e || !isPreviewable(*m))
                return;
            const Chat c = e->chat.toChat();
            if (c.lastMessage && m->createdAt < c.lastMessage->at)
                return;
            Chat next = c;
            next.lastMessage = previewOf(*m);
            next.lastActivityAt = std::max(next.lastActivityAt, m->createdAt);
            if (m->direction == protocol::Direction::In &&
                (!next.lastInboundAt || *next.lastInboundAt < m->createdAt)) {
                next.lastInboundAt = m->createdAt;
            }
            update(e, c, std::move(next));
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
           (countNeedle_.isEmpty() || keyMatches(countNeedle_, slot));
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
    ++keysVersion_;
    quint32 at = 0;
    if (slot >= 0) {
        at = static_cast<quint32>(slot);
        (keySlots_[at].wide ? staleWide_ : staleNarrow_) += keySlots_[at].size;
    } else if (!freeKeySlots_.empty()) {
        at = freeKeySlots_.back();
        freeKeySlots_.pop_back();
    } else {
        at = static_cast<quint32>(keySlots_.size());
        keySlots_.emplace_back();
    }
    // Folded once (protocol::SearchKey), then kept in Latin-1 when it fits.
    keyScratch_.clear();
    const protocol::SearchKeyView v = protocol::SearchKey::append(chat, keyScratch_);
    KeySlot& k = keySlots_[at];
    k.offset = narrowKeys_.size();
    k.wide = !protocol::SearchKey::appendLatin1(v, narrowKeys_);
    if (k.wide) {
        k.offset = wideKeys_.size();
        wideKeys_.append(v.text);
    }
    k.size = static_cast<qint32>(v.text.size());
    k.titleEnd = static_cast<qint32>(v.titleEnd);
    k.usernameEnd = static_cast<qint32>(v.usernameEnd);
    k.emailEnd = static_cast<qint32>(v.emailEnd);
    k.phoneEnd = static_cast<qint32>(v.phoneEnd);
    if ((staleNarrow_ > 4096 && staleNarrow_ * 2 > narrowKeys_.size()) ||
        (staleWide_ > 4096 && staleWide_ * 2 > wideKeys_.size()))
        compactKeys();
    return at;
}

void ChatListModel::dropKey(quint32 slot)
{
    ++keysVersion_;
    (keySlots_[slot].wide ? staleWide_ : staleNarrow_) += keySlots_[slot].size;
    keySlots_[slot] = KeySlot{};
    freeKeySlots_.push_back(slot);
}

void ChatListModel::clearKeys()
{
    ++keysVersion_;
    narrowKeys_.clear();
    wideKeys_.clear();
    keySlots_.clear();
    freeKeySlots_.clear();
    staleNarrow_ = 0;
    staleWide_ = 0;
}

void ChatListModel::compactKeys()
{
    // Slot order, so a scan of the slots reads the buffers front to back.
    QByteArray narrow;
    narrow.reserve(narrowKeys_.size() - staleNarrow_);
    QString wide;
    wide.reserve(wideKeys_.size() - staleWide_);
    for (KeySlot& k : keySlots_) {
        if (k.offset < 0)
            continue;
        if (k.wide) {
            const QStringView key = QStringView(wideKeys_).sliced(k.offset, k.size);
            k.offset = wide.size();
            wide.append(key);
        } else {
            const QByteArrayView key = QByteArrayView(narrowKeys_).sliced(k.offset, k.size);
            k.offset = narrow.size();
            narrow.append(key);
        }
    }
    narrowKeys_ = std::move(narrow);
    wideKeys_ = std::move(wide);
    staleNarrow_ = 0;
    staleWide_ = 0;
}

std::vector<quint8> ChatListModel::matchKeys(const protocol::SearchNeedle& needle) const
{
    if (hitsVersion_ != keysVersion_) {
        recentHits_.clear();
        hitsVersion_ = keysVersion_;
    }
    // The same text searched a moment ago (deleting back to it), else the
    // longest earlier text this one narrows (typing on): only its matches
    // can match.
    const Hits* wider = nullptr;
    for (auto it = recentHits_.begin(); it != recentHits_.end(); ++it) {
        if (it->needle.text() == needle.text()) {
            std::rotate(it, it + 1, recentHits_.end()); // most recent last
            return recentHits_.back().hits;
        }
        if (needle.narrows(it->needle) &&
            (!wider || it->needle.text().size() > wider->needle.text().size()))
            wider = &*it;
    }
    std::vector<quint8> hits(keySlots_.size(), 0);
    for (std::size_t i = 0; i < keySlots_.size(); ++i) {
        if (keySlots_[i].offset >= 0 && (!wider || wider->hits[i]))
            hits[i] = keyMatches(needle, static_cast<quint32>(i)) ? 1 : 0;
    }
    constexpr std::size_t kRecent = 8;
    if (recentHits_.size() == kRecent)
        recentHits_.erase(recentHits_.begin());
    recentHits_.push_back(Hits{needle, hits});
    return hits;
}

} // namespace baton::models
