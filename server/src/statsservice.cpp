#include "sqlquery.h"
#include "statsservice.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

Stats StatsService::stats(qint64 workspaceId) const
{
    Stats out;
    QHash<qint64, qsizetype> index;
    Query bots(db_, u"SELECT id FROM bots WHERE workspace_id = ? ORDER BY id"_s);
    bots.bind(workspaceId).exec();
    while (bots.next()) {
        index.insert(bots.integer(0), out.bots.size());
        out.bots.append(BotStats{bots.integer(0), {}});
    }
    Query messages(db_, u"SELECT c.bot_id, "
                        "COUNT(*) FILTER (WHERE m.direction = 'out' AND m.source <> 'system'), "
                        "COUNT(*) FILTER (WHERE m.direction = 'in') "
                        "FROM messages m JOIN chats c ON c.id = m.chat_id "
                        "WHERE m.workspace_id = ? GROUP BY c.bot_id"_s);
    messages.bind(workspaceId).exec();
    while (messages.next()) {
        const auto at = index.constFind(messages.integer(0));
        if (at == index.constEnd())
            continue;
        out.bots[*at].figures.messagesSent = messages.integer(1);
        out.bots[*at].figures.messagesReceived = messages.integer(2);
    }
    Query subscribers(db_, u"SELECT bot_id, COUNT(*) FROM subscribers WHERE workspace_id = ? "
                           "AND status = 'active' GROUP BY bot_id"_s);
    subscribers.bind(workspaceId).exec();
    while (subscribers.next()) {
        const auto at = index.constFind(subscribers.integer(0));
        if (at != index.constEnd())
            out.bots[*at].figures.subscribers = subscribers.integer(1);
    }
    for (const BotStats& b : std::as_const(out.bots)) {
        out.total.messagesSent += b.figures.messagesSent;
        out.total.messagesReceived += b.figures.messagesReceived;
        out.total.subscribers += b.figures.subscribers;
    }
    return out;
}

QStringList StatsService::tags(qint64 workspaceId) const
{
    Query q(db_, u"SELECT DISTINCT t.name FROM tags t JOIN subscriber_tags st ON st.tag_id = t.id "
                 "WHERE t.workspace_id = ?"_s);
    q.bind(workspaceId).exec();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const QString fa = a.toCaseFolded();
        const QString fb = b.toCaseFolded();
        return fa != fb ? fa < fb : a < b;
    });
    return out;
}

} // namespace baton::server
