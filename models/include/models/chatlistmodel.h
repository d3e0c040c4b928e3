#pragma once

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

    // Initial load from the cache or a snapshot: one model reset.
    void setChats(const QList<protocol::Chat>& chats);
    void clear();
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
    const protocol::Chat& chatAt(int row) const { return *rows_.at(row).entry->chat; }
    const protocol::Chat* chat(qint64 chatId) const;
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

private:
    friend class ChatFilterModel;

    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    static qint64 timeKey(const QDateTime& t)
    {
        return t.isValid() ? t.toMSecsSinceEpoch() : kNoTime;
    }

    // One chat, its last activity in ms (kNoTime when invalid) and the slot
    // of its search key (folded once per change, not per search). The chat
    // is the one setChats was given (the list is kept, shared, not copied)
    // until it changes; then the entry holds its own copy.
    struct Entry {
        qint64 time = kNoTime;
        const protocol::Chat* chat = nullptr;
        std::unique_ptr<protocol::Chat> own;
        quint32 slot = 0;
    };
    // A chat's place in protocol::sortsBefore order, for lookups.
    struct SortKey {
        qint64 time;
        qint64 id;
        const protocol::Chat* chat;
    };
    static SortKey keyOf(const protocol::Chat& c) { return {timeKey(c.lastActivityAt), c.id, &c}; }
    static SortKey keyOf(const Entry* e) { return {e->time, e->chat->id, e->chat}; }
    // protocol::sortsBefore on the cached times (they are exact: QDateTime
    // compares instants in ms), falling back to it for invalid times.
    static bool before(qint64 time, qint64 id, const protocol::Chat& chat, const SortKey& key)
    {
        if (time != kNoTime && key.time != kNoTime)
            return time != key.time ? time > key.time : id > key.id;
        return protocol::sortsBefore(chat, *key.chat);
    }
    static bool entryBefore(const Entry* e, const SortKey& key)
    {
        return before(e->time, e->chat->id, *e->chat, key);
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
        return Row{e->time, e->chat->id, e, protocol::FilterKey(*e->chat), e->slot};
    }
    static bool rowBefore(const Row& r, const SortKey& key)
    {
        return before(r.time, r.id, *r.entry->chat, key);
    }
    using Rows = detail::ChunkedList<Row>;

    static QVariant roleData(const protocol::Chat& chat, int role);
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

    // The search keys of all chats in one buffer, so a search reads them in
    // storage order instead of chasing 100,000 pointers. A changed key is
    // appended and the buffer compacted when half of it is stale.
    struct KeySlot {
        qsizetype offset = -1; // -1: free
        qint32 size = 0;
        qint32 titleEnd = 0;
        qint32 usernameEnd = 0;
        qint32 emailEnd = 0;
        qint32 phoneEnd = 0;
    };
    // Stores the key of `chat` in `slot`, or in a new slot when -1.
    quint32 storeKey(const protocol::Chat& chat, qint64 slot = -1);
    void dropKey(quint32 slot);
    void clearKeys();
    void compactKeys();
    protocol::SearchKeyView keyAt(quint32 slot) const
    {
        const KeySlot& k = keySlots_[slot];
        return {QStringView(keyText_.constData() + k.offset, k.size), k.titleEnd, k.usernameEnd,
                k.emailEnd, k.phoneEnd};
    }
    // Per slot, 1 when `needle` matches its key: one pass in storage order.
    std::vector<quint8> matchKeys(const protocol::SearchNeedle& needle) const;

    QString keyText_;
    std::vector<KeySlot> keySlots_;
    std::vector<quint32> freeKeySlots_;
    qsizetype staleKeyText_ = 0;

    Rows rows_;
    // Entries are allocated in blocks (one for a whole setChats) and reused.
    Entry* newEntry();
    void freeEntry(Entry* e);
    // Gives `e` the chat `chat` (its own copy).
    static void setChat(Entry* e, protocol::Chat chat);
    QList<protocol::Chat> loaded_; // shared with setChats' caller
    std::vector<std::unique_ptr<Entry[]>> entryBlocks_;
    std::vector<Entry*> freeEntries_;
    QHash<qint64, Entry*> byId_;
    QHash<qint64, quint64> pending_;
    bool flushQueued_ = false;
    protocol::ChatQuery countQuery_;
    protocol::SearchNeedle countNeedle_;
    protocol::ListCounts countValues_;
    ListCounts* counts_;
};

} // namespace baton::models
