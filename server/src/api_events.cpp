// Routes: the event log for gap fills, and the stream path's plain-HTTP answer.
#include "api.h"
#include "eventstore.h"

#include <protocol/event.h>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void Api::addEventRoutes()
{
    router_.add(u"GET"_s, u"/api/v1/events"_s, Router::Access::Agent, [this](RequestContext& c) {
        const qint64 after = queryInteger(c.request, u"after"_s, 0, 0, kMaxSafeInteger);
        const int limit = static_cast<int>(queryInteger(c.request, u"limit"_s, 200, 1, 1000));
        const EventRange range = s_.events.after(c.caller.workspaceId, after, limit);
        // Nothing to resume from, pruned, or ahead of the log: the client
        // takes a snapshot, exactly when the stream would say resync.
        const bool resync = after == 0 || range.pruned || after > range.head;
        QJsonArray events;
        if (!resync) {
            for (const StoredEvent& event : range.events)
                events.append(event.json());
        }
        return HttpResponse::json(
            {{u"events"_s, events}, {u"head"_s, range.head}, {u"resync"_s, resync}});
    });

    // Reached only without an Upgrade header: the stream is WebSocket only.
    router_.add(u"GET"_s, u"/api/v1/stream"_s, Router::Access::Public, [](RequestContext&) {
        fail(ErrorCode::InvalidField, u"WebSocket upgrade required"_s, u"Upgrade"_s);
        return HttpResponse();
    });
}

} // namespace baton::server
