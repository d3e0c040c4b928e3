#pragma once

#include <protocol/chat.h>
#include <protocol/event.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace baton::models {

class ChatListModel;
class LocalCache;

// Fills a ChatListModel from the LocalCache without holding the GUI thread
// for the whole cache (docs/sync.md, "Start-up"): the newest chats at once
// (one model reset, the first screen), the rest decoded on a worker thread
// with its own connection to the file, then added below them a slice per
// event-loop turn (ChatListModel::insertChats: no reset, the selection and
// the scroll position stay). The model is marked loading until the last
// slice is in.
//
// Events applied to the model meanwhile stay: the model's copy of a chat
// wins over the cache's. A bot status for a chat not loaded yet is kept and
// applied again when the chat arrives (the worker's snapshot may predate it).
class ChatLoader : public QObject {
    Q_OBJECT

public:
    // Rows shown before the first paint: a screenful and some to scroll.
    static constexpr int kFirstScreen = 100;
    // Rows added per event-loop turn: a few milliseconds of GUI time.
    static constexpr int kSlice = 2'000;
    // The longest the rest waits for proceed() (a window that never paints:
    // hidden, minimised to the tray).
    static constexpr int kPaintWaitMs = 250;

    ChatLoader(LocalCache* cache, ChatListModel* model, QObject* parent = nullptr);
    // Cancels a running load and waits for its worker.
    ~ChatLoader() override;
    ChatLoader(const ChatLoader&) = delete;
    ChatLoader& operator=(const ChatLoader&) = delete;

    // Replaces the model's rows with the newest `first` chats of the cache
    // now, and loads the rest (a running load is cancelled first) once the
    // first screen is painted: at proceed(), or kPaintWaitMs at the latest.
    void start(int first = kFirstScreen);
    // The first screen is on screen: the rest may be decoded now. Decoding
    // beside the first paint took the second core from it (and on a busy
    // machine, time from the GUI thread). Nothing happens without a start()
    // waiting for it.
    void proceed();
    // Stops a running load; the model keeps its rows and stays marked
    // loading (its list is a part) until the next start() or clear().
    void cancel();
    // From start() until the last row is in the model (or cancel()).
    bool isLoading() const { return loading_; }

    // The list events just applied to the model (SyncEngine calls it).
    void eventsApplied(const QList<protocol::Event>& events);

Q_SIGNALS:
    // The whole cache is in the model (and the decoded copies are freed).
    void finished();
    // The rest could not be read; the model keeps the first screen.
    void failed(const QString& error);

private:
    // Starts the worker thread that reads and decodes the rest.
    void decode(quint64 run, QSet<qint64> skip);
    void received(quint64 run, QList<QList<protocol::Chat>> slices, const QString& error);
    void addSlice();
    void finish();
    // Frees the slices on a thread of its own (a child); with `announce`,
    // finished() follows when it is done.
    void dispose(bool announce);

    LocalCache* cache_;
    QPointer<ChatListModel> model_;
    quint64 run_ = 0;
    bool loading_ = false;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    // Kept until the last is in the model, then freed by dispose().
    QList<QList<protocol::Chat>> slices_;
    qsizetype nextSlice_ = 0;
    QTimer sliceTimer_;
    QList<protocol::Event> replay_;
    // Between start() and proceed(): the first screen's ids, not decoded again.
    bool decodePending_ = false;
    QSet<qint64> pendingSkip_;
    QTimer paintWait_;
};

} // namespace baton::models
