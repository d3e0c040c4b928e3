#include <models/messagemodel.h>
#include <models/outbox.h>
#include <net/restclient.h>
#include <protocol/json.h>
#include <protocol/message.h>
#include <protocol/requests.h>

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

QString normalized(const QString& clientId)
{
    return clientId.trimmed().toLower();
}

protocol::SendMessageRequest requestOf(const OutboxEntry& entry)
{
    auto decoded = protocol::decode<protocol::SendMessageRequest>(entry.body);
    return decoded ? *decoded.value : protocol::SendMessageRequest{};
}

} // namespace

Outbox::Outbox(net::RestClient* rest, LocalCache* cache, QObject* parent)
    : QObject(parent)
    , rest_(rest)
    , cache_(cache)
{}

Outbox::~Outbox()
{
    qDeleteAll(items_);
}

void Outbox::setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    retryBase_ = base;
    retryCap_ = cap;
}

Outbox::Item* Outbox::item(const QString& clientId)
{
    return items_.value(normalized(clientId), nullptr);
}

void Outbox::start()
{
    if (started_)
        return;
    started_ = true;
    // Rows from disk (a previous run) join the ones queued before start(),
    // in row order.
    for (const OutboxEntry& entry : cache_->outbox()) {
        const QString id = normalized(entry.clientId);
        if (items_.contains(id))
            continue;
        auto* it = new Item{entry, net::Backoff(retryBase_, retryCap_), nullptr, false};
        items_.insert(id, it);
        order_.append(id);
        if (MessageModel* model = modelFor(entry.chatId))
            showPending(model, entry);
    }
    std::sort(order_.begin(), order_.end(), [this](const QString& a, const QString& b) {
        return items_.value(a)->entry.id < items_.value(b)->entry.id;
    });
    QSet<qint64> chats;
    for (const QString& id : std::as_const(order_))
        chats.insert(items_.value(id)->entry.chatId);
    for (qint64 chat : std::as_const(chats))
        pump(chat);
}

QString Outbox::queueSend(qint64 chatId, const QString& text, std::optional<qint64> replyTo,
                          const QList<qint64>& attachmentIds)
{
    protocol::SendMessageRequest request;
    request.text = text;
    request.replyTo = replyTo;
    request.attachmentIds = attachmentIds;

    OutboxEntry entry;
    entry.chatId = chatId;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    entry.body = protocol::toJson(request);
    entry.state = OutboxEntry::State::Queued;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    // On disk first: a crash from here on keeps the reply.
    entry.id = cache_->enqueue(entry);
    if (entry.id == 0)
        return {};

    auto* it = new Item{entry, net::Backoff(retryBase_, retryCap_), nullptr, false};
    items_.insert(entry.clientId, it);
    order_.append(entry.clientId);
    if (MessageModel* model = modelFor(chatId))
        showPending(model, entry);
    if (started_)
        pump(chatId);
    return entry.clientId;
}

QString Outbox::retry(const QString& clientId, const std::optional<QString>& newText)
{
    Item* it = item(clientId);
    if (!it || it->entry.state != OutboxEntry::State::Failed)
        return {};
    if (newText) {
        const OutboxEntry old = it->entry;
        const protocol::SendMessageRequest request = requestOf(old);
        if (!discard(old.clientId))
            return {};
        return queueSend(old.chatId, *newText, request.replyTo, request.attachmentIds);
    }
    it->entry.state = OutboxEntry::State::Queued;
    it->entry.error.clear();
    it->backoff.reset();
    cache_->setOutboxState(it->entry.clientId, OutboxEntry::State::Queued);
    if (MessageModel* model = modelFor(it->entry.chatId))
        model->markSending(it->entry.clientId);
    if (started_)
        pump(it->entry.chatId);
    return it->entry.clientId;
}

bool Outbox::discard(const QString& clientId)
{
    const QString id = normalized(clientId);
    Item* it = items_.value(id, nullptr);
    if (!it)
        return false;
    // A reply that may be on its way (in flight, waiting for a retry, or
    // accepted) is not the agent's to drop any more.
    const bool busy = it->entry.state == OutboxEntry::State::Sending || it->accepted ||
                      (it->timer && it->timer->isActive());
    if (busy)
        return false;
    cache_->removeOutbox(id);
    if (MessageModel* model = modelFor(it->entry.chatId))
        model->removePending(id);
    items_.remove(id);
    order_.removeAll(id);
    delete it->timer;
    delete it;
    return true;
}

void Outbox::attachModel(MessageModel* model)
{
    if (!model)
        return;
    models_.insert(model->chatId(), model);
    for (const QString& id : std::as_const(order_)) {
        const Item* it = items_.value(id);
        if (it->entry.chatId == model->chatId())
            showPending(model, it->entry);
    }
}

void Outbox::detachModel(MessageModel* model)
{
    if (model && models_.value(model->chatId()) == model)
        models_.remove(model->chatId());
}

MessageModel* Outbox::modelFor(qint64 chatId) const
{
    return models_.value(chatId).data();
}

void Outbox::showPending(MessageModel* model, const OutboxEntry& entry)
{
    const protocol::SendMessageRequest request = requestOf(entry);
    PendingSend send;
    send.clientId = entry.clientId;
    send.text = request.text;
    send.replyTo = request.replyTo;
    send.createdAt = entry.createdAt;
    model->addPending(send);
    if (entry.state == OutboxEntry::State::Failed)
        model->markFailed(entry.clientId, entry.error);
}

QList<OutboxEntry> Outbox::entries() const
{
    return cache_->outbox();
}

void Outbox::pump(qint64 chatId)
{
    if (!started_ || inFlight_.contains(chatId) || !rest_)
        return;
    for (const QString& id : std::as_const(order_)) {
        Item* it = items_.value(id);
        if (it->entry.chatId != chatId || it->accepted ||
            it->entry.state == OutboxEntry::State::Failed) {
            continue;
        }
        sendNow(id);
        return;
    }
}

void Outbox::sendNow(const QString& clientId)
{
    Item* it = item(clientId);
    if (!it)
        return;
    const qint64 chatId = it->entry.chatId;
    inFlight_.insert(chatId);
    it->sentAtSnapshot = snapshots_;
    if (it->entry.state != OutboxEntry::State::Sending) {
        it->entry.state = OutboxEntry::State::Sending;
        cache_->setOutboxState(clientId, OutboxEntry::State::Sending);
    }
    net::RestRequest request = net::RestRequest::put(
        u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(it->entry.clientId), it->entry.body);
    request.markIdempotent();
    rest_->send(request, this, [this, clientId, chatId](const net::RestResponse& r) {
        Item* current = item(clientId);
        if (!current) {
            // Completed by its echo (or discarded) while the answer was on
            // its way: the chat's next reply may go.
            inFlight_.remove(chatId);
            pump(chatId);
            return;
        }
        if (r.ok()) {
            inFlight_.remove(chatId);
            current->accepted = true;
            current->backoff.reset();
            auto message = protocol::decodeBytes<protocol::Message>(r.body);
            const qint64 messageId = message ? message.value->id : 0;
            Q_EMIT accepted(clientId, messageId);
            if (r.status == 200 && message) {
                // A replay: the server had it already and emits no event for
                // it. Its echo may have been lost to a resync, so the answer
                // completes it: the model shows it in place of the pending
                // row. The cache does not store it: its history of the chat
                // is what the events brought after the snapshot, and this
                // message (with the bot-status line sent along with it) may
                // be older than that; a lone old message there would be a
                // hole in the cached history.
                if (MessageModel* model = modelFor(chatId))
                    model->upsertMessage(*message.value);
                complete(clientId, messageId);
            } else if (current->sentAtSnapshot != snapshots_) {
                // A snapshot was applied while this request was in flight:
                // its echo may lie before the snapshot's head and never
                // come. Ask again; the server answers the replay with 200.
                current->accepted = false;
                current->sentAtSnapshot = snapshots_;
                sendNow(clientId);
                return;
            }
            pump(chatId);
            return;
        }
        const net::RestError& e = *r.error;
        const int status = e.isHttp() ? e.httpStatus : 0;
        const bool retryable =
            !e.isHttp() || status >= 500 || status == 429 || status == 408 || status == 401;
        if (retryable) {
            // Same client id again, until the server answers; the chat stays
            // blocked so the order holds.
            qint64 delay = current->backoff.next().count();
            if (e.retryAfter)
                delay = std::max<qint64>(delay, e.retryAfter->count() * 1000);
            if (!current->timer) {
                current->timer = new QTimer(this);
                current->timer->setSingleShot(true);
                connect(current->timer, &QTimer::timeout, this,
                        [this, clientId] { sendNow(clientId); });
            }
            current->timer->start(static_cast<int>(delay));
            Q_EMIT retrying(clientId, delay, e.toString());
            return;
        }
        inFlight_.remove(chatId);
        const QString reason =
            e.isHttp() && !e.api.message.isEmpty() ? e.api.message : e.toString();
        current->entry.state = OutboxEntry::State::Failed;
        current->entry.error = reason;
        cache_->setOutboxState(clientId, OutboxEntry::State::Failed, reason);
        if (MessageModel* model = modelFor(chatId))
            model->markFailed(clientId, reason);
        Q_EMIT failed(clientId, reason);
        pump(chatId);
    });
}

void Outbox::complete(const QString& clientId, qint64 messageId)
{
    const QString id = normalized(clientId);
    Item* it = items_.take(id);
    if (!it)
        return;
    order_.removeAll(id);
    cache_->removeOutbox(id); // usually already gone with the echo's transaction
    const bool waitingForRetry = it->timer && it->timer->isActive();
    const qint64 chatId = it->entry.chatId;
    delete it->timer;
    delete it;
    Q_EMIT delivered(id, messageId);
    if (waitingForRetry) {
        inFlight_.remove(chatId);
        pump(chatId);
    }
}

void Outbox::snapshotApplied()
{
    ++snapshots_;
    QSet<qint64> chats;
    for (const QString& id : std::as_const(order_)) {
        Item* it = items_.value(id);
        if (it->accepted) {
            it->accepted = false;
            chats.insert(it->entry.chatId);
        }
    }
    for (qint64 chat : std::as_const(chats))
        pump(chat);
}

void Outbox::eventsApplied(const QList<protocol::Event>& events)
{
    for (const protocol::Event& event : events) {
        if (event.type != protocol::EventType::MessageCreated)
            continue;
        const auto& message = std::get<protocol::Message>(event.payload);
        if (message.clientId.isEmpty() || !items_.contains(normalized(message.clientId)))
            continue;
        const qint64 chatId = message.chatId;
        const bool wasAccepted = items_.value(normalized(message.clientId))->accepted;
        complete(message.clientId, message.id);
        if (wasAccepted)
            pump(chatId);
    }
}

} // namespace baton::models
