#pragma once

#include <protocol/enums.h>
#include <protocol/event.h>

#include <QString>

namespace baton::server {

// The authenticated agent behind a request or a stream, and the client id
// (X-Client-Id) its changes are tagged with so the client knows its echoes.
struct Caller {
    qint64 agentId = 0;
    qint64 workspaceId = 0;
    protocol::Role role = protocol::Role::Agent;
    QString clientId;

    protocol::Origin origin() const { return {agentId, clientId}; }
    bool isAdmin() const { return role == protocol::Role::Admin; }
};

} // namespace baton::server
