#include "apiutil.h"
#include "auth.h"
#include "crypto.h"
#include "logging.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

AuthService::AuthService(WorkspaceStore& store, EventHub& hub, Clock clock)
    : store_(store)
    , hub_(hub)
    , clock_(std::move(clock))
    , emailLimiter_(kMaxFailuresPerEmail, kLoginWindow)
    , addressLimiter_(kMaxFailuresPerAddress, kLoginWindow)
{}

QString AuthService::bearerToken(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.size() <= 7 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

LoginResponse AuthService::login(const LoginRequest& request, const QHostAddress& peer)
{
    const QDateTime now = clock_();
    const QString email = request.email.trimmed().toLower();
    const QString address = peer.toString();
    const auto emailWait = emailLimiter_.retryAfter(email, now);
    const auto addressWait = addressLimiter_.retryAfter(address, now);
    if (emailWait || addressWait) {
        const qint64 wait = std::max(emailWait.value_or(0), addressWait.value_or(0));
        qCWarning(lcAuth).noquote() << "login rate limited for" << email << "from" << address;
        throw ApiFailure(apiError(ErrorCode::RateLimited,
                                  u"too many failed logins; try again in %1 s"_s.arg(wait)),
                         wait);
    }
    const auto agent = store_.agentByEmail(email);
    if (!agent) {
        // Spend the same time as a real check so timing does not reveal
        // which addresses have accounts.
        if (dummyHash_.isEmpty())
            dummyHash_ = crypto::hashPassword(u"not a password"_s);
        crypto::verifyPassword(dummyHash_, request.password);
    }
    if (!agent || !crypto::verifyPassword(agent->passwordHash, request.password)) {
        emailLimiter_.recordFailure(email, now);
        addressLimiter_.recordFailure(address, now);
        qCInfo(lcAuth).noquote() << "failed login for" << email << "from" << address;
        fail(ErrorCode::Unauthorized, u"wrong email or password"_s);
    }
    emailLimiter_.reset(email);
    const QString token = crypto::newToken();
    const auto lifetime = std::chrono::duration_cast<std::chrono::seconds>(kTokenIdleLifetime);
    store_.storeToken(agent->agent.id, crypto::tokenDigest(token), now,
                      now.addSecs(lifetime.count()));
    const auto workspace = store_.workspace(agent->workspaceId);
    if (!workspace)
        fail(ErrorCode::Internal, u"the agent's workspace is missing"_s);
    qCInfo(lcAuth) << "agent" << agent->agent.id << "logged in";
    return {token, agent->agent, *workspace};
}

void AuthService::logout(const QString& token)
{
    const QString digest = crypto::tokenDigest(token);
    if (store_.revokeToken(digest, clock_()))
        hub_.revokeToken(digest);
}

std::optional<Caller> AuthService::authenticate(const QString& token) const
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QDateTime now = clock_();
    const QString digest = crypto::tokenDigest(token);
    const auto owner = store_.tokenOwner(digest, now);
    if (!owner)
        return std::nullopt;
    // Sliding expiry, written at most hourly so reads stay reads.
    if (owner->lastUsedAt.secsTo(now) > 3600) {
        const auto lifetime = std::chrono::duration_cast<std::chrono::seconds>(kTokenIdleLifetime);
        store_.touchToken(digest, now, now.addSecs(lifetime.count()));
    }
    return Caller{owner->agentId, owner->workspaceId, owner->role, {}};
}

} // namespace baton::server
