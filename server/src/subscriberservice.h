#pragma once

#include "caller.h"
#include "eventstore.h"

#include <protocol/requests.h>
#include <protocol/subscriber.h>

#include <QDateTime>

#include <functional>

namespace baton::server {

class ChatStore;
class Database;
class EventHub;
class FlowStore;

// The subscriber card: tags, typed variables (email and phone are the
// reserved text variables kept as the top-level fields), disable/enable and
// the CRM contact. A change writes subscriber.updated, and chat.updated when
// a field the chat row mirrors (title, email, phone) changed, in the same
// transaction; a change that changes nothing writes nothing.
class SubscriberService {
public:
    SubscriberService(Database& db, ChatStore& chats, FlowStore& flows, EventStore& events,
                      EventHub& hub)
        : db_(db)
        , chats_(chats)
        , flows_(flows)
        , events_(events)
        , hub_(hub)
    {}

    static constexpr int kMaxVariables = 100;
    static constexpr qsizetype kMaxVariableText = 2000;

    protocol::Subscriber get(const Caller& caller, qint64 subscriberId) const;
    protocol::Subscriber setTags(const Caller& caller, qint64 subscriberId,
                                 const protocol::TagsRequest& request, const QDateTime& now);
    protocol::Subscriber setVariable(const Caller& caller, qint64 subscriberId, const QString& name,
                                     const protocol::VariableRequest& request,
                                     const QDateTime& now);
    protocol::Subscriber deleteVariable(const Caller& caller, qint64 subscriberId,
                                        const QString& name, const QDateTime& now);
    protocol::Subscriber disable(const Caller& caller, qint64 subscriberId, const QDateTime& now);
    protocol::Subscriber enable(const Caller& caller, qint64 subscriberId, const QDateTime& now);
    protocol::Subscriber setContact(const Caller& caller, qint64 subscriberId,
                                    const protocol::ContactRequest& request, const QDateTime& now);

    // 400 field `name` unless it is a variable name.
    static void checkVariableName(const QString& name);

private:
    // Runs `apply` on the current subscriber in a transaction and writes the
    // events if the subscriber (or its chat row) changed.
    protocol::Subscriber change(const Caller& caller, qint64 subscriberId, const QDateTime& now,
                                const std::function<void(const protocol::Subscriber&)>& apply);
    // Rewrites the search columns after a name, email or phone change.
    void refreshSearch(qint64 subscriberId);

    Database& db_;
    ChatStore& chats_;
    FlowStore& flows_;
    EventStore& events_;
    EventHub& hub_;
};

} // namespace baton::server
