#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/chatloader.h>
#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <models/outbox.h>
#include <models/subscribercard.h>
#include <models/syncengine.h>
#include <net/restclient.h>
#include <protocol/json.h>
#include <protocol/message.h>
#include <protocol/note.h>
#include <protocol/subscriber.h>

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

constexpr int kChatPageLimit = 200;
constexpr int kMessagePageLimit = 50;
constexpr int kEventPageLimit = 500;
constexpr int kRetryDelayMs = 1'000;

// {"agents": [...]} and {"notes": [...]}.
struct AgentList {
    QList<protocol::Agent> agents;
};
struct NoteList {
    QList<protocol::Note> notes;
};

bool fromJson(protocol::JsonReader& r, AgentList& v)
{
    v.agents = r.list<protocol::Agent>(u"agents");
    return r.ok();
}

bool fromJson(protocol::JsonReader& r, NoteList& v)
{
    v.notes = r.list<protocol::Note>(u"notes");
    return r.ok();
}

// The notes of `chatId` after `events` (in seq order) on top of `notes`.
QList<protocol::Note> notesAfter(QList<protocol::Note> notes, const QList<protocol::Event>& events,
                                 qint64 chatId)
{
    auto find = [&notes](qint64 id) {
        return std::find_if(notes.begin(), notes.end(),
                            [id](const protocol::Note& n) { return n.id == id; });
    };
    for (const protocol::Event& e : events) {
        if (const auto* n = std::get_if<protocol::Note>(&e.payload)) {
            if (n->chatId != chatId)
                continue;
            if (auto it = find(n->id); it != notes.end())
                *it = *n;
            else
                notes.append(*n);
        } else if (const auto* d = std::get_if<protocol::NoteDeleted>(&e.payload)) {
            if (d->chatId == chatId)
                notes.removeIf(
                    [id = d->noteId](const protocol::Note& note) { return note.id == id; });
        }
    }
    std::sort(notes.begin(), notes.end(),
              [](const protocol::Note& a, const protocol::Note& b) { return a.id < b.id; });
    return notes;
}

qint64 chatOf(const protocol::Event& event)
{
    return std::visit(
        [](const auto& p) -> qint64 {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, protocol::Chat>)
                return p.id;
            else if constexpr (std::is_same_v<T, protocol::Message> ||
                               std::is_same_v<T, protocol::Note> ||
                               std::is_same_v<T, protocol::NoteDeleted> ||
                               std::is_same_v<T, protocol::BotStatusChanged>)
                return p.chatId;
            else
                return 0;
        },
        event.payload);
}

} // namespace

SyncEngine::SyncEngine(net::RestClient* rest, net::EventStream* stream, LocalCache* cache,
                       ChatListModel* chats, AgentDirectory* agents, QObject* parent)
    : QObject(parent)
    , rest_(rest)
    , stream_(stream)
    , cache_(cache)
    , chats_(chats)
    , agents_(agents)
{
    connect(stream_, &net::EventStream::welcomed, this, &SyncEngine::onWelcome);
    connect(stream_, &net::EventStream::eventReceived, this, &SyncEngine::onEvent);
    connect(stream_, &net::EventStream::resyncRequired, this, &SyncEngine::onResync);
    connect(stream_, &net::EventStream::statusChanged, this, &SyncEngine::onStreamStatus);
    if (chats_) {
        loader_ = new ChatLoader(cache_, chats_, this);
        connect(loader_, &ChatLoader::failed, this, &SyncEngine::syncError);
        connect(loader_, &ChatLoader::failed, this, &SyncEngine::updateState);
        connect(loader_, &ChatLoader::finished, this, &SyncEngine::updateState);
        connect(loader_, &ChatLoader::finished, this, &SyncEngine::loadMissingCards);
    }
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setOutbox(Outbox* outbox)
{
    if (outbox_)
        disconnect(this, &SyncEngine::eventsApplied, outbox_, nullptr);
    outbox_ = outbox;
    if (outbox_) {
        connect(this, &SyncEngine::eventsApplied, outbox_, &Outbox::eventsApplied);
        connect(this, &SyncEngine::snapshotApplied, outbox_, &Outbox::snapshotApplied);
    }
}

qint64 SyncEngine::appliedSeq() const
{
    return cache_->appliedSeq();
}

bool SyncEngine::isLoadingChats() const
{
    return loader_ && loader_->isLoading();
}

bool SyncEngine::isIdle() const
{
    return mode_ == Mode::Live && pending_.isEmpty() && buffer_.isEmpty() && !isLoadingChats();
}

void SyncEngine::start()
{
    if (running_)
        return;
    running_ = true;
    // The cache first: the agent sees the last known state at once.
    if (agents_)
        agents_->setAgents(cache_->agents());
    // The first screen now, the rest decoded off the GUI thread and added
    // below it; events applied meanwhile win over the cache's copies.
    if (loader_ && chats_)
        loader_->start();
    mode_ = Mode::Live;
    stream_->setAppliedSeq(cache_->appliedSeq());
    stream_->start();
    updateState();
}

void SyncEngine::listPainted()
{
    if (loader_)
        loader_->proceed();
}

void SyncEngine::stop()
{
    running_ = false;
    ++generation_;
    if (loader_)
        loader_->cancel();
    stream_->stop();
    pending_.clear();
    buffer_.clear();
    mode_ = Mode::Live;
    updateState();
}

// ---- the stream ----

void SyncEngine::onWelcome(qint64 head)
{
    Q_UNUSED(head)
    // Events after the applied seq follow (or a resync).
    updateState();
}

void SyncEngine::onEvent(const protocol::Event& event)
{
    if (!running_)
        return;
    if (mode_ != Mode::Live) {
        buffer_.append(event);
        return;
    }
    pending_.append(event);
    if (!flushQueued_) {
        flushQueued_ = true;
        // One transaction for whatever arrived in this event-loop turn.
        QMetaObject::invokeMethod(this, &SyncEngine::flush, Qt::QueuedConnection);
    }
}

void SyncEngine::flush()
{
    flushQueued_ = false;
    if (mode_ != Mode::Live) {
        buffer_.append(pending_);
        pending_.clear();
        return;
    }
    applyBatch(std::exchange(pending_, {}));
}

void SyncEngine::applyBatch(QList<protocol::Event> events)
{
    std::stable_sort(
        events.begin(), events.end(),
        [](const protocol::Event& a, const protocol::Event& b) { return a.seq < b.seq; });
    const qint64 applied = cache_->appliedSeq();
    QList<protocol::Event> fresh;
    for (const protocol::Event& e : std::as_const(events)) {
        if (e.seq <= applied || (!fresh.isEmpty() && fresh.last().seq == e.seq))
            continue;
        fresh.append(e);
    }
    if (fresh.isEmpty()) {
        updateState();
        return;
    }
    // The events up to the first missing seq are applied; the rest waits for
    // the gap fill.
    qsizetype contiguous = 0;
    qint64 expected = applied + 1;
    while (contiguous < fresh.size() && fresh.at(contiguous).seq == expected) {
        ++contiguous;
        ++expected;
    }
    if (contiguous > 0 && !writeAndShow(fresh.first(contiguous)))
        return;
    if (contiguous < fresh.size()) {
        buffer_.append(fresh.sliced(contiguous));
        startGapFill();
        return;
    }
    updateState();
}

bool SyncEngine::writeAndShow(const QList<protocol::Event>& events)
{
    const qint64 before = cache_->appliedSeq();
    const ApplyResult result = cache_->apply(events);
    if (!result.ok) {
        // Nothing was written: reconnect and get the same events again.
        Q_EMIT syncError(u"could not write events: %1"_s.arg(result.error));
        stream_->setAppliedSeq(cache_->appliedSeq());
        stream_->reconnect();
        return false;
    }
    QList<protocol::Event> written;
    for (const protocol::Event& e : events) {
        if (e.seq > before && e.seq <= result.appliedSeq)
            written.append(e);
    }
    stream_->setAppliedSeq(result.appliedSeq);
    if (written.isEmpty())
        return true;
    // Cache first, then the models. The chat list takes the server's chats
    // (chat.created/updated): every commit that adds a previewable message
    // also sends its chat, with the full preview (message_id included). A
    // preview derived from message.created lacks message_id, and the model
    // would then drop the chat.updated that differs only there.
    if (chats_) {
        QList<protocol::Event> forList;
        forList.reserve(written.size());
        for (const protocol::Event& e : std::as_const(written)) {
            if (e.type != protocol::EventType::MessageCreated)
                forList.append(e);
        }
        chats_->applyEvents(forList);
        if (loader_)
            loader_->eventsApplied(forList);
    }
    for (auto it = open_.begin(); it != open_.end(); ++it) {
        OpenChat& chat = it.value();
        if (chat.messages)
            chat.messages->applyEvents(written);
        if (chat.notes)
            chat.notes->applyEvents(written);
        if (chat.card)
            chat.card->applyEvents(written);
        for (const protocol::Event& e : std::as_const(written)) {
            const bool ofChat = chatOf(e) == it.key();
            if (chat.loading && ofChat)
                chat.sinceRequest.append(e);
            if (chat.notesRequest != 0 && ofChat)
                chat.sinceNotes.append(e);
            // The card follows its subscriber, which events name in
            // several ways; it picks its own from all of them.
            if (chat.cardRequest != 0)
                chat.sinceCard.append(e);
        }
    }
    Q_EMIT eventsApplied(written);
    return true;
}

// ---- gap fill ----

void SyncEngine::startGapFill()
{
    mode_ = Mode::GapFill;
    updateState();
    fetchEvents(++generation_);
}

void SyncEngine::fetchEvents(quint64 generation)
{
    if (!rest_)
        return;
    const net::RestRequest request = net::RestRequest::get(u"/api/v1/events"_s)
                                         .addQuery(u"after"_s, QString::number(appliedSeq()))
                                         .addQuery(u"limit"_s, QString::number(kEventPageLimit));
    rest_->call<protocol::EventPage>(
        request, this, [this, generation](const net::RestResult<protocol::EventPage>& page) {
            if (generation != generation_ || !running_)
                return;
            if (!page.ok()) {
                Q_EMIT syncError(u"gap fill failed: %1"_s.arg(page.error->toString()));
                QTimer::singleShot(kRetryDelayMs, this, [this, generation] {
                    if (generation == generation_ && running_)
                        fetchEvents(generation);
                });
                return;
            }
            if (page->resync) {
                startSnapshot(page->head);
                return;
            }
            if (!page->events.isEmpty() && !writeAndShow(page->events)) {
                // Nothing was written: read the same page again later.
                QTimer::singleShot(kRetryDelayMs, this, [this, generation] {
                    if (generation == generation_ && running_)
                        fetchEvents(generation);
                });
                return;
            }
            if (!page->events.isEmpty() && appliedSeq() < page->head) {
                fetchEvents(generation);
                return;
            }
            backToLive();
        });
}

// ---- snapshot ----

void SyncEngine::onResync(qint64 head)
{
    if (!running_)
        return;
    // Live events after `head` follow on this connection: hold them.
    pending_.clear();
    buffer_.clear();
    startSnapshot(head);
}

void SyncEngine::startSnapshot(qint64 head)
{
    mode_ = Mode::Snapshot;
    snapshotHead_ = head;
    snapshotChats_.clear();
    snapshotAgents_.reset();
    snapshotChatsDone_ = false;
    // Events at or before the head are in the snapshot.
    buffer_.removeIf([head](const protocol::Event& e) { return e.seq <= head; });
    updateState();
    const quint64 generation = ++generation_;
    fetchChats(generation, {});
    rest_->call<AgentList>(net::RestRequest::get(u"/api/v1/agents"_s), this,
                           [this, generation](const net::RestResult<AgentList>& agents) {
                               if (generation != generation_)
                                   return;
                               // Agents only name people; a failure keeps the cached ones.
                               snapshotAgents_ = agents.ok() ? agents->agents : cache_->agents();
                               finishSnapshot(generation);
                           });
}

void SyncEngine::fetchChats(quint64 generation, const QString& cursor)
{
    net::RestRequest request = net::RestRequest::get(u"/api/v1/chats"_s)
                                   .addQuery(u"list"_s, u"all"_s)
                                   .addQuery(u"limit"_s, QString::number(kChatPageLimit));
    if (!cursor.isEmpty())
        request.addQuery(u"cursor"_s, cursor);
    rest_->call<protocol::ChatPage>(
        request, this, [this, generation, cursor](const net::RestResult<protocol::ChatPage>& page) {
            if (generation != generation_ || !running_)
                return;
            if (!page.ok()) {
                Q_EMIT syncError(u"snapshot failed: %1"_s.arg(page.error->toString()));
                QTimer::singleShot(kRetryDelayMs, this, [this, generation, cursor] {
                    if (generation == generation_ && running_)
                        fetchChats(generation, cursor);
                });
                return;
            }
            snapshotChats_.append(page->chats);
            if (!page->nextCursor.isEmpty()) {
                fetchChats(generation, page->nextCursor);
                return;
            }
            snapshotChatsDone_ = true;
            finishSnapshot(generation);
        });
}

void SyncEngine::finishSnapshot(quint64 generation)
{
    if (generation != generation_ || !snapshotChatsDone_ || !snapshotAgents_)
        return;
    // A chat may move between pages while they are read: keep one of each.
    QList<protocol::Chat> chats;
    QSet<qint64> seen;
    for (const protocol::Chat& c : std::as_const(snapshotChats_)) {
        if (!seen.contains(c.id)) {
            seen.insert(c.id);
            chats.append(c);
        }
    }
    std::sort(chats.begin(), chats.end(), protocol::sortsBefore);
    snapshotChats_.clear();
    if (!cache_->replaceSnapshot(chats, {}, snapshotHead_)) {
        Q_EMIT syncError(u"could not store the snapshot: %1"_s.arg(cache_->lastError()));
        QTimer::singleShot(kRetryDelayMs, this, [this, generation] {
            if (generation == generation_ && running_)
                startSnapshot(snapshotHead_);
        });
        return;
    }
    cache_->storeAgents(*snapshotAgents_);
    if (agents_)
        agents_->setAgents(*snapshotAgents_);
    stream_->setAppliedSeq(snapshotHead_);
    if (chats_) {
        // The snapshot replaces whatever a start-up load had not added yet.
        if (loader_)
            loader_->cancel();
        chats_->setChats(cache_->chats());
        chats_->setLoading(false);
    }
    Q_EMIT snapshotApplied(snapshotHead_);
    // The open chats' cached history was dropped: fetch it again.
    const QList<qint64> open = open_.keys();
    for (qint64 id : open) {
        loadNewest(id);
        loadNotes(id);
        loadCard(id);
    }
    backToLive();
}

void SyncEngine::backToLive()
{
    mode_ = Mode::Live;
    ++generation_;
    QList<protocol::Event> held = std::exchange(buffer_, {});
    held.append(std::exchange(pending_, {}));
    applyBatch(held); // may start another gap fill
    updateState();
}

// ---- open chats ----

void SyncEngine::openChat(qint64 chatId, MessageModel* messages, NotesModel* notes,
                          SubscriberCard* card)
{
    OpenChat& chat = open_[chatId];
    if (chat.messages && chat.messages != messages)
        disconnect(chat.messages, nullptr, this, nullptr);
    chat.messages = messages;
    chat.notes = notes;
    chat.card = card;
    if (messages) {
        // Cached rows at once; the server's newest page replaces them.
        const QList<protocol::Message> cached = cache_->messages(chatId, kMessagePageLimit);
        if (!cached.isEmpty())
            messages->setMessages(cached, true);
        if (outbox_)
            outbox_->attachModel(messages);
        connect(messages, &MessageModel::historyRequested, this,
                [this](qint64 id, qint64 beforeId) {
                    if (beforeId == 0)
                        loadNewest(id);
                    else
                        loadHistory(id, beforeId);
                });
        loadNewest(chatId);
    }
    if (notes) {
        notes->setNotes(cache_->notes(chatId));
        loadNotes(chatId);
    }
    if (card) {
        if (chats_) {
            if (const std::optional<protocol::Chat> c = chats_->chat(chatId)) {
                if (auto s = cache_->subscriber(c->subscriberId))
                    card->setSubscriber(*s);
            }
        }
        loadCard(chatId);
    }
}

void SyncEngine::closeChat(qint64 chatId)
{
    const OpenChat chat = open_.take(chatId);
    if (chat.messages) {
        disconnect(chat.messages, nullptr, this, nullptr);
        if (outbox_)
            outbox_->detachModel(chat.messages);
    }
}

void SyncEngine::loadNewest(qint64 chatId)
{
    auto it = open_.find(chatId);
    if (it == open_.end() || !it->messages || !rest_)
        return;
    it->loading = true;
    it->sinceRequest.clear();
    const net::RestRequest request =
        net::RestRequest::get(u"/api/v1/chats/%1/messages"_s.arg(chatId))
            .addQuery(u"limit"_s, QString::number(kMessagePageLimit));
    QPointer<MessageModel> model = it->messages;
    rest_->call<protocol::MessagePage>(
        request, this, [this, chatId, model](const net::RestResult<protocol::MessagePage>& page) {
            auto chat = open_.find(chatId);
            if (chat == open_.end() || chat->messages != model || !model)
                return;
            chat->loading = false;
            const QList<protocol::Event> since = std::exchange(chat->sinceRequest, {});
            if (!page.ok()) {
                Q_EMIT syncError(
                    u"messages of chat %1: %2"_s.arg(chatId).arg(page.error->toString()));
                model->historyFailed();
                return;
            }
            cache_->storeMessages(page->messages);
            model->setMessages(page->messages, page->hasMore);
            // Events applied while the page was on its way may be newer.
            model->applyEvents(since);
        });
}

void SyncEngine::loadHistory(qint64 chatId, qint64 beforeId)
{
    auto it = open_.find(chatId);
    if (it == open_.end() || !it->messages || !rest_)
        return;
    QPointer<MessageModel> model = it->messages;
    const net::RestRequest request =
        net::RestRequest::get(u"/api/v1/chats/%1/messages"_s.arg(chatId))
            .addQuery(u"before"_s, QString::number(beforeId))
            .addQuery(u"limit"_s, QString::number(kMessagePageLimit));
    rest_->call<protocol::MessagePage>(
        request, this, [this, model](const net::RestResult<protocol::MessagePage>& page) {
            if (!model)
                return;
            if (!page.ok()) {
                model->historyFailed();
                return;
            }
            cache_->storeMessages(page->messages);
            model->addHistoryPage(*page);
        });
}

void SyncEngine::loadNotes(qint64 chatId)
{
    auto it = open_.find(chatId);
    if (it == open_.end() || !it->notes || !rest_)
        return;
    const quint64 number = ++requests_;
    it->notesRequest = number;
    it->sinceNotes.clear();
    QPointer<NotesModel> model = it->notes;
    rest_->call<NoteList>(
        net::RestRequest::get(u"/api/v1/chats/%1/notes"_s.arg(chatId)), this,
        [this, chatId, model, number](const net::RestResult<NoteList>& list) {
            auto chat = open_.find(chatId);
            if (chat == open_.end() || chat->notesRequest != number)
                return; // closed, or a newer request is on its way
            chat->notesRequest = 0;
            const QList<protocol::Event> since = std::exchange(chat->sinceNotes, {});
            if (!model || chat->notes != model)
                return;
            if (!list.ok()) {
                Q_EMIT syncError(u"notes of chat %1: %2"_s.arg(chatId).arg(list.error->toString()));
                return;
            }
            // The answer may be older than the events applied meanwhile.
            const QList<protocol::Note> notes = notesAfter(list->notes, since, chatId);
            cache_->storeNotes(chatId, notes);
            model->setNotes(notes);
        });
}

// A chat opened while the cache was still loading (a notification, --chat)
// may not have had its row yet, so its card knew no subscriber to ask for.
void SyncEngine::loadMissingCards()
{
    for (auto it = open_.cbegin(); it != open_.cend(); ++it) {
        if (!it->card || it->card->subscriber() || it->cardRequest != 0)
            continue;
        if (const std::optional<protocol::Chat> c = chats_->chat(it.key())) {
            if (auto s = cache_->subscriber(c->subscriberId))
                it->card->setSubscriber(*s);
        }
        loadCard(it.key());
    }
}

void SyncEngine::loadCard(qint64 chatId)
{
    auto it = open_.find(chatId);
    if (it == open_.end() || !it->card || !rest_ || !chats_)
        return;
    const std::optional<protocol::Chat> chat = chats_->chat(chatId);
    if (!chat)
        return;
    const quint64 number = ++requests_;
    it->cardRequest = number;
    it->sinceCard.clear();
    QPointer<SubscriberCard> card = it->card;
    rest_->call<protocol::Subscriber>(
        net::RestRequest::get(u"/api/v1/subscribers/%1"_s.arg(chat->subscriberId)), this,
        [this, chatId, card, number](const net::RestResult<protocol::Subscriber>& s) {
            auto open = open_.find(chatId);
            if (open == open_.end() || open->cardRequest != number)
                return;
            open->cardRequest = 0;
            const QList<protocol::Event> since = std::exchange(open->sinceCard, {});
            if (!card || open->card != card)
                return;
            if (!s.ok()) {
                Q_EMIT syncError(
                    u"subscriber of chat %1: %2"_s.arg(chatId).arg(s.error->toString()));
                return;
            }
            // The answer may be older than the events applied meanwhile:
            // replay them on a scratch card, then show the result once.
            SubscriberCard merged;
            merged.setSubscriber(*s);
            merged.applyEvents(since);
            cache_->storeSubscriber(*merged.subscriber());
            card->setSubscriber(*merged.subscriber());
        });
}

// ---- state ----

void SyncEngine::onStreamStatus(const net::StreamStatus& status)
{
    streamStatus_ = status;
    updateState();
}

void SyncEngine::updateState()
{
    State next = State::Idle;
    using S = net::StreamStatus::State;
    if (!running_) {
        next = State::Idle;
    } else if (streamStatus_.state == S::Online) {
        next = isIdle() ? State::UpToDate : State::Syncing;
    } else if (streamStatus_.state == S::Connecting && streamStatus_.attempt <= 1 &&
               !streamStatus_.lastSyncAt.isValid()) {
        next = State::Syncing; // the first connection of this run
    } else {
        next = State::Offline;
    }
    if (next == State::Offline) {
        const QDateTime since =
            streamStatus_.lastSyncAt.isValid() ? streamStatus_.lastSyncAt : streamStatus_.since;
        offlineSince_ = since;
    } else {
        offlineSince_ = {};
    }
    if (next != state_) {
        state_ = next;
        Q_EMIT stateChanged(state_);
    }
}

} // namespace baton::models
