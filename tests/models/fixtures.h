#pragma once

#include <protocol/chatlist.h>
#include <protocol/event.h>

#include <QRandomGenerator>
#include <QTimeZone>

// Realistic protocol values and event streams for the model tests.
namespace fixtures {

using namespace baton::protocol;
using namespace Qt::StringLiterals;

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 21), QTime(7, 0), QTimeZone::utc());
}

inline QDateTime at(qint64 seconds)
{
    return t0().addSecs(seconds);
}

inline BotStatus botStatus(BotState state, qint64 version, std::optional<QDateTime> until = {},
                           std::optional<qint64> agentId = {},
                           BotStatusReason reason = BotStatusReason::Agent)
{
    BotStatus b;
    b.state = state;
    b.until = until;
    b.reason = reason;
    b.actor = agentId ? Actor{ActorType::Agent, agentId} : Actor{ActorType::System, {}};
    b.changedAt = at(0);
    b.version = version;
    return b;
}

inline Chat chat(qint64 id, const QDateTime& activity, ChatState state = ChatState::Open,
                 qint64 unread = 0, std::optional<qint64> assignee = {},
                 Channel channel = Channel::Telegram)
{
    Chat c;
    c.id = id;
    c.subscriberId = 10000 + id;
    c.botId = 3;
    c.channel = channel;
    c.type = ChatType::Personal;
    c.state = state;
    c.unreadCount = unread;
    c.assigneeId = assignee;
    c.title = u"Subscriber %1"_s.arg(id);
    c.username = u"user%1"_s.arg(id);
    c.email = u"user%1@example.com"_s.arg(id);
    c.phone = u"+49 151 %1"_s.arg(1000000 + id);
    c.avatarUrl = u"https://cdn.example/avatars/%1.jpg"_s.arg(id);
    c.lastMessage = MessagePreview{u"Hello from %1"_s.arg(id),
                                   Direction::In,
                                   MessageSource::Subscriber,
                                   MessageKind::Text,
                                   std::nullopt,
                                   activity,
                                   std::nullopt};
    c.lastActivityAt = activity;
    c.lastInboundAt = activity;
    c.botStatus = botStatus(BotState::Active, 1, {}, {}, BotStatusReason::Initial);
    return c;
}

inline Message message(qint64 id, qint64 chatId, const QDateTime& createdAt, const QString& text,
                       Direction direction = Direction::In)
{
    Message m;
    m.id = id;
    m.chatId = chatId;
    m.direction = direction;
    m.source = direction == Direction::In ? MessageSource::Subscriber : MessageSource::Bot;
    m.kind = MessageKind::Text;
    m.text = text;
    m.createdAt = createdAt;
    return m;
}

inline Message agentMessage(qint64 id, qint64 chatId, const QDateTime& createdAt,
                            const QString& text, const QString& clientId, qint64 agentId = 12)
{
    Message m = message(id, chatId, createdAt, text, Direction::Out);
    m.source = MessageSource::Agent;
    m.agentId = agentId;
    m.clientId = clientId;
    return m;
}

inline Subscriber subscriber(qint64 id, Channel channel = Channel::WhatsApp)
{
    Subscriber s;
    s.id = id;
    s.botId = 4;
    s.channel = channel;
    s.firstName = u"Lena"_s;
    s.lastName = u"Vogel"_s;
    s.username = u"lenavogel"_s;
    s.email = u"lena.vogel@example.com"_s;
    s.phone = u"+49 151 23456789"_s;
    s.subscribedAt = at(-86400 * 30);
    s.lastActivityAt = at(0);
    s.lastInboundAt = at(0);
    s.tags = {u"vip"_s};
    s.variables = {{u"order_number"_s, u"NW-20931"_s}};
    s.botStatus = botStatus(BotState::Active, 3);
    return s;
}

// Numbers events gaplessly, as the server does.
class Stream {
public:
    explicit Stream(qint64 after = 0)
        : seq_(after)
    {}

    Event next(EventType type, EventPayload payload, QString clientId = {})
    {
        Event e;
        e.seq = ++seq_;
        e.type = type;
        e.at = at(seq_);
        e.origin.clientId = std::move(clientId);
        e.payload = std::move(payload);
        return e;
    }
    Event chatUpdated(const Chat& c) { return next(EventType::ChatUpdated, c); }
    Event chatCreated(const Chat& c) { return next(EventType::ChatCreated, c); }
    Event messageCreated(const Message& m)
    {
        return next(EventType::MessageCreated, m, m.clientId);
    }
    Event messageUpdated(const Message& m) { return next(EventType::MessageUpdated, m); }
    Event botStatusChanged(qint64 subscriberId, qint64 chatId, const BotStatus& b)
    {
        return next(EventType::BotStatusChanged, BotStatusChanged{subscriberId, chatId, b});
    }
    qint64 seq() const { return seq_; }

private:
    qint64 seq_;
};

// A random but realistic stream: new chats, inbound and outbound messages
// (moving chats), reads, closes, reopens, assignments, bot-status changes,
// contact edits. `chats` is the state the stream was generated from and is
// kept up to date as the server would.
class RandomWorkspace {
public:
    RandomWorkspace(quint32 seed, int initialChats)
        : rng_(seed)
    {
        for (int i = 1; i <= initialChats; ++i)
            addChat(at(-static_cast<qint64>(rng_.bounded(100000))));
    }

    QList<Chat> chats() const { return chats_.values(); }
    const QHash<qint64, Chat>& byId() const { return chats_; }
    Stream& stream() { return stream_; }

    // One change as the server reports it: one or two events.
    QList<Event> nextEvents()
    {
        now_ += 1 + rng_.bounded(30);
        const int kind = static_cast<int>(rng_.bounded(100));
        if (kind < 5 || chats_.isEmpty()) {
            const Chat& c = addChat(at(now_));
            return {stream_.chatCreated(c)};
        }
        Chat& c = randomChat();
        if (kind < 35) {
            // An inbound message: the chat opens, unread grows, it moves up.
            c.state = ChatState::Open;
            c.unreadCount += 1;
            c.lastActivityAt = at(now_);
            c.lastInboundAt = at(now_);
            c.lastMessage =
                MessagePreview{u"msg %1"_s.arg(now_), Direction::In, MessageSource::Subscriber,
                               MessageKind::Text,     std::nullopt,  at(now_),
                               std::nullopt};
            const Event created = stream_.messageCreated(
                message(++messageId_, c.id, at(now_), u"msg %1"_s.arg(now_)));
            return {created, stream_.chatUpdated(c)};
        }
        if (kind < 50) {
            c.unreadCount = 0; // read
        } else if (kind < 60) {
            c.state = ChatState::Closed;
        } else if (kind < 65) {
            c.state = ChatState::Open;
            c.unreadCount = std::max<qint64>(c.unreadCount, 1);
        } else if (kind < 78) {
            const int pick = static_cast<int>(rng_.bounded(4));
            c.assigneeId = pick == 0 ? std::optional<qint64>() : std::optional<qint64>(pick + 10);
        } else if (kind < 90) {
            const auto state = static_cast<BotState>(rng_.bounded(3));
            c.botStatus = botStatus(
                state, c.botStatus.version + 1,
                state == BotState::Active ? std::nullopt : std::optional(at(now_ + 3600)), 12);
            return {stream_.botStatusChanged(c.subscriberId, c.id, c.botStatus)};
        } else {
            static const QStringList names = {u"Ann Meyer"_s, u"Jonas Berg"_s, u"Zoë Ødegaard"_s,
                                              u"Maya"_s};
            c.title = names.at(static_cast<int>(rng_.bounded(names.size())));
            c.phone = u"+1 555-01%1"_s.arg(rng_.bounded(100), 2, 10, QLatin1Char('0'));
        }
        return {stream_.chatUpdated(c)};
    }

    quint32 bounded(quint32 n) { return rng_.bounded(n); }

private:
    const Chat& addChat(const QDateTime& activity)
    {
        const qint64 id = ++chatId_;
        static const Channel channels[] = {Channel::Telegram, Channel::WhatsApp, Channel::Instagram,
                                           Channel::Messenger};
        Chat c = chat(id, activity, rng_.bounded(3) == 0 ? ChatState::Closed : ChatState::Open,
                      rng_.bounded(3), std::nullopt, channels[rng_.bounded(4)]);
        if (rng_.bounded(2) == 0)
            c.assigneeId = 11 + rng_.bounded(3);
        if (rng_.bounded(5) == 0)
            c.type = ChatType::Group;
        // Some chats share an activity time to exercise the id tie-break.
        if (rng_.bounded(10) == 0 && !chats_.isEmpty())
            c.lastActivityAt = chats_.begin()->lastActivityAt;
        return *chats_.insert(id, c);
    }

    Chat& randomChat()
    {
        auto it = chats_.begin();
        std::advance(it, rng_.bounded(static_cast<quint32>(chats_.size())));
        return *it;
    }

    QRandomGenerator rng_;
    Stream stream_;
    QHash<qint64, Chat> chats_;
    qint64 chatId_ = 0;
    qint64 messageId_ = 500000;
    qint64 now_ = 0;
};

// The list as the server would order it.
inline QList<Chat> sorted(QList<Chat> chats)
{
    std::sort(chats.begin(), chats.end(), sortsBefore);
    return chats;
}

inline ListCounts bruteCounts(const QList<Chat>& chats, ChatQuery query)
{
    query.list = ChatList::All;
    ListCounts out;
    for (const auto& c : chats) {
        if (matches(c, query))
            count(c, out);
    }
    return out;
}

} // namespace fixtures
