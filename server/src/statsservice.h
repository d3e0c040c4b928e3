#pragma once

#include "database.h"

#include <protocol/stats.h>

#include <QStringList>

namespace baton::server {

// Read-only workspace figures: GET /stats and GET /tags.
class StatsService {
public:
    explicit StatsService(Database& db)
        : db_(db)
    {}

    // Per bot (every bot, by id) and in total: outgoing messages except
    // bot-status lines, inbound messages, active subscribers. All-time.
    protocol::Stats stats(qint64 workspaceId) const;
    // Every tag at least one subscriber has, sorted by case-folded text.
    QStringList tags(qint64 workspaceId) const;

private:
    Database& db_;
};

} // namespace baton::server
