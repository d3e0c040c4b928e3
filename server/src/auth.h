#pragma once

#include "caller.h"
#include "eventhub.h"
#include "ratelimiter.h"
#include "workspacestore.h"

#include <protocol/requests.h>

#include <QHostAddress>

#include <functional>

namespace baton::server {

// Login, logout and bearer-token checks. Passwords are Argon2id hashes,
// tokens random and stored only as SHA-256; neither is ever logged.
class AuthService {
public:
    using Clock = std::function<QDateTime()>;

    AuthService(WorkspaceStore& store, EventHub& hub, Clock clock);

    // Throws ApiFailure: 401 on a bad email or password, 429 when limited.
    protocol::LoginResponse login(const protocol::LoginRequest& request, const QHostAddress& peer);
    void logout(const QString& token);
    // The agent a bearer token belongs to, or nullopt.
    std::optional<Caller> authenticate(const QString& token) const;
    // The token of an "Authorization: Bearer ..." header value, or empty.
    static QString bearerToken(const QByteArray& header);

    static constexpr int kMaxFailuresPerEmail = 5;
    static constexpr int kMaxFailuresPerAddress = 20;
    static constexpr std::chrono::minutes kLoginWindow{15};
    // A token expires after this long unused.
    static constexpr std::chrono::hours kTokenIdleLifetime{24 * 30};

private:
    WorkspaceStore& store_;
    EventHub& hub_;
    Clock clock_;
    RateLimiter emailLimiter_;
    RateLimiter addressLimiter_;
    QString dummyHash_;
};

} // namespace baton::server
