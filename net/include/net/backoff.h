#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace baton::net {

// Reconnect delays: exponential growth with full jitter (a uniformly random
// delay between zero and the current ceiling), so that many clients dropped
// at once do not all come back at the same moment.
class Backoff {
public:
    using Ms = std::chrono::milliseconds;

    explicit Backoff(Ms base = Ms{500}, Ms cap = Ms{60'000},
                     QRandomGenerator* random = QRandomGenerator::global());

    // The delay before the next attempt; each call raises the ceiling.
    Ms next();
    // The ceiling the next call draws from.
    Ms ceiling() const;
    int attempts() const { return attempts_; }
    void reset() { attempts_ = 0; }

private:
    Ms base_;
    Ms cap_;
    QRandomGenerator* random_;
    int attempts_ = 0;
};

} // namespace baton::net
