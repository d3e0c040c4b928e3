#pragma once

#include <protocol/chat.h>
#include <protocol/crm.h>
#include <protocol/event.h>
#include <protocol/message.h>
#include <protocol/note.h>
#include <protocol/subscriber.h>
#include <protocol/workspace.h>

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <optional>

namespace baton::models {

// A reply waiting in the outbox (written before it shows as "sending").
struct OutboxEntry {
    enum class State { Queued, Sending, Failed };

    qint64 id = 0; // local row id, assigned by enqueue(); order of sending
    qint64 chatId = 0;
    QString clientId;
    QJsonObject body; // the SendMessageRequest as JSON
    State state = State::Queued;
    QString error; // why it failed (the server's message), for the agent
    QDateTime createdAt;

    bool operator==(const OutboxEntry&) const = default;
};

// A file of a queued reply. Its bytes are copied into the cache when the
// reply is queued, so moving or deleting the original loses nothing.
struct OutboxFile {
    qint64 id = 0;          // local row id
    QString replyClientId;  // the reply it belongs to
    int position = 0;       // order of the files in the reply
    QString uploadClientId; // the key of PUT /uploads/{client_id}
    QString sourcePath;     // where the agent picked it (read again on a retry when refused)
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString refused;         // why it could not be taken (then no bytes are stored)
    qint64 attachmentId = 0; // set once the server took the upload
    QByteArray content;      // only for enqueue() / updateOutboxFile(); never loaded with the list

    bool operator==(const OutboxFile&) const = default;
};

// The result of LocalCache::apply().
struct ApplyResult {
    bool ok = true;        // false: nothing of the batch was written
    QString error;         // why, when !ok
    qint64 appliedSeq = 0; // the applied seq after the call
    qsizetype applied = 0; // events written
    qsizetype skipped = 0; // events with seq <= the applied seq (duplicates)
    bool gap = false;      // an event skipped a seq: it and the rest were not applied
};

// The client's local copy of the workspace in SQLite: chats, subscribers
// (with their bot status), notes, deals, recent message pages, agents, the
// outbox, and the applied event seq. Entities are stored as their wire JSON
// plus the columns that are queried. Every batch of events is written in one
// transaction together with the new applied seq, so after a crash the data and
// the seq always match and every event is applied exactly once.
//
// The database lives in the file given by the caller (the app passes the
// user's data dir); each instance has its own connection name.
class LocalCache {
public:
    static constexpr int kSchemaVersion = 2;
    // Messages kept per chat beyond the pages the user opened.
    static constexpr int kRecentMessages = 200;

    explicit LocalCache(QString path);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    // Opens (creating or migrating the schema). False with lastError() set
    // when the file cannot be used.
    bool open();
    void close();
    bool isOpen() const;
    QString lastError() const { return lastError_; }
    QString path() const { return path_; }
    int schemaVersion() const;

    // ---- start-up ----
    qint64 appliedSeq() const;
    // Every chat, in list order (newest activity first).
    QList<protocol::Chat> chats() const;
    // The newest `limit` chats in list order: the first screen, read through
    // the activity index without touching the rest.
    QList<protocol::Chat> chats(int limit) const;
    // Every chat of the cache file `path` except those in `skip`, in list
    // order, read on a connection of its own: callable on any thread while
    // another connection writes (WAL gives the read one snapshot). Returns
    // early with nothing when `cancelled` turns true; an unreadable file
    // gives nothing and `error`.
    static QList<protocol::Chat> readChats(const QString& path, const QSet<qint64>& skip,
                                           const std::atomic<bool>& cancelled,
                                           QString* error = nullptr);
    QList<protocol::Agent> agents() const;

    // ---- events and snapshots ----
    // Writes the events (in seq order) and the new applied seq in one
    // transaction. Events with seq <= the applied seq are skipped; an event
    // whose seq is not applied+1 is a gap: it and everything after it are left
    // out (the sync layer reconnects). A message.created echo removes the
    // outbox row with its client id in the same transaction.
    ApplyResult apply(const QList<protocol::Event>& events);
    // Resync / first login: replaces chats and subscribers, drops notes,
    // messages and deals, and sets the applied seq to `head`, in one
    // transaction. The outbox and the agents stay.
    bool replaceSnapshot(const QList<protocol::Chat>& chats,
                         const QList<protocol::Subscriber>& subscribers, qint64 head);
    // Logout or --reset: everything goes, the applied seq is 0.
    bool clear();

    // ---- data fetched over REST (no seq involved) ----
    bool storeAgents(const QList<protocol::Agent>& agents);
    bool storeSubscriber(const protocol::Subscriber& subscriber);
    std::optional<protocol::Subscriber> subscriber(qint64 id) const;
    // Replaces the chat's notes.
    bool storeNotes(qint64 chatId, const QList<protocol::Note>& notes);
    QList<protocol::Note> notes(qint64 chatId) const;
    QList<protocol::Deal> deals(qint64 subscriberId) const;
    // A page the user opened: kept beyond the recent window, merged with what
    // is known without going backwards (models::mergeMessage).
    bool storeMessages(const QList<protocol::Message>& messages);
    // Up to `limit` cached messages with id < beforeId (0: the newest), oldest
    // first. What the cache has, not necessarily without holes before it.
    QList<protocol::Message> messages(qint64 chatId, int limit, qint64 beforeId = 0) const;

    // ---- outbox ----
    // Returns the row id, or 0 on failure (also for a client id already queued).
    // The reply and its files (with their bytes) are written in one transaction.
    qint64 enqueue(const OutboxEntry& entry, const QList<OutboxFile>& files = {});
    // Replaces the reply `oldClientId` by `entry` (a new client id), moving its
    // files to it, in one transaction; the new row id, or 0.
    qint64 requeue(const QString& oldClientId, const OutboxEntry& entry);
    bool setOutboxState(const QString& clientId, OutboxEntry::State state,
                        const QString& error = {});
    // Removes the reply and its files.
    bool removeOutbox(const QString& clientId);
    QList<OutboxEntry> outbox() const;
    // The reply's files in order, without their bytes.
    QList<OutboxFile> outboxFiles(const QString& replyClientId) const;
    // The stored bytes of one file (empty for a refused one).
    QByteArray outboxFileContent(qint64 fileId) const;
    bool setOutboxFileUploaded(qint64 fileId, qint64 attachmentId);
    // Rewrites a file row (name, type, size, refusal, bytes) after it was read again.
    bool updateOutboxFile(const OutboxFile& file);

    // Test hook: called for every event apply() is about to write; returning
    // false makes the write fail (the transaction is rolled back).
    void setApplyHookForTesting(std::function<bool(const protocol::Event&)> hook)
    {
        applyHook_ = std::move(hook);
    }

private:
    QSqlDatabase db() const;
    bool migrate();
    bool fail(const QString& what, const QString& error) const;
    bool setAppliedSeq(qint64 seq);
    bool insertOutbox(const OutboxEntry& entry, qint64* rowId);
    bool applyOne(const protocol::Event& event, QSet<qint64>& touchedChats);
    bool pruneMessages(qint64 chatId);
    // A statement prepared once per connection, ready for new bindings.
    QSqlQuery& prepared(const QString& sql) const;
    bool exec(QSqlQuery& query) const;

    QString path_;
    QString connection_;
    mutable QString lastError_;
    std::function<bool(const protocol::Event&)> applyHook_;
    mutable QHash<QString, QSqlQuery> statements_;
};

} // namespace baton::models
