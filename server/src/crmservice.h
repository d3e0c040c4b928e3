#pragma once

#include "caller.h"
#include "eventhub.h"
#include "eventstore.h"

#include <protocol/crm.h>
#include <protocol/requests.h>

#include <QDateTime>

namespace baton::server {

struct DealResult {
    protocol::Deal deal;
    bool created = false; // false: a replay of an earlier POST with the same X-Client-Id
};

// CRM: pipelines with ordered stages, and the deals of contacts. Each change
// writes deal.created / deal.updated in its transaction.
class CrmService {
public:
    CrmService(Database& db, EventStore& events, EventHub& hub)
        : db_(db)
        , events_(events)
        , hub_(hub)
    {}

    // X-Client-Id of a deal POST is remembered this long.
    static constexpr qint64 kClientIdHours = 24;

    QList<protocol::Pipeline> pipelines(qint64 workspaceId) const;
    QList<protocol::Deal> deals(const Caller& caller, qint64 subscriberId) const;
    DealResult create(const Caller& caller, qint64 subscriberId,
                      const protocol::DealRequest& request, const QDateTime& now);
    protocol::Deal patch(const Caller& caller, qint64 dealId, const protocol::DealPatch& patch,
                         const QDateTime& now);

    // Inside the caller's transaction (e.g. a purchase made through the bot):
    // checks the pipeline and stage, writes the deal and its deal.created.
    protocol::Deal createInTransaction(qint64 workspaceId, qint64 subscriberId,
                                       const protocol::DealRequest& request,
                                       const protocol::Origin& origin, const QDateTime& now,
                                       QList<StoredEvent>& published, const QString& clientId = {},
                                       const QString& requestHash = {});

    // Demo seeding and tests.
    qint64 createPipeline(qint64 workspaceId, const QString& name, const QStringList& stages,
                          int position);
    bool subscriberExists(qint64 workspaceId, qint64 subscriberId) const;
    std::optional<protocol::Deal> deal(qint64 workspaceId, qint64 dealId) const;

private:
    Database& db_;
    EventStore& events_;
    EventHub& hub_;
};

} // namespace baton::server
