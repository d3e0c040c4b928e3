#include "sqlquery.h"
#include "workspacestore.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

const QString kAgentColumns = u"id, name, email, avatar_url, role, conversations"_s;

Agent readAgent(const Query& q, int first = 0)
{
    Agent a;
    a.id = q.integer(first);
    a.name = q.text(first + 1);
    a.email = q.text(first + 2);
    a.avatarUrl = q.text(first + 3);
    a.role = enumFromString<Role>(q.text(first + 4)).value_or(Role::Agent);
    a.conversations = q.boolean(first + 5);
    return a;
}

Bot readBot(const Query& q)
{
    Bot b;
    b.id = q.integer(0);
    b.name = q.text(1);
    b.channel = enumFromString<Channel>(q.text(2)).value_or(Channel::Telegram);
    b.username = q.text(3);
    return b;
}

} // namespace

bool WorkspaceStore::hasWorkspaces() const
{
    Query q(db_, u"SELECT COUNT(*) FROM workspaces"_s);
    return scalar(q) > 0;
}

qint64 WorkspaceStore::createWorkspace(const QString& name, int messageLimit, const QDateTime& now)
{
    Query q(db_, u"INSERT INTO workspaces (name, message_limit, created_at) VALUES (?, ?, ?) "
                 "RETURNING id"_s);
    q.bind(name).bind(messageLimit).bind(now);
    return scalar(q);
}

qint64 WorkspaceStore::createAgent(qint64 workspaceId, const Agent& agent,
                                   const QString& passwordHash, const QDateTime& now)
{
    Query q(db_, u"INSERT INTO agents (workspace_id, name, email, password_hash, avatar_url, role, "
                 "conversations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(workspaceId)
        .bind(agent.name)
        .bind(agent.email.trimmed().toLower())
        .bind(passwordHash)
        .bind(agent.avatarUrl)
        .bind(enumName(agent.role))
        .bind(agent.conversations)
        .bind(now);
    return scalar(q);
}

qint64 WorkspaceStore::createBot(qint64 workspaceId, const Bot& bot, const QString& channelSecret,
                                 const QDateTime& now)
{
    Query q(db_, u"INSERT INTO bots (workspace_id, name, channel, username, channel_secret, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(workspaceId)
        .bind(bot.name)
        .bind(enumName(bot.channel))
        .bind(bot.username)
        .bind(channelSecret)
        .bind(now);
    return scalar(q);
}

std::optional<Workspace> WorkspaceStore::workspace(qint64 workspaceId) const
{
    Query q(db_, u"SELECT id, name, message_limit FROM workspaces WHERE id = ?"_s);
    q.bind(workspaceId).exec();
    if (!q.next())
        return std::nullopt;
    return Workspace{q.integer(0), q.text(1), static_cast<int>(q.integer(2))};
}

std::optional<AgentLogin> WorkspaceStore::agentByEmail(const QString& email) const
{
    Query q(db_, u"SELECT "_s + kAgentColumns +
                     u", workspace_id, password_hash FROM agents WHERE email = ?"_s);
    q.bind(email.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return AgentLogin{readAgent(q), q.integer(6), q.text(7)};
}

std::optional<Agent> WorkspaceStore::agent(qint64 workspaceId, qint64 agentId) const
{
    Query q(db_,
            u"SELECT "_s + kAgentColumns + u" FROM agents WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(agentId).exec();
    if (!q.next())
        return std::nullopt;
    return readAgent(q);
}

QList<Agent> WorkspaceStore::agents(qint64 workspaceId) const
{
    Query q(db_,
            u"SELECT "_s + kAgentColumns + u" FROM agents WHERE workspace_id = ? ORDER BY id"_s);
    q.bind(workspaceId).exec();
    QList<Agent> out;
    while (q.next())
        out.append(readAgent(q));
    return out;
}

QList<Bot> WorkspaceStore::bots(qint64 workspaceId) const
{
    Query q(db_,
            u"SELECT id, name, channel, username FROM bots WHERE workspace_id = ? ORDER BY id"_s);
    q.bind(workspaceId).exec();
    QList<Bot> out;
    while (q.next())
        out.append(readBot(q));
    return out;
}

std::optional<Bot> WorkspaceStore::bot(qint64 workspaceId, qint64 botId) const
{
    Query q(db_,
            u"SELECT id, name, channel, username FROM bots WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(botId).exec();
    if (!q.next())
        return std::nullopt;
    return readBot(q);
}

void WorkspaceStore::storeToken(qint64 agentId, const QString& digest, const QDateTime& now,
                                const QDateTime& expiresAt)
{
    Query(db_, u"INSERT INTO tokens (agent_id, token_hash, created_at, last_used_at, expires_at) "
               "VALUES (?, ?, ?, ?, ?)"_s)
        .bind(agentId)
        .bind(digest)
        .bind(now)
        .bind(now)
        .bind(expiresAt)
        .exec();
}

std::optional<TokenOwner> WorkspaceStore::tokenOwner(const QString& digest,
                                                     const QDateTime& now) const
{
    Query q(db_, u"SELECT a.id, a.workspace_id, a.role, t.last_used_at FROM tokens t JOIN agents a "
                 u"ON a.id = t.agent_id "
                 "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?"_s);
    q.bind(digest).bind(now).exec();
    if (!q.next())
        return std::nullopt;
    return TokenOwner{q.integer(0), q.integer(1),
                      enumFromString<Role>(q.text(2)).value_or(Role::Agent), q.time(3)};
}

bool WorkspaceStore::revokeToken(const QString& digest, const QDateTime& now)
{
    Query q(db_, u"UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"_s);
    q.bind(now).bind(digest).exec();
    return q.rowsAffected() > 0;
}

void WorkspaceStore::touchToken(const QString& digest, const QDateTime& now,
                                const QDateTime& expiresAt)
{
    Query(db_, u"UPDATE tokens SET last_used_at = ?, expires_at = ? WHERE token_hash = ?"_s)
        .bind(now)
        .bind(expiresAt)
        .bind(digest)
        .exec();
}

} // namespace baton::server
