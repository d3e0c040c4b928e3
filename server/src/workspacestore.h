#pragma once

#include "database.h"

#include <protocol/workspace.h>

#include <QDateTime>

#include <optional>

namespace baton::server {

struct AgentLogin {
    protocol::Agent agent;
    qint64 workspaceId = 0;
    QString passwordHash;
};

struct TokenOwner {
    qint64 agentId = 0;
    qint64 workspaceId = 0;
    protocol::Role role = protocol::Role::Agent;
    QDateTime lastUsedAt;
};

// Workspaces, agents, bots and login tokens. Every read takes the caller's
// workspace so an id from another workspace finds nothing.
class WorkspaceStore {
public:
    explicit WorkspaceStore(Database& db)
        : db_(db)
    {}

    bool hasWorkspaces() const;
    qint64 createWorkspace(const QString& name, int messageLimit, const QDateTime& now);
    qint64 createAgent(qint64 workspaceId, const protocol::Agent& agent,
                       const QString& passwordHash, const QDateTime& now);
    qint64 createBot(qint64 workspaceId, const protocol::Bot& bot, const QString& channelSecret,
                     const QDateTime& now);

    std::optional<protocol::Workspace> workspace(qint64 workspaceId) const;
    std::optional<AgentLogin> agentByEmail(const QString& email) const;
    std::optional<protocol::Agent> agent(qint64 workspaceId, qint64 agentId) const;
    QList<protocol::Agent> agents(qint64 workspaceId) const;
    QList<protocol::Bot> bots(qint64 workspaceId) const;
    std::optional<protocol::Bot> bot(qint64 workspaceId, qint64 botId) const;

    void storeToken(qint64 agentId, const QString& digest, const QDateTime& now,
                    const QDateTime& expiresAt);
    std::optional<TokenOwner> tokenOwner(const QString& digest, const QDateTime& now) const;
    bool revokeToken(const QString& digest, const QDateTime& now);
    void touchToken(const QString& digest, const QDateTime& now, const QDateTime& expiresAt);

private:
    Database& db_;
};

} // namespace baton::server
