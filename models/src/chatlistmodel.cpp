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
constexpr int kLastRole = ChatListModel::SupportWindowEndRole;

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
    const Chat& c = chatAt(index.row());
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
    };
}

ChatListModel::Rows::const_iterator ChatListModel::lowerBound(const Chat& key) const
{
    return std::lower_bound(rows_.cbegin(), rows_.cend(), key,
                            [](const std::unique_ptr<Chat>& row, const Chat& k) {
                                return protocol::sortsBefore(*row, k);
                            });
}

int ChatListModel::rowOf(qint64 chatId) const
{
    const Chat* c = chat(chatId);
    if (!c)
        return -1;
    const auto it = lowerBound(*c);
    Q_ASSERT(it != rows_.cend() && it->get() == c);
    return static_cast<int>(it - rows_.cbegin());
}

const Chat* ChatListModel::chat(qint64 chatId) const
{
    return byId_.value(chatId, nullptr);
}

void ChatListModel::setChats(const QList<Chat>& chats)
{
    beginResetModel();
    rows_.clear();
    byId_.clear();
    pending_.clear();
    rows_.reserve(static_cast<std::size_t>(chats.size()));
    byId_.reserve(chats.size());
    for (const Chat& c : chats) {
        if (Chat* existing = byId_.value(c.id, nullptr)) {
            *existing = c; // a duplicate id: the later copy wins
            continue;
        }
        rows_.push_back(std::make_unique<Chat>(c));
        byId_.insert(c.id, rows_.back().get());
    }
    std::sort(rows_.begin(), rows_.end(),
              [](const std::unique_ptr<Chat>& a, const std::unique_ptr<Chat>& b) {
                  return protocol::sortsBefore(*a, *b);
              });
    endResetModel();
    recount();
}

void ChatListModel::clear()
{
    setChats({});
}

void ChatListModel::upsertChat(const Chat& chat)
{
    Chat* current = byId_.value(chat.id, nullptr);
    if (!current) {
        const int row = static_cast<int>(lowerBound(chat) - rows_.cbegin());
        beginInsertRows({}, row, row);
        auto owned = std::make_unique<Chat>(chat);
        byId_.insert(chat.id, owned.get());
        rows_.insert(rows_.begin() + row, std::move(owned));
        endInsertRows();
        addCounts(chat, +1);
        counts_->setValues(countValues_);
        return;
    }

    Chat next = chat;
    if (current->botStatus.version > next.botStatus.version)
        next.botStatus = current->botStatus;
    const quint64 mask = changedMask(*current, next);
    if (mask == 0)
        return;

    addCounts(*current, -1);
    addCounts(next, +1);
    counts_->setValues(countValues_);

    if (current->lastActivityAt == next.lastActivityAt) {
        *current = std::move(next);
    } else {
        const int from = rowOf(chat.id);
        const int to = static_cast<int>(lowerBound(next) - rows_.cbegin());
        if (to == from || to == from + 1) {
            *current = std::move(next);
        } else {
            beginMoveRows({}, from, from, {}, to);
            *current = std::move(next);
            const auto first = rows_.begin();
            if (to < from)
                std::rotate(first + to, first + from, first + from + 1);
            else
                std::rotate(first + from, first + from + 1, first + to);
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
    beginRemoveRows({}, row, row);
    auto owned = std::move(rows_[static_cast<std::size_t>(row)]);
    rows_.erase(rows_.begin() + row);
    byId_.remove(chatId);
    pending_.remove(chatId);
    endRemoveRows();
    addCounts(*owned, -1);
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

void ChatListModel::addCounts(const Chat& chat, int sign)
{
    if (!protocol::matches(chat, countQuery_))
        return;
    protocol::ListCounts one;
    protocol::count(chat, one);
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
    countQuery_ = q;
    recount();
}

void ChatListModel::recount()
{
    countValues_ = {};
    for (const auto& row : rows_) {
        if (protocol::matches(*row, countQuery_))
            protocol::count(*row, countValues_);
    }
    counts_->setValues(countValues_);
}

} // namespace baton::models
