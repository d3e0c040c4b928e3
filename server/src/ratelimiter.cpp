#include "ratelimiter.h"

namespace baton::server {

void RateLimiter::forgetOld(QList<QDateTime>& times, const QDateTime& now) const
{
    const QDateTime horizon = now.addSecs(-window_.count());
    while (!times.isEmpty() && times.constFirst() <= horizon)
        times.removeFirst();
}

std::optional<qint64> RateLimiter::retryAfter(const QString& key, const QDateTime& now)
{
    auto it = failures_.find(key);
    if (it == failures_.end())
        return std::nullopt;
    forgetOld(*it, now);
    if (it->isEmpty()) {
        failures_.erase(it);
        return std::nullopt;
    }
    if (it->size() < maxFailures_)
        return std::nullopt;
    // Free again when the oldest failure in the window expires; round up.
    const qint64 ms = now.msecsTo(it->constFirst().addSecs(window_.count()));
    return std::max<qint64>(1, (ms + 999) / 1000);
}

void RateLimiter::recordFailure(const QString& key, const QDateTime& now)
{
    // Bound memory under a flood of distinct keys: drop keys that have aged out.
    if (failures_.size() > 10000) {
        for (auto it = failures_.begin(); it != failures_.end();) {
            forgetOld(*it, now);
            it = it->isEmpty() ? failures_.erase(it) : std::next(it);
        }
    }
    failures_[key].append(now);
}

} // namespace baton::server
