#include <models/agentdirectory.h>

#include <algorithm>

namespace baton::models {

AgentDirectory::AgentDirectory(QObject* parent)
    : QObject(parent)
{}

void AgentDirectory::setAgents(const QList<protocol::Agent>& agents)
{
    QHash<qint64, protocol::Agent> next;
    next.reserve(agents.size());
    for (const auto& a : agents)
        next.insert(a.id, a);
    if (next == agents_)
        return;
    agents_ = std::move(next);
    Q_EMIT agentsChanged();
}

QList<protocol::Agent> AgentDirectory::agents() const
{
    QList<protocol::Agent> out = agents_.values();
    std::sort(out.begin(), out.end(),
              [](const protocol::Agent& a, const protocol::Agent& b) { return a.id < b.id; });
    return out;
}

const protocol::Agent* AgentDirectory::agent(qint64 id) const
{
    auto it = agents_.constFind(id);
    return it == agents_.constEnd() ? nullptr : &*it;
}

QString AgentDirectory::name(qint64 id) const
{
    if (const auto* a = agent(id); a && !a->name.isEmpty())
        return a->name;
    return tr("Agent #%1").arg(id);
}

} // namespace baton::models
