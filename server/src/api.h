#pragma once

#include "apiutil.h"
#include "router.h"

#include <QDateTime>

#include <functional>

namespace baton::server {

class AuthService;
class ChatService;
class EventStore;
class MessageService;
class WorkspaceStore;

// An HTTP-date (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& time);

// The REST API: routes, authentication, and turning every failure into the
// JSON error body. Knows nothing of QtHttpServer.
class Api {
public:
    using Clock = std::function<QDateTime()>;

    struct Services {
        AuthService& auth;
        WorkspaceStore& workspaces;
        ChatService& chats;
        MessageService& messages;
        EventStore& events;
    };

    Api(Services services, Clock clock);

    HttpResponse handle(const HttpRequest& request);
    const Router& router() const { return router_; }
    // For routes defined outside Api (see extraroutes.h): same checks and errors.
    Router& mutableRouter() { return router_; }

    // JSON bodies above this are refused with 413 before parsing.
    static constexpr qsizetype kMaxJsonBody = qsizetype{1024} * 1024;

private:
    HttpResponse dispatch(const HttpRequest& request);
    std::optional<Caller> authenticate(const HttpRequest& request) const;
    void addAuthRoutes();
    void addChatRoutes();
    void addEventRoutes();
    void addMessageRoutes();

    Services s_;
    Clock clock_;
    Router router_;
};

} // namespace baton::server
