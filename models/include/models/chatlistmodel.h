#pragma once

#include <models/chatrow.h>
#include <models/chunkedlist.h>
#include <models/listcounts.h>
#include <protocol/chatlist.h>
#include <protocol/event.h>

#include <QAbstractListModel>
#include <QHash>

#include <limits>
#include <memory>

namespace baton::models {

// Every chat of the workspace, one row each, kept in list order
// (protocol::sortsBefore: last activity, newest first). A change of last
// activity moves just that row (beginMoveRows); changes to one chat within
// one event-loop turn are reported by a single dataChanged carrying exactly
// the roles that changed. Filtering is ChatFilterModel's job.
class ChatListModel : public QAbstractListModel {
    Q_OBJECT

public:
    // Enum values are the protocol enums cast to int; absent optionals are
    // invalid QVariants.
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubscriberIdRole,
        BotIdRole,
        TitleRole, // also Qt::DisplayRole
        AvatarUrlRole,
        ChannelRole,
        TypeRole,
        StateRole,
        UnreadCountRole,
        AssigneeIdRole,
        UsernameRole,
        EmailRole,
        PhoneRole,
        HasLastMessageRole,
        LastMessageTextRole,
        LastMessageSourceRole,
        LastMessageDirectionRole,
        LastMessageKindRole,
        LastMessageAgentIdRole,
        LastMessageAtRole,
        LastActivityAtRole,
        LastInboundAtRole,
        BotStateRole,
        BotUntilRole,
        BotVersionRole,
        BotReasonRole,
        BotActorAgentIdRole,
        SupportWindowEndRole,
        LastMessageIdRole,
    };
    Q_ENUM(Role)

    explicit ChatListModel(QObject* parent = nullptr);
    ~ChatListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Initial load from the cache or a snapshot: one model reset. The model
    // keeps its own compact copy; the list is released here (and the freed
    // heap returned to the system) when the caller does not hold it.
    void setChats(QList<protocol::Chat> chats);
    // Ends the loading state too (an empty list is complete).
    void clear();
    // Adds the chats the model does not have yet, each at its place (sorted
    // here unless `chats` is in list order already). A chat the model has is
    // kept as it is: an event made it newer than the cache's copy. A run of
    // chats landing at one row is one beginInsertRows, so the rows below the
    // first screen arrive without a reset: the current row, the selection
    // and the scroll position stay.
    void insertChats(const QList<protocol::Chat>& chats);
    // While a load adds rows (insertChats), the list and its counts are a
    // part of the workspace; whoever loads sets it, clear() ends it.
    bool isLoading() const { return loading_; }
    void setLoading(bool loading);
    // Makes room for `chats` rows in all, so a load that adds them in slices
    // does not pay for growing the tables in one of them.
    void reserve(qsizetype chats);
    // Inserts a new chat at its place, or updates one (moving its row when its
    // last activity changed). A bot status is never replaced by an older
    // version.
    void upsertChat(const protocol::Chat& chat);
    bool removeChat(qint64 chatId);
    // chat.created / chat.updated upsert; bot_status.changed sets the chat's
    // bot status; message.created updates the last message when newer. Other
    // events are ignored.
    void applyEvent(const protocol::Event& event);
    void applyEvents(const QList<protocol::Event>& events);

    // O(log n): binary search on the sort key. -1 when unknown.
    int rowOf(qint64 chatId) const;
    // The chat rebuilt from its compact row (six strings decoded): for one
    // chat at a time. A loop over all rows that needs a few fields reads
    // them through data() or idAt().
    protocol::Chat chatAt(int row) const { return rows_.at(row).entry->chat.toChat(); }
    std::optional<protocol::Chat> chat(qint64 chatId) const;
    qint64 idAt(int row) const { return rows_.at(row).id; }
    int count() const { return static_cast<int>(rows_.size()); }

    // List counts under `query` (its `list` is ignored), maintained with every
    // change. ChatFilterModel sets the query from its filters.
    ListCounts* counts() const { return counts_; }
    void setCountQuery(const protocol::ChatQuery& query);
    protocol::ChatQuery countQuery() const { return countQuery_; }

    // Emits the queued dataChanged signals now instead of on the next turn.
    void flushPendingChanges();

    // The roles in which two versions of a chat differ (Qt::DisplayRole with
    // TitleRole), ascending.
    static QList<int> changedRoles(const protocol::Chat& before, const protocol::Chat& after);

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    friend class ChatFilterModel;

    static constexpr qint64 kNoTime = detail::ChatRow::kNoTime;
    static qint64 timeKey(const QDateTime& t) { return detail::ChatRow::timeKey(t); }

    // One chat in its compact form and the slot of its search key (folded
    // once per change, not per search).
    struct Entry {
        detail::ChatRow chat;
        quint32 slot = 0;
    };
    // A chat's place in protocol::sortsBefore order, for lookups.
    struct SortKey {
        qint64 time;
        qint64 id;
    };
    static SortKey keyOf(const protocol::Chat& c) { return {timeKey(c.lastActivityAt), c.id}; }
    static SortKey keyOf(const Entry* e) { return {e->chat.lastActivityAt, e->chat.id}; }
    // protocol::sortsBefore on the times in ms. Exact: QDateTime compares
    // instants in ms and orders an invalid time (kNoTime) before every
    // valid one.
    static bool before(qint64 time, qint64 id, const SortKey& key)
    {
        return time != key.time ? time > key.time : id > key.id;
    }
    static bool entryBefore(const Entry* e, const SortKey& key)
    {
        return before(e->chat.lastActivityAt, e->chat.id, key);
    }
    // A row: the sort key and the filter fields beside the entry pointer, so
    // lookups and filter scans stay in the row array.
    struct Row {
        qint64 time;
        qint64 id;
        Entry* entry;
        protocol::FilterKey filter;
        quint32 slot;
    };
    static Row rowFor(Entry* e)
    {
        return Row{e->chat.lastActivityAt, e->chat.id, e, e->chat.filterKey(), e->slot};
    }
    static bool rowBefore(const Row& r, const SortKey& key) { return before(r.time, r.id, key); }
    using Rows = detail::ChunkedList<Row>;

    static QVariant roleData(const detail::ChatRow& chat, int role);
    const Entry* entryAt(int row) const { return rows_.at(row).entry; }
    Entry* find(qint64 chatId) const;
    int lowerBound(const protocol::Chat& key) const;
    void queueChange(qint64 chatId, quint64 roleMask);
    bool countsMatch(const protocol::FilterKey& filter, quint32 slot) const;
    void addCounts(const protocol::FilterKey& filter, quint32 slot, int sign);
    void recount();
    // The count query with counts already known (ChatFilterModel counts
    // while it scans).
    void setCountQuery(const protocol::ChatQuery& query, const protocol::SearchNeedle& needle,
                       const protocol::ListCounts& values);

    // The search keys of all chats in two buffers (Latin-1 for keys that
    // fit, most of them; UTF-16 for the rest), so a search reads them in
    // storage order instead of chasing 100,000 pointers. A changed key is
    // appended and its buffer compacted when half of it is stale.
    struct KeySlot {
        qsizetype offset = -1; // -1: free
        qint32 size = 0;
        qint32 titleEnd = 0;
        qint32 usernameEnd = 0;
        qint32 emailEnd = 0;
        qint32 phoneEnd = 0;
        bool wide = false; // in wideKeys_, else in narrowKeys_
    };
    // Stores the key of `chat` in `slot`, or in a new slot when -1.
    quint32 storeKey(const protocol::Chat& chat, qint64 slot = -1);
    void dropKey(quint32 slot);
    void clearKeys();
    void compactKeys();
    bool keyMatches(const protocol::SearchNeedle& needle, quint32 slot) const
    {
        const KeySlot& k = keySlots_[slot];
        if (k.wide) {
            return needle.matches(
                protocol::SearchKeyView{QStringView(wideKeys_.constData() + k.offset, k.size),
                                        k.titleEnd, k.usernameEnd, k.emailEnd, k.phoneEnd});
        }
        return needle.matches(protocol::SearchKeyLatin1View{
            QLatin1StringView(narrowKeys_.constData() + k.offset, k.size), k.titleEnd,
            k.usernameEnd, k.emailEnd, k.phoneEnd});
    }
    // Per slot, 1 when `needle` matches its key: one pass in storage order,
    // over the matches of an earlier needle it narrows when there is one
    // (typing on), or an earlier result for the same text (deleting back).
    std::vector<quint8> matchKeys(const protocol::SearchNeedle& needle) const;

    QByteArray narrowKeys_;
    QString wideKeys_;
    QString keyScratch_;
    std::vector<KeySlot> keySlots_;
    std::vector<quint32> freeKeySlots_;
    qsizetype staleNarrow_ = 0;
    qsizetype staleWide_ = 0;
    // The last few searches' results, valid while keysVersion_ is.
    struct Hits {
        protocol::SearchNeedle needle;
        std::vector<quint8> hits;
    };
    mutable std::vector<Hits> recentHits_;
    mutable quint64 hitsVersion_ = 0;
    quint64 keysVersion_ = 1; // grows with every key change

    Rows rows_;
    // Entries are allocated in blocks (one for a whole setChats) and reused.
    Entry* newEntry();
    void freeEntry(Entry* e);
    // Gives `e` the chat `chat` (its compact copy).
    static void setChat(Entry* e, const protocol::Chat& chat);
    // The strings of `chats` in one new block (kept until the next reset),
    // for ChatRow's borrowing constructor: per chat its place, or null.
    std::vector<const char*> packTexts(const QList<protocol::Chat>& chats);
    std::vector<QByteArray> textBlocks_;
    // Updates the chat of `e`, now `before`, to `next`.
    void update(Entry* e, const protocol::Chat& before, protocol::Chat next);
    std::vector<std::unique_ptr<Entry[]>> entryBlocks_;
    std::vector<Entry*> freeEntries_;
    QHash<qint64, Entry*> byId_;
    QHash<qint64, quint64> pending_;
    bool flushQueued_ = false;
    protocol::ChatQuery countQuery_;
    protocol::SearchNeedle countNeedle_;
    protocol::ListCounts countValues_;
    ListCounts* counts_;
    bool loading_ = false;
};

} // namespace baton::models
