#pragma once

#include <protocol/workspace.h>

#include <QHash>
#include <QObject>

namespace baton::models {

// The workspace's agents by id, for names and avatars next to messages,
// notes and bot-status lines. Filled from GET /agents (or the local cache).
class AgentDirectory : public QObject {
    Q_OBJECT

public:
    explicit AgentDirectory(QObject* parent = nullptr);

    void setAgents(const QList<protocol::Agent>& agents);
    QList<protocol::Agent> agents() const;
    const protocol::Agent* agent(qint64 id) const;
    // The agent's name, or "Agent #ID" when the agent is not known (yet).
    QString name(qint64 id) const;

Q_SIGNALS:
    void agentsChanged();

private:
    QHash<qint64, protocol::Agent> agents_;
};

} // namespace baton::models
