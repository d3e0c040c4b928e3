#include "chatstore.h"
#include "rowreaders.h"
#include "sqlquery.h"

#include <protocol/chatlist.h>

#include <QCryptographicHash>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

// MessagePreview.text: the first 200 code points, never half a surrogate pair.
constexpr qsizetype kPreviewCodePoints = 200;

QString cutToCodePoints(const QString& text, qsizetype maxCodePoints)
{
    qsizetype units = 0;
    for (qsizetype points = 0; units < text.size() && points < maxCodePoints; ++points) {
        const bool pair = text.at(units).isHighSurrogate() && units + 1 < text.size() &&
                          text.at(units + 1).isLowSurrogate();
        units += pair ? 2 : 1;
    }
    return units < text.size() ? text.left(units) : text;
}

const QString kChatSelect =
    u"SELECT c.id, c.subscriber_id, c.bot_id, c.channel, c.type, c.state, c.unread_count, "
    "c.assignee_id, s.first_name, s.last_name, s.username, s.email, s.phone, s.avatar_url, "
    "c.last_activity_at, s.last_inbound_at, s.bot_state, s.bot_until, s.bot_reason, "
    "s.bot_actor_type, s.bot_actor_agent_id, s.bot_changed_at, s.bot_version, "
    "m.id, m.text, m.direction, m.source, m.kind, m.agent_id, m.created_at, m.deleted, "
    "(SELECT a.filename FROM attachments a WHERE a.message_id = m.id "
    "ORDER BY a.position, a.id LIMIT 1) "
    "FROM chats c JOIN subscribers s ON s.id = c.subscriber_id "
    "LEFT JOIN messages m ON m.id = c.last_message_id "_s;

Chat readChat(const Query& q)
{
    Chat c;
    c.id = q.integer(0);
    c.subscriberId = q.integer(1);
    c.botId = q.integer(2);
    c.channel = enumAt(q, 3, Channel::Telegram);
    c.type = enumAt(q, 4, ChatType::Personal);
    c.state = enumAt(q, 5, ChatState::Closed);
    c.unreadCount = q.integer(6);
    c.assigneeId = q.optInteger(7);
    Subscriber names;
    names.id = c.subscriberId;
    names.firstName = q.text(8);
    names.lastName = q.text(9);
    names.username = q.text(10);
    c.title = names.displayName();
    c.username = names.username;
    c.email = q.text(11);
    c.phone = q.text(12);
    c.avatarUrl = q.text(13);
    c.lastActivityAt = q.time(14);
    c.lastInboundAt = q.optTime(15);
    c.botStatus = botStatusAt(q, 16);
    if (!q.isNull(23)) {
        Message m;
        m.id = q.integer(23);
        m.deleted = q.boolean(30);
        m.text = q.text(24);
        m.direction = enumAt(q, 25, Direction::In);
        m.source = enumAt(q, 26, MessageSource::Subscriber);
        m.kind = enumAt(q, 27, MessageKind::Text);
        m.agentId = q.optInteger(28);
        m.createdAt = q.time(29);
        c.lastMessage = previewOf(m, q.isNull(31) ? QString() : q.text(31));
    }
    return c;
}

} // namespace

MessagePreview previewOf(const Message& m, const QString& firstFile)
{
    MessagePreview preview;
    preview.messageId = m.id;
    preview.text = m.deleted ? QString() : m.text;
    // A message with files only shows its first file's name.
    if (preview.text.isEmpty())
        preview.text = firstFile;
    preview.text = cutToCodePoints(preview.text, kPreviewCodePoints);
    preview.direction = m.direction;
    preview.source = m.source;
    preview.kind = m.kind;
    preview.agentId = m.agentId;
    preview.at = m.createdAt;
    return preview;
}

namespace {

// LIKE treats % and _ as wildcards; escape them (and the escape itself) so a
// search is matched as plain text.
QString likePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'!')
            escaped.append(u'!');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

// protocol::SearchNeedle's phone rule: only ASCII digits and phone
// separators, at least one digit.
bool isPhoneSearch(const QString& text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (!(c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.'))
            return false;
    }
    return digit;
}

QString asciiDigitsOf(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

// The WHERE clause shared by list and counts, without the list itself.
struct Filter {
    QString sql;
    QVariantList values;
    // The clause reads subscriber columns (search): the query needs the join.
    bool readsSubscriber = false;
};

Filter filterFor(qint64 workspaceId, const ChatQuery& query)
{
    Filter f;
    f.sql = u" WHERE c.workspace_id = ?"_s;
    f.values.append(workspaceId);
    if (query.channel) {
        f.sql += u" AND c.channel = ?"_s;
        f.values.append(enumName(*query.channel));
    }
    if (query.type) {
        f.sql += u" AND c.type = ?"_s;
        f.values.append(enumName(*query.type));
    }
    switch (query.assignee) {
    case AssigneeFilter::All:
        break;
    case AssigneeFilter::Me:
    case AssigneeFilter::Agent:
        f.sql += u" AND c.assignee_id = ?"_s;
        f.values.append(query.assigneeId);
        break;
    case AssigneeFilter::Unassigned:
        f.sql += u" AND c.assignee_id IS NULL"_s;
        break;
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        // protocol::SearchNeedle: a substring of one field (never across
        // two), or for a phone search a substring of the phone's digits.
        QStringList any;
        const QString folded = search.toCaseFolded();
        // No stored field holds NUL (PostgreSQL text cannot), so such a
        // search matches no field; it is never bound either.
        if (!folded.contains(QChar(u'\0'))) {
            const QString pattern = likePattern(folded);
            for (const auto* column :
                 {u"s.search_title", u"s.search_username", u"s.search_email", u"s.search_phone"}) {
                any.append(QString::fromUtf16(column) + u" LIKE ? ESCAPE '!'"_s);
                f.values.append(pattern);
            }
        }
        if (isPhoneSearch(search)) {
            any.append(u"s.phone_digits LIKE ?"_s);
            f.values.append(likePattern(asciiDigitsOf(search)));
        }
        f.sql += any.isEmpty() ? u" AND 1 = 0"_s : u" AND ("_s + any.join(u" OR "_s) + u')';
        f.readsSubscriber = !any.isEmpty();
    }
    return f;
}

QString listCondition(ChatList list)
{
    switch (list) {
    case ChatList::Open:
        return u" AND c.state = 'open'"_s;
    case ChatList::Unread:
        return u" AND c.state = 'open' AND c.unread_count > 0"_s;
    case ChatList::Closed:
        return u" AND c.state = 'closed'"_s;
    case ChatList::All:
        break;
    }
    return {};
}

} // namespace

QString ChatCursor::encode() const
{
    const QByteArray raw = "v1:" + QByteArray::number(lastActivityMs) + ':' +
                           QByteArray::number(chatId) + ':' + filter.toLatin1();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ChatCursor> ChatCursor::decode(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "v1")
        return std::nullopt;
    bool okTime = false;
    bool okId = false;
    ChatCursor out{parts.at(1).toLongLong(&okTime), parts.at(2).toLongLong(&okId),
                   QString::fromLatin1(parts.at(3))};
    if (!okTime || !okId || out.chatId < 1)
        return std::nullopt;
    return out;
}

QString filterFingerprint(const ChatQuery& query)
{
    const QString canonical = QStringList{enumName(query.list),
                                          query.channel ? enumName(*query.channel) : QString(),
                                          query.type ? enumName(*query.type) : QString(),
                                          QString::number(static_cast<int>(query.assignee)),
                                          QString::number(query.assigneeId),
                                          query.search.trimmed().toCaseFolded()}
                                  .join(u'\n');
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

SearchFields searchFieldsOf(const Subscriber& s)
{
    Chat chat;
    chat.title = s.displayName();
    chat.username = s.username;
    chat.email = s.email;
    chat.phone = s.phone;
    const SearchKey key(chat);
    const SearchKeyView v = key.view();
    SearchFields out;
    out.title = v.text.first(v.titleEnd).toString();
    out.username = v.text.sliced(v.titleEnd + 1, v.usernameEnd - v.titleEnd - 1).toString();
    out.email = v.text.sliced(v.usernameEnd + 1, v.emailEnd - v.usernameEnd - 1).toString();
    out.phone = v.text.sliced(v.emailEnd + 1, v.phoneEnd - v.emailEnd - 1).toString();
    out.phoneDigits = v.text.sliced(v.phoneEnd + 1).toString();
    return out;
}

void ChatStore::refreshSearch(qint64 subscriberId)
{
    Query q(db_, u"SELECT first_name, last_name, username, email, phone FROM subscribers "
                 "WHERE id = ?"_s);
    q.bind(subscriberId).exec();
    if (!q.next())
        return;
    Subscriber s;
    s.id = subscriberId;
    s.firstName = q.text(0);
    s.lastName = q.text(1);
    s.username = q.text(2);
    s.email = q.text(3);
    s.phone = q.text(4);
    writeSearch(s);
}

void ChatStore::writeSearch(const Subscriber& s)
{
    const SearchFields f = searchFieldsOf(s);
    Query(db_, u"UPDATE subscribers SET search_title = ?, search_username = ?, search_email = ?, "
               "search_phone = ?, phone_digits = ? WHERE id = ?"_s)
        .bind(f.title)
        .bind(f.username)
        .bind(f.email)
        .bind(f.phone)
        .bind(f.phoneDigits)
        .bind(s.id)
        .exec();
}

void ChatStore::fillMissingSearch()
{
    Transaction tx(db_);
    QList<qint64> ids;
    {
        Query q(db_, u"SELECT id FROM subscribers WHERE search_title IS NULL"_s);
        q.exec();
        while (q.next())
            ids.append(q.integer(0));
    }
    for (const qint64 id : std::as_const(ids))
        refreshSearch(id);
    tx.commit();
}

std::optional<Chat> ChatStore::chat(qint64 workspaceId, qint64 chatId) const
{
    // Built once: every inbound message reads its chat back.
    static const QString sql = kChatSelect + u" WHERE c.workspace_id = ? AND c.id = ?"_s;
    Query q(db_, sql);
    q.bind(workspaceId).bind(chatId).exec();
    if (!q.next())
        return std::nullopt;
    return readChat(q);
}

QList<Chat> ChatStore::list(qint64 workspaceId, const ChatQuery& query,
                            const std::optional<ChatCursor>& cursor, int limit) const
{
    const Filter filter = filterFor(workspaceId, query);
    QString sql = kChatSelect + filter.sql + listCondition(query.list);
    if (cursor)
        sql += u" AND (c.last_activity_at < ? OR (c.last_activity_at = ? AND c.id < ?))"_s;
    sql += u" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?"_s;
    Query q(db_, sql);
    for (const QVariant& v : filter.values)
        q.bind(v);
    if (cursor)
        q.bind(cursor->lastActivityMs).bind(cursor->lastActivityMs).bind(cursor->chatId);
    q.bind(limit).exec();
    QList<Chat> out;
    while (q.next())
        out.append(readChat(q));
    return out;
}

ListCounts ChatStore::counts(qint64 workspaceId, const ChatQuery& query) const
{
    const Filter filter = filterFor(workspaceId, query);
    Query q(db_, u"SELECT COUNT(*) FILTER (WHERE c.state = 'open'), "
                 "COUNT(*) FILTER (WHERE c.state = 'open' AND c.unread_count > 0), "
                 "COUNT(*) FILTER (WHERE c.state = 'closed'), COUNT(*) FROM chats c"_s +
                     // Every chat has its subscriber (NOT NULL, cascade): the
                     // join only filters when the search reads it, and joining
                     // anyway cost one subscriber lookup per chat on every
                     // page read (docs/performance.md).
                     (filter.readsSubscriber ? u" JOIN subscribers s ON s.id = c.subscriber_id"_s
                                             : QString()) +
                     filter.sql);
    for (const QVariant& v : filter.values)
        q.bind(v);
    q.exec();
    ListCounts out;
    if (q.next())
        out = {q.integer(0), q.integer(1), q.integer(2), q.integer(3)};
    return out;
}

void ChatStore::setState(qint64 chatId, ChatState state, const QDateTime& now)
{
    const QString sql = state == ChatState::Open
                            ? u"UPDATE chats SET state = 'open', opened_at = ? WHERE id = ?"_s
                            : u"UPDATE chats SET state = 'closed', closed_at = ? WHERE id = ?"_s;
    Query(db_, sql).bind(now).bind(chatId).exec();
}

void ChatStore::setUnreadCount(qint64 chatId, qint64 count)
{
    Query(db_, u"UPDATE chats SET unread_count = ? WHERE id = ?"_s).bind(count).bind(chatId).exec();
}

void ChatStore::setAssignee(qint64 chatId, std::optional<qint64> agentId)
{
    Query(db_, u"UPDATE chats SET assignee_id = ? WHERE id = ?"_s)
        .bind(agentId)
        .bind(chatId)
        .exec();
}

void ChatStore::setLastMessage(qint64 chatId, qint64 messageId, const QDateTime& at)
{
    // Activity only moves forward, even if an older message is recorded late.
    Query(db_, u"UPDATE chats SET last_message_id = ?, last_activity_at = "
               "CASE WHEN last_activity_at > ? THEN last_activity_at ELSE ? END WHERE id = ?"_s)
        .bind(messageId)
        .bind(at)
        .bind(at)
        .bind(chatId)
        .exec();
}

void ChatStore::recordActivity(qint64 chatId, std::optional<qint64> lastMessageId,
                               qint64 unreadAdded, bool open, const QDateTime& at)
{
    QStringList sets;
    if (lastMessageId)
        sets.append(u"last_message_id = ?, last_activity_at = "
                    "CASE WHEN last_activity_at > ? THEN last_activity_at ELSE ? END"_s);
    if (unreadAdded != 0)
        sets.append(u"unread_count = unread_count + ?"_s);
    if (open)
        sets.append(u"state = 'open', opened_at = ?"_s);
    if (sets.isEmpty())
        return;
    Query q(db_, u"UPDATE chats SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
    if (lastMessageId)
        q.bind(*lastMessageId).bind(at).bind(at);
    if (unreadAdded != 0)
        q.bind(unreadAdded);
    if (open)
        q.bind(at);
    q.bind(chatId).exec();
}

SubscriptionStatus ChatStore::subscriptionStatus(qint64 subscriberId) const
{
    Query q(db_, u"SELECT status FROM subscribers WHERE id = ?"_s);
    q.bind(subscriberId).exec();
    if (!q.next())
        return SubscriptionStatus::Active;
    return enumAt(q, 0, SubscriptionStatus::Active);
}

void ChatStore::setBotStatus(qint64 subscriberId, const BotStatus& status)
{
    Query(db_, u"UPDATE subscribers SET bot_state = ?, bot_until = ?, bot_reason = ?, "
               "bot_actor_type = ?, bot_actor_agent_id = ?, bot_changed_at = ?, bot_version = ? "
               "WHERE id = ?"_s)
        .bind(enumName(status.state))
        .bind(status.until)
        .bind(enumName(status.reason))
        .bind(enumName(status.actor.type))
        .bind(status.actor.agentId)
        .bind(status.changedAt)
        .bind(status.version)
        .bind(subscriberId)
        .exec();
}

qint64 ChatStore::createSubscriber(qint64 workspaceId, const Subscriber& s,
                                   const QString& externalId, const QDateTime& now)
{
    Query q(db_,
            u"INSERT INTO subscribers (workspace_id, bot_id, external_id, first_name, last_name, "
            "username, avatar_url, email, phone, status, subscribed_at, last_activity_at, "
            "last_inbound_at, ad_campaign_name, ad_campaign_url, ig_follows_business, "
            "ig_followed_by_business, group_member_count, group_share_link, group_invite_link, "
            "bot_state, bot_until, bot_reason, bot_actor_type, bot_actor_agent_id, bot_changed_at, "
            "bot_version, created_at, search_title, search_username, search_email, search_phone, "
            "phone_digits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const auto optBool = [](const std::optional<InstagramFollow>& f, bool followsBusiness) {
        if (!f)
            return QVariant(QMetaType::fromType<bool>());
        return QVariant(followsBusiness ? f->followsBusiness : f->followedByBusiness);
    };
    q.bind(workspaceId)
        .bind(s.botId)
        .bind(externalId)
        .bind(s.firstName)
        .bind(s.lastName)
        .bind(s.username)
        .bind(s.avatarUrl)
        .bind(s.email)
        .bind(s.phone)
        .bind(enumName(s.status))
        .bind(s.subscribedAt)
        .bind(s.lastActivityAt)
        .bind(s.lastInboundAt)
        .bind(s.adCampaign ? std::optional(s.adCampaign->name) : std::nullopt)
        .bind(s.adCampaign ? std::optional(s.adCampaign->url) : std::nullopt)
        .bind(optBool(s.instagram, true))
        .bind(optBool(s.instagram, false))
        .bind(s.group ? std::optional(s.group->memberCount) : std::nullopt)
        .bind(s.group ? std::optional(s.group->shareLink) : std::nullopt)
        .bind(s.group ? std::optional(s.group->inviteLink) : std::nullopt)
        .bind(enumName(s.botStatus.state))
        .bind(s.botStatus.until)
        .bind(enumName(s.botStatus.reason))
        .bind(enumName(s.botStatus.actor.type))
        .bind(s.botStatus.actor.agentId)
        .bind(s.botStatus.changedAt.isValid() ? s.botStatus.changedAt : now)
        .bind(s.botStatus.version)
        .bind(now);
    // The search columns go in with the row; only the title of a nameless
    // subscriber holds its id ("#id"), rewritten once the id is known.
    Subscriber stored = s;
    stored.id = 0;
    const SearchFields f = searchFieldsOf(stored);
    const QString titleWithoutId = stored.displayName();
    stored.id = 1;
    const bool titleHasId = stored.displayName() != titleWithoutId;
    q.bind(f.title).bind(f.username).bind(f.email).bind(f.phone).bind(f.phoneDigits);
    stored.id = scalar(q);
    if (titleHasId)
        writeSearch(stored);
    return stored.id;
}

qint64 ChatStore::createChat(qint64 workspaceId, const Chat& chat, const QDateTime& now)
{
    Query q(db_, u"INSERT INTO chats (workspace_id, subscriber_id, bot_id, channel, type, state, "
                 "unread_count, assignee_id, last_activity_at, opened_at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(workspaceId)
        .bind(chat.subscriberId)
        .bind(chat.botId)
        .bind(enumName(chat.channel))
        .bind(enumName(chat.type))
        .bind(enumName(chat.state))
        .bind(chat.unreadCount)
        .bind(chat.assigneeId)
        .bind(chat.lastActivityAt)
        .bind(chat.state == ChatState::Open ? std::optional(chat.lastActivityAt) : std::nullopt)
        .bind(now);
    return scalar(q);
}

} // namespace baton::server
