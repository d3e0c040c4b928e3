#pragma once

#include <QtGlobal>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace baton::models::detail {

// A sequence of small trivially copyable values (pointers) stored in chunks
// of at most kMaxChunk, so inserting or erasing in the middle of 100,000
// values moves at most one chunk plus one index per chunk, instead of half
// the sequence. Random access is a binary search over the chunk starts.
// Used for the rows of ChatListModel and ChatFilterModel, where a row that
// moves is one erase plus one insert.
template <class T>
class ChunkedList {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    static constexpr qsizetype kMaxChunk = 512;

    qsizetype size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // The values the chunks have room for (memory, for tests).
    qsizetype capacity() const
    {
        qsizetype n = 0;
        for (const auto& chunk : chunks_)
            n += static_cast<qsizetype>(chunk.capacity());
        return n;
    }

    T at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < size_);
        const std::size_t c = chunkOf(i);
        return chunks_[c][static_cast<std::size_t>(i - starts_[c])];
    }

    void set(qsizetype i, T value)
    {
        Q_ASSERT(i >= 0 && i < size_);
        const std::size_t c = chunkOf(i);
        chunks_[c][static_cast<std::size_t>(i - starts_[c])] = value;
    }

    void clear()
    {
        chunks_.clear();
        starts_.clear();
        size_ = 0;
    }

    // Replaces the contents with `values`, in that order.
    void assign(const std::vector<T>& values)
    {
        clear();
        const qsizetype n = static_cast<qsizetype>(values.size());
        constexpr qsizetype step = kMaxChunk / 2;
        for (qsizetype at = 0; at < n; at += step) {
            const qsizetype end = std::min(n, at + step);
            chunks_.emplace_back(values.begin() + at, values.begin() + end);
            chunks_.back().reserve(static_cast<std::size_t>(kMaxChunk));
            starts_.push_back(at);
        }
        size_ = n;
    }

    void insert(qsizetype i, T value)
    {
        Q_ASSERT(i >= 0 && i <= size_);
        if (chunks_.empty()) {
            chunks_.emplace_back();
            chunks_.back().reserve(static_cast<std::size_t>(kMaxChunk));
            starts_.push_back(0);
        }
        std::size_t c = i == size_ ? chunks_.size() - 1 : chunkOf(i);
        // A full chunk is split (or, at the end, a new one started) before
        // the insert, so no chunk outgrows the kMaxChunk it reserved: a
        // vector grown past its capacity doubles it, and a chunk split after
        // that kept twice the memory it uses.
        if (static_cast<qsizetype>(chunks_[c].size()) == kMaxChunk) {
            if (i == size_) {
                // Appending (a load of older rows): the full chunk stays full.
                chunks_.emplace_back();
                chunks_.back().reserve(static_cast<std::size_t>(kMaxChunk));
                starts_.push_back(size_);
                c = chunks_.size() - 1;
            } else {
                auto& full = chunks_[c];
                const auto half = full.begin() + kMaxChunk / 2;
                std::vector<T> tail;
                tail.reserve(static_cast<std::size_t>(kMaxChunk));
                tail.assign(half, full.end());
                full.erase(half, full.end());
                chunks_.insert(chunks_.begin() + static_cast<qsizetype>(c) + 1, std::move(tail));
                starts_.insert(starts_.begin() + static_cast<qsizetype>(c) + 1,
                               starts_[c] + kMaxChunk / 2);
                if (i - starts_[c] > kMaxChunk / 2)
                    ++c;
            }
        }
        auto& chunk = chunks_[c];
        chunk.insert(chunk.begin() + (i - starts_[c]), value);
        ++size_;
        renumberFrom(c + 1);
    }

    void erase(qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < size_);
        const std::size_t c = chunkOf(i);
        auto& chunk = chunks_[c];
        chunk.erase(chunk.begin() + (i - starts_[c]));
        --size_;
        if (chunk.empty()) {
            chunks_.erase(chunks_.begin() + static_cast<qsizetype>(c));
            starts_.erase(starts_.begin() + static_cast<qsizetype>(c));
        } else if (static_cast<qsizetype>(chunk.size()) < kMaxChunk / 8 && c + 1 < chunks_.size() &&
                   static_cast<qsizetype>(chunk.size() + chunks_[c + 1].size()) <= kMaxChunk) {
            // Merge a small chunk into its neighbour so the chunk count stays
            // about size / kMaxChunk.
            auto& next = chunks_[c + 1];
            chunk.insert(chunk.end(), next.begin(), next.end());
            chunks_.erase(chunks_.begin() + static_cast<qsizetype>(c) + 1);
            starts_.erase(starts_.begin() + static_cast<qsizetype>(c) + 1);
        }
        renumberFrom(c);
    }

    // Moves the value at `from` so it ends up at index `to` (an index of the
    // sequence after the move).
    void move(qsizetype from, qsizetype to)
    {
        if (from == to)
            return;
        const T value = at(from);
        erase(from);
        insert(to, value);
    }

    // The first index whose value is not less than `key`, by `less(value,
    // key)`; the values must be sorted by it.
    template <class K, class Less>
    qsizetype lowerBound(const K& key, Less less) const
    {
        const auto chunk = std::partition_point(
            chunks_.cbegin(), chunks_.cend(),
            [&](const std::vector<T>& values) { return less(values.back(), key); });
        if (chunk == chunks_.cend())
            return size_;
        const auto within = std::partition_point(chunk->cbegin(), chunk->cend(),
                                                 [&](const T& value) { return less(value, key); });
        const auto c = static_cast<std::size_t>(chunk - chunks_.cbegin());
        return starts_[c] + (within - chunk->cbegin());
    }

    // Calls f(value) for every value in order.
    template <class F>
    void forEach(F&& f) const
    {
        for (const auto& chunk : chunks_) {
            for (const T& value : chunk)
                f(value);
        }
    }

private:
    std::size_t chunkOf(qsizetype i) const
    {
        const auto it = std::upper_bound(starts_.cbegin(), starts_.cend(), i);
        return static_cast<std::size_t>(it - starts_.cbegin()) - 1;
    }

    void renumberFrom(std::size_t c)
    {
        qsizetype start =
            c == 0 ? 0 : starts_[c - 1] + static_cast<qsizetype>(chunks_[c - 1].size());
        for (; c < chunks_.size(); ++c) {
            starts_[c] = start;
            start += static_cast<qsizetype>(chunks_[c].size());
        }
    }

    std::vector<std::vector<T>> chunks_;
    std::vector<qsizetype> starts_; // index of each chunk's first value
    qsizetype size_ = 0;
};

} // namespace baton::models::detail
