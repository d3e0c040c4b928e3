#pragma once

#include <QRandomGenerator>
#include <QString>

namespace baton::bench {

// Deterministic "realistic" data for the benchmarks: names and message texts
// in several languages and scripts, varied lengths, emoji. One seed gives
// the same data on every machine, so runs stay comparable.
class TextGen {
public:
    explicit TextGen(quint32 seed)
        : rng_(seed)
    {}

    QString firstName();
    QString lastName();
    // A message: one to six sentences from a phrase book of several
    // languages, sometimes with emoji; from a few characters to ~600.
    QString message();
    int bounded(int high) { return static_cast<int>(rng_.bounded(high)); }
    int bounded(int low, int high) { return static_cast<int>(rng_.bounded(low, high)); }

private:
    QRandomGenerator rng_;
};

} // namespace baton::bench
