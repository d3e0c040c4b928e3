#pragma once

#include <net/eventstream.h>
#include <protocol/chat.h>
#include <protocol/event.h>
#include <protocol/workspace.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace baton::net {
class RestClient;
}

namespace baton::models {

class AgentDirectory;
class ChatListModel;
class ChatLoader;
class LocalCache;
class MessageModel;
class NotesModel;
class Outbox;
class SubscriberCard;

// Keeps the LocalCache and the models equal to the server (docs/sync.md):
// cache first at start-up, then the live stream resumed from the applied seq;
// every event applied exactly once, to the cache (data and seq in one
// transaction) and then to the models; a snapshot on first login or resync;
// a gap filled over GET /events before anything after it is applied.
//
// The collaborators are not owned and must outlive the engine (the per-chat
// models are held by QPointer and may go away at any time).
class SyncEngine : public QObject {
    Q_OBJECT

public:
    // What the UI shows: syncing (catching up, snapshot, connecting for the
    // first time), up to date (live and everything applied), offline since
    // offlineSince() (not connected: the cache is what is shown).
    enum class State { Idle, Syncing, UpToDate, Offline };
    Q_ENUM(State)

    SyncEngine(net::RestClient* rest, net::EventStream* stream, LocalCache* cache,
               ChatListModel* chats, AgentDirectory* agents = nullptr, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Receives the echoes of its sends, and shows its pending rows in the
    // chats that are opened.
    void setOutbox(Outbox* outbox);

    // Shows the cache (agents, the newest chats; the rest of the chats
    // follow, see ChatLoader), then starts the stream with the cached
    // applied seq. The stream's URL and token are the caller's.
    void start();
    // The chat list has painted (its first screen, after start()): the rest
    // of the cached chats may be decoded now (ChatLoader::proceed()).
    void listPainted();
    // Stops the stream and a running chat load; the cache keeps what was
    // applied.
    void stop();
    // The chat list is still being filled from the cache (the model says
    // so too: ChatListModel::isLoading()).
    bool isLoadingChats() const;

    State state() const { return state_; }
    // When the data was last known current (offline: since when).
    QDateTime offlineSince() const { return offlineSince_; }
    qint64 appliedSeq() const;
    // Neither a snapshot nor a gap fill is running, no event waits, and the
    // chat list has all of the cache (until then the state is Syncing).
    bool isIdle() const;

    // A chat the agent opened: the models follow its events; the newest
    // message page is fetched (the cached one is shown meanwhile) and the
    // model's historyRequested is answered over REST. notes and card are
    // optional.
    void openChat(qint64 chatId, MessageModel* messages, NotesModel* notes = nullptr,
                  SubscriberCard* card = nullptr);
    void closeChat(qint64 chatId);

Q_SIGNALS:
    void stateChanged(baton::models::SyncEngine::State state);
    // The events just written to the cache (seq order, none twice), after the
    // models got them.
    void eventsApplied(const QList<baton::protocol::Event>& events);
    // A snapshot replaced the cache's data; applied seq = head.
    void snapshotApplied(qint64 head);
    // Something went wrong that the engine recovers from by itself (a
    // failed request is retried, a failed write reconnects); for logs.
    void syncError(const QString& what);

private:
    enum class Mode { Live, GapFill, Snapshot };
    struct OpenChat {
        QPointer<MessageModel> messages;
        QPointer<NotesModel> notes;
        QPointer<SubscriberCard> card;
        // Events of this chat applied while its newest page was in flight.
        QList<protocol::Event> sinceRequest;
        bool loading = false;
        // The same for the notes and the card: the answers carry no seq, so
        // the events applied while they were on their way are applied again
        // on top of them. 0: no request in flight; else the request's number
        // (a newer request makes an older answer stale).
        quint64 notesRequest = 0;
        QList<protocol::Event> sinceNotes;
        quint64 cardRequest = 0;
        QList<protocol::Event> sinceCard;
    };

    void onWelcome(qint64 head);
    void onEvent(const protocol::Event& event);
    void onResync(qint64 head);
    void onStreamStatus(const net::StreamStatus& status);

    void flush();
    // Applies what it can of `events` (any order, duplicates allowed);
    // starts a gap fill when an event is missing.
    void applyBatch(QList<protocol::Event> events);
    bool writeAndShow(const QList<protocol::Event>& events);
    void startGapFill();
    void fetchEvents(quint64 generation);
    void startSnapshot(qint64 head);
    void fetchChats(quint64 generation, const QString& cursor);
    void finishSnapshot(quint64 generation);
    void backToLive();
    void retryLater(void (SyncEngine::*what)());
    void loadNewest(qint64 chatId);
    void loadHistory(qint64 chatId, qint64 beforeId);
    void loadNotes(qint64 chatId);
    void loadCard(qint64 chatId);
    void loadMissingCards();
    void updateState();

    QPointer<net::RestClient> rest_;
    QPointer<net::EventStream> stream_;
    LocalCache* cache_;
    QPointer<ChatListModel> chats_;
    QPointer<AgentDirectory> agents_;
    QPointer<Outbox> outbox_;
    ChatLoader* loader_ = nullptr; // a child; null without a chat list

    Mode mode_ = Mode::Live;
    bool running_ = false;
    quint64 generation_ = 0;         // bumped by every snapshot / gap fill / stop
    QList<protocol::Event> pending_; // received, waiting for the flush
    QList<protocol::Event> buffer_;  // held during a snapshot or gap fill
    bool flushQueued_ = false;
    qint64 snapshotHead_ = 0;
    QList<protocol::Chat> snapshotChats_;
    std::optional<QList<protocol::Agent>> snapshotAgents_;
    bool snapshotChatsDone_ = false;

    QHash<qint64, OpenChat> open_;
    quint64 requests_ = 0; // numbers the notes and card requests
    net::StreamStatus streamStatus_;
    State state_ = State::Idle;
    QDateTime offlineSince_;
};

} // namespace baton::models
