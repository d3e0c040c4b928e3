#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace baton::server {

// Counts failures per key in a sliding window. Kept in memory: each batond
// instance limits on its own, which still bounds guessing to
// maxFailures x instances per window.
class RateLimiter {
public:
    RateLimiter(int maxFailures, std::chrono::seconds window)
        : maxFailures_(maxFailures)
        , window_(window)
    {}

    // Seconds until the key may try again, or nullopt if it may now.
    std::optional<qint64> retryAfter(const QString& key, const QDateTime& now);
    void recordFailure(const QString& key, const QDateTime& now);
    void reset(const QString& key) { failures_.remove(key); }

private:
    void forgetOld(QList<QDateTime>& times, const QDateTime& now) const;

    int maxFailures_;
    std::chrono::seconds window_;
    QHash<QString, QList<QDateTime>> failures_;
};

} // namespace baton::server
