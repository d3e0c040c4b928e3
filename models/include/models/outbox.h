#pragma once

#include <models/localcache.h>
#include <net/backoff.h>
#include <protocol/event.h>
#include <protocol/requests.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace baton::net {
class RestClient;
struct RestError;
} // namespace baton::net

namespace baton::models {

class MessageModel;

// The agent's replies on their way to the server (docs/sync.md). A reply is
// written to the LocalCache outbox table before it shows as "sending"; each
// has a fresh UUID client id, which is the idempotency key of
// PUT /api/v1/chats/{id}/messages/{client_id}. One request is in flight per
// chat so replies arrive in the order they were written. Network errors and
// 5xx answers are retried with the same client id, with backoff, until the
// server answers; a 4xx answer marks the reply failed with the server's
// reason (retry() or discard() it). The echo (message.created with the
// client id, applied by the SyncEngine) removes the row from the cache in
// the same transaction and replaces the pending row in the MessageModel.
//
// A reply with files: the files are read and copied into the cache when the
// reply is queued; each is uploaded first (PUT /api/v1/uploads/{client_id},
// its own client id, so a repeated upload is answered with the same
// attachment), its attachment id is written to disk as soon as the server
// answers, and the message goes with those ids. A restart resumes at the
// first file not yet uploaded, or at the message.
class Outbox : public QObject {
    Q_OBJECT

public:
    Outbox(net::RestClient* rest, LocalCache* cache, QObject* parent = nullptr);
    ~Outbox() override;

    // Delays between attempts of one reply (full jitter, doubling to `cap`).
    void setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    // Re-sends the queued rows found on disk, in order (failed ones stay
    // failed until retried). Sends made before start() wait for it.
    void start();
    bool isStarted() const { return started_; }

    // Writes the reply to disk, shows it in the chat's model (if attached)
    // and sends it. Returns the client id, empty when it could not be
    // written (then nothing is shown or sent).
    QString queueSend(qint64 chatId, const QString& text, std::optional<qint64> replyTo = {},
                      const QList<qint64>& attachmentIds = {});
    // What the Composer's sendRequested carries: `replyToId` 0 is no reply;
    // the files are read and copied into the cache now. A file that cannot be
    // taken (missing, unreadable, empty, over 20 MiB, an executable; more
    // than 10 files) fails the reply with the reason: it is kept, shown as
    // failed, and retry() reads the refused files again.
    QString queueSend(qint64 chatId, const QString& text, qint64 replyToId,
                      const QStringList& attachmentPaths);
    // Sends a failed reply again, with a new text if given. A new text gets
    // a new client id (the old one may be known to the server with the old
    // text) and goes to the end of the chat's queue; returns the client id
    // the reply has now, empty when there is no such failed reply.
    QString retry(const QString& clientId, const std::optional<QString>& newText = {});
    // Drops a reply that is not in flight (typically a failed one).
    bool discard(const QString& clientId);

    // Shows the chat's outbox rows in `model` (pending or failed) and keeps
    // it informed; the model is not owned.
    void attachModel(MessageModel* model);
    void detachModel(MessageModel* model);

    // The rows still on disk, in order.
    QList<OutboxEntry> entries() const;
    // The files of a queued reply, in order (without their bytes).
    QList<OutboxFile> files(const QString& clientId) const;
    int inFlight() const { return static_cast<int>(inFlight_.size()); }

    // The SyncEngine calls this with every batch it applied: the echoes of
    // our sends complete them.
    void eventsApplied(const QList<protocol::Event>& events);
    // A snapshot replaced the cache: echoes before its head were never
    // applied, so accepted replies are sent again (the server answers a
    // replay with 200 and the message, which completes them).
    void snapshotApplied();

Q_SIGNALS:
    // The server took the reply (2xx); the echo follows on the stream.
    void accepted(const QString& clientId, qint64 messageId);
    // The echo arrived (or the server confirmed a replay): the row is gone.
    void delivered(const QString& clientId, qint64 messageId);
    // The server refused it (4xx): kept as failed with the reason.
    void failed(const QString& clientId, const QString& reason);
    // A network error or 5xx: tried again after `delayMs`.
    void retrying(const QString& clientId, qint64 delayMs, const QString& why);
    // One file of the reply is on the server (its id is on disk).
    void uploaded(const QString& clientId, const QString& uploadClientId, qint64 attachmentId);

private:
    struct Item {
        OutboxEntry entry;
        QList<OutboxFile> files; // without their bytes
        net::Backoff backoff;
        QTimer* timer = nullptr;    // pending retry
        bool accepted = false;      // 2xx seen; waiting for the echo
        quint64 sentAtSnapshot = 0; // snapshots_ when the request went out
    };

    Item* makeItem(const OutboxEntry& entry, QList<OutboxFile> files);
    QString enqueueReply(qint64 chatId, const protocol::SendMessageRequest& request,
                         QList<OutboxFile> files);
    // Reads a file into `file.content`, or sets `file.refused`.
    OutboxFile takeFile(OutboxFile file) const;
    // Reads the refused files of a failed reply again; the remaining reason.
    QString retakeRefused(Item* it);
    static QString refusalOf(const QList<OutboxFile>& files, qsizetype alreadyAttached);
    void pump(qint64 chatId);
    void sendNow(const QString& clientId);
    void upload(const QString& clientId, int index);
    void sendMessage(const QString& clientId);
    // A failed attempt: retried later when the outcome may change, else failed.
    void attemptFailed(const QString& clientId, const net::RestError& error,
                       const QString& prefix = {});
    void markFailed(Item* it, const QString& reason);
    void complete(const QString& clientId, qint64 messageId);
    void showPending(MessageModel* model, const Item& item);
    MessageModel* modelFor(qint64 chatId) const;
    Item* item(const QString& clientId);

    QPointer<net::RestClient> rest_;
    LocalCache* cache_;
    std::chrono::milliseconds retryBase_{1'000};
    std::chrono::milliseconds retryCap_{30'000};
    bool started_ = false;
    quint64 snapshots_ = 0;       // snapshots applied so far
    QHash<QString, Item*> items_; // by normalized client id
    QList<QString> order_;        // send order (row id)
    QSet<qint64> inFlight_;       // chats with a request in flight
    QHash<qint64, QPointer<MessageModel>> models_;
};

} // namespace baton::models
