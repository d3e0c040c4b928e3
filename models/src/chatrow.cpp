#include <models/chatrow.h>

#include <QTimeZone>

#include <cstring>

namespace baton::models::detail {

namespace {

using protocol::Chat;

// The block: TextCount quint32 ends (relative to the text after them), then
// the text. Written and read with memcpy: the block is a char array.
constexpr std::size_t kHeader = ChatRow::TextCount * sizeof(quint32);

template <class E>
quint8 small(E e)
{
    return static_cast<quint8>(e);
}

template <class E>
E enumOf(quint8 v)
{
    return static_cast<E>(v);
}

// Writes `s` as UTF-8 at `out` (room for 3 bytes per unit) and returns the
// bytes written: ASCII directly, anything else through QString::toUtf8.
quint32 appendUtf8(const QString& s, char* out)
{
    const QChar* src = s.constData();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (src[i].unicode() >= 0x80) {
            const QByteArray utf8 = s.toUtf8();
            std::memcpy(out, utf8.constData(), static_cast<std::size_t>(utf8.size()));
            return static_cast<quint32>(utf8.size());
        }
        out[i] = static_cast<char>(src[i].unicode());
    }
    return static_cast<quint32>(n);
}

} // namespace

QDateTime ChatRow::timeOf(qint64 ms)
{
    if (ms == kNoTime)
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

ChatRow::ChatRow(const Chat& c)
{
    setFields(c);
    thread_local QByteArray scratch;
    scratch.resize(0); // keeps its capacity
    if (appendTexts(c, scratch)) {
        texts_ = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(scratch.size()));
        std::memcpy(texts_.get(), scratch.constData(), static_cast<std::size_t>(scratch.size()));
    }
}

ChatRow::ChatRow(const Chat& c, const char* texts)
    : borrowed_(texts)
{
    setFields(c);
}

void ChatRow::setFields(const Chat& c)
{
    id = c.id;
    lastActivityAt = timeKey(c.lastActivityAt);
    subscriberId = c.subscriberId;
    botId = c.botId;
    unreadCount = c.unreadCount;
    assigneeId = c.assigneeId.value_or(0);
    lastInboundAt = c.lastInboundAt ? timeKey(*c.lastInboundAt) : kNoTime;
    botUntil = c.botStatus.until ? timeKey(*c.botStatus.until) : kNoTime;
    botChangedAt = timeKey(c.botStatus.changedAt);
    botVersion = c.botStatus.version;
    botActorAgentId = c.botStatus.actor.agentId.value_or(0);
    channel = small(c.channel);
    type = small(c.type);
    state = small(c.state);
    botState = small(c.botStatus.state);
    botReason = small(c.botStatus.reason);
    actorType = small(c.botStatus.actor.type);
    quint16 f = 0;
    f |= c.assigneeId ? HasAssignee : 0;
    f |= c.lastInboundAt ? HasLastInbound : 0;
    f |= c.botStatus.until ? HasBotUntil : 0;
    f |= c.botStatus.actor.agentId ? HasActorAgent : 0;
    lastDirection = lastSource = lastKind = 0;
    lastAgentId = lastMessageId = 0;
    lastAt = kNoTime;
    if (const auto& m = c.lastMessage) {
        f |= HasLastMessage;
        f |= m->agentId ? HasLastAgent : 0;
        f |= m->messageId ? HasLastMessageId : 0;
        lastDirection = small(m->direction);
        lastSource = small(m->source);
        lastKind = small(m->kind);
        lastAgentId = m->agentId.value_or(0);
        lastAt = timeKey(m->at);
        lastMessageId = m->messageId.value_or(0);
    }
    flags = f;
}

bool ChatRow::appendTexts(const Chat& c, QByteArray& out)
{
    const QString* texts[TextCount] = {&c.title, &c.username,  &c.email,
                                       &c.phone, &c.avatarUrl, nullptr};
    if (c.lastMessage)
        texts[LastText] = &c.lastMessage->text;
    qsizetype utf16 = 0;
    for (const QString* t : texts)
        utf16 += t ? t->size() : 0;
    if (utf16 == 0)
        return false;
    // At most 3 UTF-8 bytes per UTF-16 unit: room first, then the size
    // written.
    const qsizetype start = out.size();
    out.resize(start + static_cast<qsizetype>(kHeader) + 3 * utf16);
    char* text = out.data() + start + kHeader;
    quint32 ends[TextCount] = {};
    quint32 at = 0;
    for (int i = 0; i < TextCount; ++i) {
        if (texts[i] && !texts[i]->isEmpty())
            at += appendUtf8(*texts[i], text + at);
        ends[i] = at;
    }
    std::memcpy(out.data() + start, ends, kHeader);
    out.resize(start + static_cast<qsizetype>(kHeader) + at);
    return true;
}

ChatRow::ChatRow(const ChatRow& other)
{
    *this = other;
}

ChatRow& ChatRow::operator=(const ChatRow& other)
{
    if (this == &other)
        return *this;
    std::unique_ptr<char[]> copy;
    if (other.texts_) {
        quint32 ends[TextCount];
        std::memcpy(ends, other.texts_.get(), kHeader);
        const std::size_t size = kHeader + ends[TextCount - 1];
        copy = std::make_unique_for_overwrite<char[]>(size);
        std::memcpy(copy.get(), other.texts_.get(), size);
    }
    id = other.id;
    lastActivityAt = other.lastActivityAt;
    subscriberId = other.subscriberId;
    botId = other.botId;
    unreadCount = other.unreadCount;
    assigneeId = other.assigneeId;
    lastInboundAt = other.lastInboundAt;
    lastAt = other.lastAt;
    lastAgentId = other.lastAgentId;
    lastMessageId = other.lastMessageId;
    botUntil = other.botUntil;
    botChangedAt = other.botChangedAt;
    botVersion = other.botVersion;
    botActorAgentId = other.botActorAgentId;
    flags = other.flags;
    channel = other.channel;
    type = other.type;
    state = other.state;
    lastDirection = other.lastDirection;
    lastSource = other.lastSource;
    lastKind = other.lastKind;
    botState = other.botState;
    botReason = other.botReason;
    actorType = other.actorType;
    texts_ = std::move(copy);
    borrowed_ = other.borrowed_;
    return *this;
}

QString ChatRow::text(Text which) const
{
    const char* block = texts();
    if (!block)
        return {};
    quint32 ends[TextCount];
    std::memcpy(ends, block, kHeader);
    const quint32 from = which == 0 ? 0 : ends[which - 1];
    if (ends[which] == from)
        return {};
    return QString::fromUtf8(block + kHeader + from, static_cast<qsizetype>(ends[which] - from));
}

protocol::FilterKey ChatRow::filterKey() const
{
    protocol::FilterKey k;
    k.assigneeId = assigneeId;
    k.assigned = has(HasAssignee);
    k.unread = unreadCount > 0;
    k.state = enumOf<protocol::ChatState>(state);
    k.channel = enumOf<protocol::Channel>(channel);
    k.type = enumOf<protocol::ChatType>(type);
    return k;
}

Chat ChatRow::toChat() const
{
    Chat c;
    c.id = id;
    c.subscriberId = subscriberId;
    c.botId = botId;
    c.channel = enumOf<protocol::Channel>(channel);
    c.type = enumOf<protocol::ChatType>(type);
    c.state = enumOf<protocol::ChatState>(state);
    c.unreadCount = unreadCount;
    c.assigneeId = assignee();
    c.title = text(Title);
    c.username = text(Username);
    c.email = text(Email);
    c.phone = text(Phone);
    c.avatarUrl = text(AvatarUrl);
    if (has(HasLastMessage)) {
        protocol::MessagePreview m;
        m.text = text(LastText);
        m.direction = enumOf<protocol::Direction>(lastDirection);
        m.source = enumOf<protocol::MessageSource>(lastSource);
        m.kind = enumOf<protocol::MessageKind>(lastKind);
        if (has(HasLastAgent))
            m.agentId = lastAgentId;
        m.at = timeOf(lastAt);
        if (has(HasLastMessageId))
            m.messageId = lastMessageId;
        c.lastMessage = std::move(m);
    }
    c.lastActivityAt = timeOf(lastActivityAt);
    c.lastInboundAt = lastInbound();
    c.botStatus.state = enumOf<protocol::BotState>(botState);
    if (has(HasBotUntil))
        c.botStatus.until = timeOf(botUntil);
    c.botStatus.reason = enumOf<protocol::BotStatusReason>(botReason);
    c.botStatus.actor.type = enumOf<protocol::ActorType>(actorType);
    if (has(HasActorAgent))
        c.botStatus.actor.agentId = botActorAgentId;
    c.botStatus.changedAt = timeOf(botChangedAt);
    c.botStatus.version = botVersion;
    return c;
}

} // namespace baton::models::detail
