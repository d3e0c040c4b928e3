#include "messagestore.h"
#include "rowreaders.h"
#include "sqlquery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

const QString kMessageColumns =
    u"id, chat_id, client_id, direction, source, kind, agent_id, text, reply_to_id, delivery, "
    "edited_at, deleted, ad_campaign_name, ad_campaign_url, story_url, bot_status, created_at, "
    "request_hash"_s;

Message readMessage(const Query& q)
{
    Message m;
    m.id = q.integer(0);
    m.chatId = q.integer(1);
    m.clientId = q.text(2);
    m.direction = enumAt(q, 3, Direction::In);
    m.source = enumAt(q, 4, MessageSource::Subscriber);
    m.kind = enumAt(q, 5, MessageKind::Text);
    m.agentId = q.optInteger(6);
    m.deleted = q.boolean(11);
    // A deleted message keeps its text and attachments for the agents.
    m.text = q.text(7);
    m.replyTo = q.optInteger(8);
    m.delivery = enumAt(q, 9, DeliveryStatus::None);
    m.editedAt = q.optTime(10);
    if (!q.isNull(12))
        m.adCampaign = AdCampaign{q.text(12), q.text(13)};
    m.storyUrl = q.text(14);
    if (!q.isNull(15)) {
        auto status = decodeBytes<BotStatus>(q.text(15).toUtf8());
        if (status)
            m.botStatus = *status.value;
    }
    m.createdAt = q.time(16);
    return m;
}

} // namespace

qint64 MessageStore::insert(qint64 workspaceId, const Message& m, const QString& requestHash)
{
    const auto id = insertUnlessDuplicate(workspaceId, m, requestHash);
    if (!id)
        throw DbError("a message with this client id exists");
    return *id;
}

std::optional<qint64> MessageStore::insertUnlessDuplicate(qint64 workspaceId, const Message& m,
                                                          const QString& requestHash)
{
    // A NULL client id (messages not sent through the API) never conflicts.
    Query q(db_,
            u"INSERT INTO messages (workspace_id, chat_id, client_id, request_hash, direction, "
            "source, kind, agent_id, text, reply_to_id, delivery, ad_campaign_name, "
            "ad_campaign_url, story_url, bot_status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (workspace_id, client_id) DO NOTHING RETURNING id"_s);
    const auto optText = [](const QString& s) {
        return s.isEmpty() ? std::optional<QString>() : std::optional<QString>(s);
    };
    q.bind(workspaceId)
        .bind(m.chatId)
        .bind(optText(m.clientId))
        .bind(optText(requestHash))
        .bind(enumName(m.direction))
        .bind(enumName(m.source))
        .bind(enumName(m.kind))
        .bind(m.agentId)
        .bind(m.text)
        .bind(m.replyTo)
        .bind(enumName(m.delivery))
        .bind(m.adCampaign ? std::optional(m.adCampaign->name) : std::nullopt)
        .bind(m.adCampaign ? std::optional(m.adCampaign->url) : std::nullopt)
        .bind(m.storyUrl)
        .bind(m.botStatus ? std::optional(QString::fromUtf8(
                                QJsonDocument(toJson(*m.botStatus)).toJson(QJsonDocument::Compact)))
                          : std::nullopt)
        .bind(m.createdAt);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

std::optional<Message> MessageStore::message(qint64 chatId, qint64 messageId) const
{
    Query q(db_, u"SELECT "_s + kMessageColumns + u" FROM messages WHERE chat_id = ? AND id = ?"_s);
    q.bind(chatId).bind(messageId).exec();
    if (!q.next())
        return std::nullopt;
    QList<Message> out{readMessage(q)};
    fillExtras(out);
    return out.constFirst();
}

std::optional<StoredSend> MessageStore::byClientId(qint64 workspaceId,
                                                   const QString& clientId) const
{
    Query q(db_, u"SELECT "_s + kMessageColumns +
                     u" FROM messages WHERE workspace_id = ? AND client_id = ?"_s);
    q.bind(workspaceId).bind(clientId).exec();
    if (!q.next())
        return std::nullopt;
    StoredSend out{readMessage(q), q.text(17)};
    QList<Message> one{out.message};
    fillExtras(one);
    out.message = one.constFirst();
    return out;
}

MessagePage MessageStore::page(qint64 chatId, std::optional<qint64> before, int limit) const
{
    QString sql = u"SELECT "_s + kMessageColumns + u" FROM messages WHERE chat_id = ?"_s;
    if (before)
        sql += u" AND id < ?"_s;
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    Query q(db_, sql);
    q.bind(chatId);
    if (before)
        q.bind(*before);
    q.bind(limit + 1).exec();
    MessagePage out;
    while (q.next())
        out.messages.append(readMessage(q));
    if (out.messages.size() > limit) {
        out.hasMore = true;
        out.messages.removeLast();
    }
    std::reverse(out.messages.begin(), out.messages.end());
    fillExtras(out.messages);
    return out;
}

qint64 MessageStore::botMessagesSince(qint64 chatId, const QDateTime& since) const
{
    Query q(db_, u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND source = 'bot' AND "
                 "created_at >= ?"_s);
    q.bind(chatId).bind(since);
    return scalar(q);
}

std::optional<Message> MessageStore::byId(qint64 workspaceId, qint64 messageId) const
{
    Query q(db_,
            u"SELECT "_s + kMessageColumns + u" FROM messages WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(messageId).exec();
    if (!q.next())
        return std::nullopt;
    QList<Message> out{readMessage(q)};
    fillExtras(out);
    return out.constFirst();
}

void MessageStore::fillExtras(QList<Message>& messages) const
{
    if (messages.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        index.insert(messages.at(i).id, i);
        marks.append(u"?"_s);
    }
    const QString in = u" IN ("_s + marks.join(u", "_s) + u')';
    Query files(db_, u"SELECT message_id, id, client_id, filename, mime_type, size FROM "
                     "attachments WHERE message_id"_s +
                         in + u" ORDER BY message_id, position, id"_s);
    for (const Message& m : std::as_const(messages))
        files.bind(m.id);
    files.exec();
    while (files.next()) {
        Attachment a;
        a.id = files.integer(1);
        a.clientId = files.text(2);
        a.filename = files.text(3);
        a.mimeType = files.text(4);
        a.size = files.integer(5);
        a.url = u"/api/v1/attachments/%1"_s.arg(a.id);
        messages[index.value(files.integer(0))].attachments.append(a);
    }
    // One reaction per side: the subscriber's first, then the business's.
    Query reactions(db_, u"SELECT message_id, emoji, direction, agent_id FROM reactions WHERE "
                         "message_id"_s +
                             in + u" ORDER BY message_id, direction, id"_s);
    for (const Message& m : std::as_const(messages))
        reactions.bind(m.id);
    reactions.exec();
    while (reactions.next()) {
        Reaction r;
        r.emoji = reactions.text(1);
        r.by = enumAt(reactions, 2, Direction::In);
        r.agentId = reactions.optInteger(3);
        messages[index.value(reactions.integer(0))].reactions.append(r);
    }
}

} // namespace baton::server
