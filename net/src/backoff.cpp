#include <net/backoff.h>

#include <algorithm>

namespace baton::net {

Backoff::Backoff(Ms base, Ms cap, QRandomGenerator* random)
    : base_(base)
    , cap_(std::max(cap, base))
    , random_(random)
{}

Backoff::Ms Backoff::ceiling() const
{
    // Doubling stops well before overflow: 2^20 * base is past any sane cap.
    const int shift = std::min(attempts_, 20);
    const auto grown = base_.count() * (qint64{1} << shift);
    return Ms{std::min<qint64>(grown, cap_.count())};
}

Backoff::Ms Backoff::next()
{
    const Ms top = ceiling();
    ++attempts_;
    return Ms{static_cast<qint64>(random_->bounded(static_cast<quint64>(top.count()) + 1))};
}

} // namespace baton::net
