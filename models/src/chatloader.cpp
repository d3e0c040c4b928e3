#include <models/chatlistmodel.h>
#include <models/chatloader.h>
#include <models/heap.h>
#include <models/localcache.h>

#include <QSet>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace baton::models {

ChatLoader::ChatLoader(LocalCache* cache, ChatListModel* model, QObject* parent)
    : QObject(parent)
    , cache_(cache)
    , model_(model)
{
    // A zero timer: every slice waits for the events (input, paint, socket
    // reads) queued behind the one before.
    sliceTimer_.setInterval(0);
    connect(&sliceTimer_, &QTimer::timeout, this, &ChatLoader::addSlice);
    paintWait_.setSingleShot(true);
    paintWait_.setInterval(kPaintWaitMs);
    connect(&paintWait_, &QTimer::timeout, this, &ChatLoader::proceed);
}

ChatLoader::~ChatLoader()
{
    cancel();
    // The decoding and freeing threads are children: none may outlive this.
    const auto threads = findChildren<QThread*>(Qt::FindDirectChildrenOnly);
    for (QThread* thread : threads)
        thread->wait();
}

void ChatLoader::start(int first)
{
    cancel();
    if (!model_)
        return;
    const QList<protocol::Chat> newest = cache_->chats(first);
    model_->setChats(newest);
    if (newest.size() < first) {
        // That was all of it.
        model_->setLoading(false);
        Q_EMIT finished();
        return;
    }
    loading_ = true;
    model_->setLoading(true);
    ++run_;
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    pendingSkip_.clear();
    pendingSkip_.reserve(newest.size());
    for (const protocol::Chat& c : newest)
        pendingSkip_.insert(c.id);
    decodePending_ = true;
    paintWait_.start();
}

void ChatLoader::proceed()
{
    if (!decodePending_ || !loading_)
        return;
    decodePending_ = false;
    paintWait_.stop();
    decode(run_, std::exchange(pendingSkip_, {}));
}

void ChatLoader::decode(quint64 run, QSet<qint64> skip)
{
    // The worker never touches `this` except through the queued call: the
    // destructor waits for it, and a cancelled run's answer is dropped.
    QThread* worker = QThread::create(
        [this, run, path = cache_->path(), skip = std::move(skip), cancelled = cancelled_] {
            QString error;
            QList<protocol::Chat> rest = LocalCache::readChats(path, skip, *cancelled, &error);
            if (cancelled->load())
                return;
            QList<QList<protocol::Chat>> slices;
            slices.reserve(rest.size() / kSlice + 1);
            for (qsizetype i = 0; i < rest.size(); i += kSlice) {
                QList<protocol::Chat> slice;
                const qsizetype end = std::min(rest.size(), i + kSlice);
                slice.reserve(end - i);
                for (qsizetype k = i; k < end; ++k)
                    slice.append(std::move(rest[k]));
                slices.append(std::move(slice));
            }
            rest.clear();
            QMetaObject::invokeMethod(
                this,
                [this, run, slices = std::move(slices), error]() mutable {
                    received(run, std::move(slices), error);
                },
                Qt::QueuedConnection);
        });
    worker->setObjectName(u"baton-chat-loader"_s);
    // A child, so the destructor's wait covers it (and tests can join it).
    worker->setParent(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void ChatLoader::cancel()
{
    if (cancelled_)
        cancelled_->store(true);
    cancelled_.reset();
    ++run_;
    loading_ = false;
    replay_.clear();
    sliceTimer_.stop();
    decodePending_ = false;
    pendingSkip_.clear();
    paintWait_.stop();
    if (!slices_.isEmpty())
        dispose(false);
}

void ChatLoader::eventsApplied(const QList<protocol::Event>& events)
{
    if (!loading_ || !model_)
        return;
    for (const protocol::Event& e : events) {
        if (const auto* b = std::get_if<protocol::BotStatusChanged>(&e.payload)) {
            if (model_->rowOf(b->chatId) < 0)
                replay_.append(e);
        }
    }
}

void ChatLoader::received(quint64 run, QList<QList<protocol::Chat>> slices, const QString& error)
{
    if (run != run_ || !loading_)
        return;
    if (!error.isEmpty()) {
        loading_ = false;
        replay_.clear();
        if (model_)
            model_->setLoading(false);
        Q_EMIT failed(error);
        return;
    }
    qsizetype rows = 0;
    for (const QList<protocol::Chat>& slice : std::as_const(slices))
        rows += slice.size();
    if (model_)
        model_->reserve(model_->count() + rows);
    slices_ = std::move(slices);
    sliceTimer_.start();
}

void ChatLoader::addSlice()
{
    if (!model_ || !loading_) {
        sliceTimer_.stop();
        return;
    }
    if (nextSlice_ < slices_.size()) {
        model_->insertChats(slices_.at(nextSlice_++));
        if (!replay_.isEmpty()) {
            // The version check makes a replay of an applied status a no-op.
            model_->applyEvents(replay_);
            replay_.removeIf([this](const protocol::Event& e) {
                const qint64 id = std::get<protocol::BotStatusChanged>(e.payload).chatId;
                return model_->rowOf(id) >= 0;
            });
        }
    }
    if (nextSlice_ >= slices_.size())
        finish();
}

void ChatLoader::finish()
{
    sliceTimer_.stop();
    cancelled_.reset();
    replay_.clear();
    loading_ = false;
    model_->setLoading(false);
    dispose(true);
}

void ChatLoader::dispose(bool announce)
{
    // The decoded chats live in the decoding thread's heap arena. glibc does
    // not shrink that arena by itself once big freed buffers (any thread's)
    // have raised its process-wide trim threshold: at 100,000 chats ~34 MiB
    // of it stayed resident, all of it free. The trim gives those pages back
    // (it covers every arena); both off the GUI thread (docs/models.md).
    QThread* disposer = QThread::create([spent = std::exchange(slices_, {})]() mutable {
        const bool many = spent.size() > 1; // one slice is too little to matter
        spent.clear();
        if (many)
            returnFreeMemory();
    });
    nextSlice_ = 0;
    disposer->setObjectName(u"baton-chat-disposer"_s);
    disposer->setParent(this);
    if (announce) {
        // Connected before the start: the thread may be done at once.
        connect(disposer, &QThread::finished, this, [this, run = run_] {
            if (run == run_)
                Q_EMIT finished();
        });
    }
    connect(disposer, &QThread::finished, disposer, &QObject::deleteLater);
    disposer->start(QThread::LowPriority);
}

} // namespace baton::models
