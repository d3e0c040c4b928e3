#include <models/agentdirectory.h>
#include <models/botstatustext.h>
#include <models/messagemodel.h>
#include <models/messages.h>

#include <QSet>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

using protocol::Message;

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

QVariantList reactionsList(const QList<protocol::Reaction>& reactions)
{
    QVariantList out;
    out.reserve(reactions.size());
    for (const auto& r : reactions) {
        out.append(QVariantMap{{u"emoji"_s, r.emoji},
                               {u"by"_s, static_cast<int>(r.by)},
                               {u"agentId"_s, optional(r.agentId)}});
    }
    return out;
}

QVariantList attachmentsList(const QList<protocol::Attachment>& attachments)
{
    QVariantList out;
    out.reserve(attachments.size());
    for (const auto& a : attachments) {
        out.append(QVariantMap{{u"id"_s, a.id},
                               {u"clientId"_s, a.clientId},
                               {u"filename"_s, a.filename},
                               {u"mimeType"_s, a.mimeType},
                               {u"size"_s, a.size},
                               {u"url"_s, a.url}});
    }
    return out;
}

// The roles compared by differingRoles(): everything stored on the row.
constexpr int kRowRoles[] = {
    MessageModel::IdRole,
    MessageModel::ChatIdRole,
    MessageModel::TextRole,
    MessageModel::DirectionRole,
    MessageModel::SourceRole,
    MessageModel::KindRole,
    MessageModel::AgentIdRole,
    MessageModel::AgentNameRole,
    MessageModel::CreatedAtRole,
    MessageModel::DeliveryRole,
    MessageModel::ReplyToRole,
    MessageModel::ReplyTextRole,
    MessageModel::ReactionsRole,
    MessageModel::AttachmentsRole,
    MessageModel::EditedRole,
    MessageModel::EditedAtRole,
    MessageModel::DeletedRole,
    MessageModel::ClientIdRole,
    MessageModel::PendingStateRole,
    MessageModel::FailureReasonRole,
    MessageModel::DateRole,
    MessageModel::SystemTextRole,
    MessageModel::StoryUrlRole,
    MessageModel::AdCampaignNameRole,
    MessageModel::AdCampaignUrlRole,
    MessageModel::BotStateRole,
};

QString quotedText(const Message& m)
{
    if (!m.text.isEmpty() || m.attachments.isEmpty())
        return m.text;
    return m.attachments.first().filename;
}

} // namespace

MessageModel::MessageModel(qint64 chatId, const AgentDirectory* agents, QObject* parent)
    : QAbstractListModel(parent)
    , chatId_(chatId)
    , agents_(agents)
    , zone_(QTimeZone::systemTimeZone())
{
    if (agents)
        connect(agents, &AgentDirectory::agentsChanged, this, &MessageModel::refreshAgentNames);
}

MessageModel::~MessageModel() = default;

void MessageModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == zone_)
        return;
    zone_ = zone;
    if (!rows_.empty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {DateSeparatorRole, DateRole, SystemTextRole});
    }
}

int MessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QDate MessageModel::dayOf(int row) const
{
    return rows_[static_cast<std::size_t>(row)].message.createdAt.toTimeZone(zone_).date();
}

QVariant MessageModel::valueOf(const Row& row, int role) const
{
    const Message& m = row.message;
    switch (role) {
    case Qt::DisplayRole:
        return m.kind == protocol::MessageKind::BotStatusChange ? valueOf(row, SystemTextRole)
                                                                : QVariant(m.text);
    case IdRole:
        return m.id;
    case ChatIdRole:
        return m.chatId;
    case TextRole:
        return m.text;
    case DirectionRole:
        return enumValue(m.direction);
    case SourceRole:
        return enumValue(m.source);
    case KindRole:
        return enumValue(m.kind);
    case AgentIdRole:
        return optional(m.agentId);
    case AgentNameRole:
        if (!m.agentId)
            return {};
        return agents_ ? agents_->name(*m.agentId)
                       : AgentDirectory::tr("Agent #%1").arg(*m.agentId);
    case CreatedAtRole:
        return m.createdAt;
    case DeliveryRole:
        return enumValue(m.delivery);
    case ReplyToRole:
        return optional(m.replyTo);
    case ReplyTextRole: {
        if (!m.replyTo)
            return {};
        const int r = rowOfId(*m.replyTo);
        return r < 0 ? QVariant() : QVariant(quotedText(messageAt(r)));
    }
    case ReactionsRole:
        return reactionsList(m.reactions);
    case AttachmentsRole:
        return attachmentsList(m.attachments);
    case EditedRole:
        return m.editedAt.has_value();
    case EditedAtRole:
        return optional(m.editedAt);
    case DeletedRole:
        return m.deleted;
    case ClientIdRole:
        return m.clientId;
    case PendingStateRole:
        return QVariant::fromValue(row.pending);
    case FailureReasonRole:
        return row.failure;
    case DateRole:
        return m.createdAt.toTimeZone(zone_).date();
    case SystemTextRole:
        if (m.kind != protocol::MessageKind::BotStatusChange || !m.botStatus)
            return {};
        return BotStatusText::line(*m.botStatus, agents_.data(), zone_);
    case StoryUrlRole:
        return m.storyUrl;
    case AdCampaignNameRole:
        return m.adCampaign ? QVariant(m.adCampaign->name) : QVariant();
    case AdCampaignUrlRole:
        return m.adCampaign ? QVariant(m.adCampaign->url) : QVariant();
    case BotStateRole:
        return m.botStatus ? enumValue(m.botStatus->state) : QVariant();
    default:
        return {};
    }
}

QVariant MessageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == DateSeparatorRole)
        return index.row() == 0 || dayOf(index.row()) != dayOf(index.row() - 1);
    return valueOf(rows_[static_cast<std::size_t>(index.row())], role);
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"_ba},
        {IdRole, "messageId"_ba},
        {ChatIdRole, "chatId"_ba},
        {TextRole, "text"_ba},
        {DirectionRole, "direction"_ba},
        {SourceRole, "source"_ba},
        {KindRole, "kind"_ba},
        {AgentIdRole, "agentId"_ba},
        {AgentNameRole, "agentName"_ba},
        {CreatedAtRole, "createdAt"_ba},
        {DeliveryRole, "delivery"_ba},
        {ReplyToRole, "replyTo"_ba},
        {ReplyTextRole, "replyText"_ba},
        {ReactionsRole, "reactions"_ba},
        {AttachmentsRole, "attachments"_ba},
        {EditedRole, "edited"_ba},
        {EditedAtRole, "editedAt"_ba},
        {DeletedRole, "deleted"_ba},
        {ClientIdRole, "clientId"_ba},
        {PendingStateRole, "pendingState"_ba},
        {FailureReasonRole, "failureReason"_ba},
        {DateSeparatorRole, "dateSeparator"_ba},
        {DateRole, "date"_ba},
        {SystemTextRole, "systemText"_ba},
        {StoryUrlRole, "storyUrl"_ba},
        {AdCampaignNameRole, "adCampaignName"_ba},
        {AdCampaignUrlRole, "adCampaignUrl"_ba},
        {BotStateRole, "botState"_ba},
    };
}

QList<int> MessageModel::differingRoles(const Row& before, const Row& after) const
{
    QList<int> roles;
    for (int role : kRowRoles) {
        if (valueOf(before, role) != valueOf(after, role))
            roles.append(role);
    }
    if (roles.contains(TextRole) || roles.contains(SystemTextRole))
        roles.prepend(Qt::DisplayRole);
    return roles;
}

int MessageModel::lowerBoundId(qint64 id) const
{
    const auto end = rows_.cbegin() + confirmedCount_;
    const auto it = std::lower_bound(rows_.cbegin(), end, id,
                                     [](const Row& r, qint64 v) { return r.message.id < v; });
    return static_cast<int>(it - rows_.cbegin());
}

int MessageModel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    const int r = lowerBoundId(id);
    return r < confirmedCount_ && messageAt(r).id == id ? r : -1;
}

int MessageModel::pendingRow(const QString& normalizedId) const
{
    for (int r = confirmedCount_; r < rowCount(); ++r) {
        if (messageAt(r).clientId == normalizedId)
            return r;
    }
    return -1;
}

int MessageModel::rowOfClientId(const QString& clientId) const
{
    const QString id = normalizedClientId(clientId);
    if (id.isEmpty())
        return -1;
    if (auto it = confirmedClientIds_.constFind(id); it != confirmedClientIds_.constEnd())
        return rowOfId(*it);
    return pendingRow(id);
}

bool MessageModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && hasMore_ && !fetching_;
}

void MessageModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    fetching_ = true;
    Q_EMIT historyRequested(chatId_, confirmedCount_ > 0 ? messageAt(0).id : 0);
}

void MessageModel::historyFailed()
{
    fetching_ = false;
}

void MessageModel::setMessages(const QList<Message>& messages, bool hasMore)
{
    beginResetModel();
    std::vector<Row> pending(rows_.begin() + confirmedCount_, rows_.end());
    rows_.clear();
    confirmedClientIds_.clear();
    QSet<qint64> seen;
    for (const Message& m : messages) {
        if (m.chatId != chatId_ || m.id <= 0 || seen.contains(m.id))
            continue;
        seen.insert(m.id);
        rows_.push_back(Row{m, PendingState::None, {}});
    }
    std::sort(rows_.begin(), rows_.end(),
              [](const Row& a, const Row& b) { return a.message.id < b.message.id; });
    for (const Row& r : rows_) {
        if (!r.message.clientId.isEmpty())
            confirmedClientIds_.insert(normalizedClientId(r.message.clientId), r.message.id);
    }
    confirmedCount_ = static_cast<int>(rows_.size());
    for (Row& p : pending) {
        if (!confirmedClientIds_.contains(p.message.clientId))
            rows_.push_back(std::move(p));
    }
    hasMore_ = hasMore;
    fetching_ = false;
    endResetModel();
}

void MessageModel::addHistoryPage(const protocol::MessagePage& page)
{
    // fetching_ stays set until the page is in: a view asking for more while
    // rows are being inserted must not request the same page again.
    QList<Message> sorted = page.messages;
    std::sort(sorted.begin(), sorted.end(),
              [](const Message& a, const Message& b) { return a.id < b.id; });
    const qint64 firstId = confirmedCount_ > 0 ? messageAt(0).id : 0;
    std::vector<Row> top;
    QList<Message> rest;
    QSet<qint64> topIds;
    for (const Message& m : sorted) {
        if (m.chatId != chatId_ || m.id <= 0)
            continue;
        const QString cid = normalizedClientId(m.clientId);
        const bool older = firstId == 0 || m.id < firstId;
        const bool duplicate = topIds.contains(m.id);
        if (older && !duplicate && (cid.isEmpty() || pendingRow(cid) < 0)) {
            top.push_back(Row{m, PendingState::None, {}});
            topIds.insert(m.id);
        } else if (!duplicate) {
            rest.append(m);
        }
    }
    if (!top.empty()) {
        const int n = static_cast<int>(top.size());
        beginInsertRows({}, 0, n - 1);
        for (const Row& r : top) {
            if (!r.message.clientId.isEmpty())
                confirmedClientIds_.insert(normalizedClientId(r.message.clientId), r.message.id);
        }
        rows_.insert(rows_.begin(), std::make_move_iterator(top.begin()),
                     std::make_move_iterator(top.end()));
        confirmedCount_ += n;
        endInsertRows();
        refreshSeparator(n);
        refreshReplies(topIds);
    }
    hasMore_ = page.hasMore;
    for (const Message& m : rest)
        upsertMessage(m, true);
    fetching_ = false;
}

void MessageModel::applyEvent(const protocol::Event& event)
{
    const auto* m = std::get_if<Message>(&event.payload);
    if (!m || m->chatId != chatId_)
        return;
    if (event.type == protocol::EventType::MessageCreated)
        upsertMessage(*m, true);
    else if (event.type == protocol::EventType::MessageUpdated)
        upsertMessage(*m, false);
}

void MessageModel::applyEvents(const QList<protocol::Event>& events)
{
    for (const auto& e : events)
        applyEvent(e);
}

void MessageModel::upsertMessage(const Message& message, bool created)
{
    if (message.chatId != chatId_ || message.id <= 0)
        return;
    const QString cid = normalizedClientId(message.clientId);

    if (const int r = rowOfId(message.id); r >= 0) {
        Row& row = rows_[static_cast<std::size_t>(r)];
        Row next{mergeMessage(row.message, message), PendingState::None, {}};
        const QList<int> roles = differingRoles(row, next);
        if (roles.isEmpty())
            return;
        const bool quotedChanged = roles.contains(TextRole) || roles.contains(AttachmentsRole);
        row = std::move(next);
        Q_EMIT dataChanged(index(r), index(r), roles);
        if (quotedChanged)
            refreshReplies({message.id});
        return;
    }

    if (!cid.isEmpty()) {
        if (const int p = pendingRow(cid); p >= 0) {
            // The echo of our own send: the pending row becomes the message,
            // moved up only if confirmed messages belong after it.
            const int target = lowerBoundId(message.id);
            if (target != p) {
                beginMoveRows({}, p, p, {}, target);
                const auto first = rows_.begin();
                std::rotate(first + target, first + p, first + p + 1);
                endMoveRows();
            }
            Row& row = rows_[static_cast<std::size_t>(target)];
            Row next{message, PendingState::None, {}};
            next.message.clientId = cid;
            QList<int> roles = differingRoles(row, next);
            roles.append(DateSeparatorRole);
            row = std::move(next);
            ++confirmedCount_;
            confirmedClientIds_.insert(cid, message.id);
            Q_EMIT dataChanged(index(target), index(target), roles);
            refreshSeparator(target + 1);
            if (p != target)
                refreshSeparator(p + 1);
            refreshReplies({message.id});
            return;
        }
    }

    const bool olderThanLoaded = hasMore_ && confirmedCount_ > 0 && message.id < messageAt(0).id;
    if (olderThanLoaded || (!created && hasMore_))
        return; // not in the loaded window; it comes with its page
    const int r = lowerBoundId(message.id);
    beginInsertRows({}, r, r);
    rows_.insert(rows_.begin() + r, Row{message, PendingState::None, {}});
    ++confirmedCount_;
    if (!cid.isEmpty())
        confirmedClientIds_.insert(cid, message.id);
    endInsertRows();
    refreshSeparator(r + 1);
    refreshReplies({message.id});
}

bool MessageModel::addPending(const PendingSend& send)
{
    const QString cid = normalizedClientId(send.clientId);
    if (cid.isEmpty() || confirmedClientIds_.contains(cid) || pendingRow(cid) >= 0)
        return false;
    Message m;
    m.chatId = chatId_;
    m.clientId = cid;
    m.direction = protocol::Direction::Out;
    m.source = protocol::MessageSource::Agent;
    m.kind = protocol::MessageKind::Text;
    if (currentAgentId_ > 0)
        m.agentId = currentAgentId_;
    m.text = send.text;
    m.attachments = send.attachments;
    m.replyTo = send.replyTo;
    m.createdAt =
        send.createdAt.isValid() ? send.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    const int r = rowCount();
    beginInsertRows({}, r, r);
    rows_.push_back(Row{std::move(m), PendingState::Sending, {}});
    endInsertRows();
    return true;
}

bool MessageModel::markFailed(const QString& clientId, const QString& reason)
{
    const int r = pendingRow(normalizedClientId(clientId));
    if (r < 0)
        return false;
    Row& row = rows_[static_cast<std::size_t>(r)];
    if (row.pending == PendingState::Failed && row.failure == reason)
        return true;
    row.pending = PendingState::Failed;
    row.failure = reason;
    Q_EMIT dataChanged(index(r), index(r), {PendingStateRole, FailureReasonRole});
    return true;
}

bool MessageModel::markSending(const QString& clientId)
{
    const int r = pendingRow(normalizedClientId(clientId));
    if (r < 0)
        return false;
    Row& row = rows_[static_cast<std::size_t>(r)];
    if (row.pending == PendingState::Sending)
        return true;
    row.pending = PendingState::Sending;
    row.failure.clear();
    Q_EMIT dataChanged(index(r), index(r), {PendingStateRole, FailureReasonRole});
    return true;
}

bool MessageModel::removePending(const QString& clientId)
{
    const int r = pendingRow(normalizedClientId(clientId));
    if (r < 0)
        return false;
    beginRemoveRows({}, r, r);
    rows_.erase(rows_.begin() + r);
    endRemoveRows();
    refreshSeparator(r);
    return true;
}

void MessageModel::refreshSeparator(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row), index(row), {DateSeparatorRole});
}

void MessageModel::refreshReplies(const QSet<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    for (int r = 0; r < rowCount(); ++r) {
        const auto& replyTo = messageAt(r).replyTo;
        if (replyTo && ids.contains(*replyTo))
            Q_EMIT dataChanged(index(r), index(r), {ReplyTextRole});
    }
}

void MessageModel::refreshAgentNames()
{
    if (!rows_.empty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, AgentNameRole, SystemTextRole});
    }
}

} // namespace baton::models
