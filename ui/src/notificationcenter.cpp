#include <models/chatlistmodel.h>
#include <ui/notificationcenter.h>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

constexpr int kPreviewLength = 120;

QString elided(const QString& text)
{
    const QString simple = text.simplified();
    if (simple.size() <= kPreviewLength)
        return simple;
    return simple.left(kPreviewLength - 1) + u'…';
}

} // namespace

NotificationCenter::NotificationCenter(const models::ChatListModel* chats, Clock clock,
                                       QObject* parent)
    : QObject(parent)
    , chats_(chats)
    , clock_(std::move(clock))
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &NotificationCenter::flush);
    seed();

    // The list's unread chats, kept row by row (the tray's count).
    connect(chats_, &QAbstractItemModel::modelReset, this, [this] {
        // A load from the cache before anything was known is the known state.
        if (known_.isEmpty())
            seed();
        const qsizetype before = unread_.size();
        unread_.clear();
        trackRows(0, chats_->count() - 1);
        if (unread_.size() != before)
            Q_EMIT unreadChatsChanged(unreadChats());
    });
    connect(chats_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { trackRows(first, last); });
    connect(chats_, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                if (roles.isEmpty() || roles.contains(models::ChatListModel::UnreadCountRole))
                    trackRows(from.row(), to.row());
            });
    connect(chats_, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    setUnread(chats_->idAt(row), false);
            });
}

void NotificationCenter::seed()
{
    known_.clear();
    unread_.clear();
    known_.reserve(chats_->count());
    // Through data(): chatAt() rebuilds a whole chat, 100,000 times here.
    using Model = models::ChatListModel;
    for (int row = 0; row < chats_->count(); ++row) {
        const QModelIndex index = chats_->index(row);
        const qint64 id = chats_->idAt(row);
        const qint64 unread = index.data(Model::UnreadCountRole).toLongLong();
        const QVariant assignee = index.data(Model::AssigneeIdRole);
        known_.insert(id,
                      Known{static_cast<protocol::ChatState>(index.data(Model::StateRole).toInt()),
                            unread,
                            assignee.isValid() ? std::optional<qint64>(assignee.toLongLong())
                                               : std::nullopt});
        if (unread > 0)
            unread_.insert(id);
    }
}

void NotificationCenter::reset()
{
    pending_.clear();
    timer_.stop();
    seed();
    Q_EMIT unreadChatsChanged(unreadChats());
}

void NotificationCenter::trackRows(int first, int last)
{
    for (int row = first; row <= last && row < chats_->count(); ++row) {
        const qint64 unread =
            chats_->index(row).data(models::ChatListModel::UnreadCountRole).toLongLong();
        setUnread(chats_->idAt(row), unread > 0);
    }
}

void NotificationCenter::setUnread(qint64 chatId, bool unread)
{
    const bool was = unread_.contains(chatId);
    if (was == unread)
        return;
    if (unread)
        unread_.insert(chatId);
    else
        unread_.remove(chatId);
    Q_EMIT unreadChatsChanged(unreadChats());
}

void NotificationCenter::setRules(const Rules& rules)
{
    rules_ = rules;
    if (!rules_.enabled) {
        pending_.clear();
        timer_.stop();
    }
}

void NotificationCenter::setDoNotDisturb(bool on)
{
    if (doNotDisturb_ == on)
        return;
    doNotDisturb_ = on;
    // What waited is dropped too: leaving do-not-disturb must not flood.
    if (on) {
        pending_.clear();
        timer_.stop();
    }
    Q_EMIT doNotDisturbChanged(on);
}

bool NotificationCenter::mine(const protocol::Origin& origin) const
{
    return agentId_ && origin.agentId == agentId_;
}

bool NotificationCenter::assignedToMe(qint64 chatId) const
{
    const std::optional<protocol::Chat> c = chats_->chat(chatId);
    return c && agentId_ && c->assigneeId == agentId_;
}

QString NotificationCenter::preview(const protocol::Message& m)
{
    if (!m.text.trimmed().isEmpty())
        return elided(m.text);
    if (!m.attachments.isEmpty())
        return tr("Attachment: %1").arg(m.attachments.constFirst().filename);
    switch (m.kind) {
    case protocol::MessageKind::StoryMention:
        return tr("Mentioned you in a story");
    case protocol::MessageKind::AdClick:
        return tr("Came from an ad");
    default:
        return tr("New message");
    }
}

void NotificationCenter::applyEvents(const QList<protocol::Event>& events)
{
    const bool listening = rules_.enabled && !doNotDisturb_;
    for (const protocol::Event& e : events) {
        switch (e.type) {
        case protocol::EventType::ChatCreated:
        case protocol::EventType::ChatUpdated: {
            const auto* c = std::get_if<protocol::Chat>(&e.payload);
            if (!c)
                break;
            const auto prev = known_.constFind(c->id);
            const bool opened =
                c->state == protocol::ChatState::Open &&
                (prev == known_.cend() ? e.type == protocol::EventType::ChatCreated
                                       : prev->state == protocol::ChatState::Closed);
            const bool toMe = agentId_ && c->assigneeId == agentId_ &&
                              (prev == known_.cend() ? e.type == protocol::EventType::ChatCreated
                                                     : prev->assignee != agentId_);
            known_.insert(c->id, Known{c->state, c->unreadCount, c->assigneeId});
            setUnread(c->id, c->unreadCount > 0);
            Candidate cand;
            cand.chatId = c->id;
            cand.opened = opened && rules_.openChats;
            cand.assigned = toMe && rules_.myMessages;
            cand.chatTitle = c->title;
            if (c->lastMessage && c->lastMessage->direction == protocol::Direction::In)
                cand.preview = elided(c->lastMessage->text);
            if ((cand.opened || cand.assigned) && listening && !mine(e.origin))
                addCandidate(cand);
            break;
        }
        case protocol::EventType::MessageCreated: {
            const auto* m = std::get_if<protocol::Message>(&e.payload);
            if (!m || m->direction != protocol::Direction::In ||
                m->source != protocol::MessageSource::Subscriber || m->deleted ||
                m->kind == protocol::MessageKind::BotStatusChange)
                break;
            if (!listening || !rules_.myMessages || mine(e.origin) || !assignedToMe(m->chatId))
                break;
            Candidate cand;
            cand.chatId = m->chatId;
            cand.messages = 1;
            cand.chatTitle = chats_->chat(m->chatId)->title;
            cand.preview = preview(*m);
            addCandidate(cand);
            break;
        }
        default:
            break;
        }
    }
    flush();
}

void NotificationCenter::applySnapshot()
{
    const bool listening = rules_.enabled && !doNotDisturb_;
    const bool knewSomething = !known_.isEmpty();
    for (int row = 0; row < chats_->count(); ++row) {
        const protocol::Chat& c = chats_->chatAt(row);
        const auto prev = known_.constFind(c.id);
        Candidate cand;
        cand.chatId = c.id;
        cand.chatTitle = c.title;
        if (c.state == protocol::ChatState::Open) {
            cand.opened =
                prev == known_.cend() ? knewSomething : prev->state == protocol::ChatState::Closed;
            cand.opened = cand.opened && rules_.openChats;
        }
        const bool mineNow = agentId_ && c.assigneeId == agentId_;
        if (rules_.myMessages && mineNow && prev != known_.cend()) {
            cand.assigned = prev->assignee != agentId_;
            if (c.unreadCount > prev->unread)
                cand.messages = static_cast<int>(c.unreadCount - prev->unread);
        }
        if (listening && (cand.opened || cand.assigned || cand.messages > 0)) {
            if (c.lastMessage && c.lastMessage->direction == protocol::Direction::In)
                cand.preview = elided(c.lastMessage->text);
            addCandidate(cand);
        }
    }
    seed();
    Q_EMIT unreadChatsChanged(unreadChats());
    flush();
}

void NotificationCenter::addCandidate(const Candidate& cand)
{
    // One entry per chat: a chat that opened and got messages is one item.
    for (qsizetype i = 0; i < pending_.size(); ++i) {
        if (pending_[i].chatId != cand.chatId)
            continue;
        Candidate merged = pending_.takeAt(i);
        merged.opened = merged.opened || cand.opened;
        merged.assigned = merged.assigned || cand.assigned;
        merged.messages += cand.messages;
        merged.chatTitle = cand.chatTitle;
        if (!cand.preview.isEmpty())
            merged.preview = cand.preview;
        pending_.append(merged);
        return;
    }
    pending_.append(cand);
}

void NotificationCenter::flush()
{
    if (pending_.isEmpty())
        return;
    const QDateTime now = clock_();
    if (lastShown_.isValid()) {
        const qint64 since = lastShown_.msecsTo(now);
        if (since >= 0 && since < intervalMs_) {
            timer_.start(static_cast<int>(intervalMs_ - since));
            return;
        }
    }
    timer_.stop();
    const Notification n = build();
    pending_.clear();
    lastShown_ = now;
    Q_EMIT notify(n);
}

Notification NotificationCenter::build() const
{
    Notification n;
    const Candidate& newest = pending_.constLast();
    n.chatId = newest.chatId;
    for (const Candidate& c : pending_) {
        n.openChats += c.opened ? 1 : 0;
        n.messages += c.messages;
        n.assigned += c.assigned ? 1 : 0;
    }
    if (pending_.size() == 1 && newest.opened) {
        n.kind = Notification::Kind::OpenChat;
        n.title = tr("New open chat: %1").arg(newest.chatTitle);
        n.body = newest.preview;
        return n;
    }
    if (pending_.size() == 1 && newest.messages == 1) {
        n.kind = Notification::Kind::Message;
        n.title = newest.chatTitle;
        n.body = newest.preview;
        return n;
    }
    if (pending_.size() == 1 && newest.assigned && newest.messages == 0) {
        n.kind = Notification::Kind::Assigned;
        n.title = tr("Assigned to you: %1").arg(newest.chatTitle);
        n.body = newest.preview;
        return n;
    }
    n.kind = Notification::Kind::Summary;
    QStringList parts;
    if (n.openChats > 0)
        parts << tr("%n new open chat(s)", nullptr, n.openChats);
    if (n.assigned > 0)
        parts << tr("%n chat(s) assigned to you", nullptr, n.assigned);
    if (n.messages > 0)
        parts << tr("%n new message(s) in your chats", nullptr, n.messages);
    n.title = parts.join(u", "_s);
    n.body = newest.preview.isEmpty() ? newest.chatTitle
                                      : tr("%1: %2").arg(newest.chatTitle, newest.preview);
    return n;
}

void NotificationCenter::activate(const Notification& n)
{
    if (n.chatId != 0 && chats_->chat(n.chatId))
        Q_EMIT chatOpenRequested(n.chatId);
    else
        Q_EMIT listRequested();
}

} // namespace baton::ui
