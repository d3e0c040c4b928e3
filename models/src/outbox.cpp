#include <models/messagemodel.h>
#include <models/outbox.h>
#include <net/restclient.h>
#include <protocol/executable.h>
#include <protocol/json.h>
#include <protocol/limits.h>
#include <protocol/message.h>
#include <protocol/requests.h>

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

QString normalized(const QString& clientId)
{
    return clientId.trimmed().toLower();
}

// Files per message (docs/protocol.md, PUT .../messages/{client_id}).
constexpr qsizetype kMaxFiles = 10;

protocol::SendMessageRequest requestOf(const OutboxEntry& entry)
{
    auto decoded = protocol::decode<protocol::SendMessageRequest>(entry.body);
    return decoded ? *decoded.value : protocol::SendMessageRequest{};
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
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
        Item* it = makeItem(entry, cache_->outboxFiles(entry.clientId));
        items_.insert(id, it);
        order_.append(id);
        if (MessageModel* model = modelFor(entry.chatId))
            showPending(model, *it);
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

Outbox::Item* Outbox::makeItem(const OutboxEntry& entry, QList<OutboxFile> files)
{
    for (OutboxFile& f : files)
        f.content.clear(); // the bytes stay on disk until the upload
    return new Item{entry, std::move(files), net::Backoff(retryBase_, retryCap_), nullptr, false,
                    0};
}

QString Outbox::queueSend(qint64 chatId, const QString& text, std::optional<qint64> replyTo,
                          const QList<qint64>& attachmentIds)
{
    protocol::SendMessageRequest request;
    request.text = text;
    request.replyTo = replyTo;
    request.attachmentIds = attachmentIds;
    return enqueueReply(chatId, request, {});
}

QString Outbox::queueSend(qint64 chatId, const QString& text, qint64 replyToId,
                          const QStringList& attachmentPaths)
{
    protocol::SendMessageRequest request;
    request.text = text;
    if (replyToId != 0)
        request.replyTo = replyToId;
    QList<OutboxFile> files;
    for (const QString& path : attachmentPaths) {
        OutboxFile file;
        file.sourcePath = path;
        file.uploadClientId = newClientId();
        files.append(takeFile(file));
    }
    return enqueueReply(chatId, request, std::move(files));
}

QString Outbox::refusalOf(const QList<OutboxFile>& files, qsizetype alreadyAttached)
{
    QStringList reasons;
    if (files.size() + alreadyAttached > kMaxFiles)
        reasons << tr("A reply can carry at most %1 files.").arg(kMaxFiles);
    for (const OutboxFile& f : files) {
        if (!f.refused.isEmpty())
            reasons << f.refused;
    }
    return reasons.join(u'\n');
}

QString Outbox::enqueueReply(qint64 chatId, const protocol::SendMessageRequest& request,
                             QList<OutboxFile> files)
{
    OutboxEntry entry;
    entry.chatId = chatId;
    entry.clientId = newClientId();
    entry.body = protocol::toJson(request);
    entry.state = OutboxEntry::State::Queued;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    // A file that cannot be taken fails the reply at once: the agent sees
    // why, and nothing goes out without the file.
    const QString refusal = refusalOf(files, request.attachmentIds.size());
    if (!refusal.isEmpty()) {
        entry.state = OutboxEntry::State::Failed;
        entry.error = refusal;
    }
    // On disk first (with the files' bytes): a crash from here on keeps the reply.
    entry.id = cache_->enqueue(entry, files);
    if (entry.id == 0)
        return {};

    Item* it = makeItem(entry, cache_->outboxFiles(entry.clientId));
    items_.insert(entry.clientId, it);
    order_.append(entry.clientId);
    if (MessageModel* model = modelFor(chatId))
        showPending(model, *it);
    if (!refusal.isEmpty()) {
        // After the caller has the client id.
        QMetaObject::invokeMethod(
            this, [this, id = entry.clientId, refusal] { Q_EMIT failed(id, refusal); },
            Qt::QueuedConnection);
    } else if (started_) {
        pump(chatId);
    }
    return entry.clientId;
}

OutboxFile Outbox::takeFile(OutboxFile file) const
{
    const QFileInfo info(file.sourcePath);
    file.fileName = info.fileName();
    file.content.clear();
    file.refused.clear();
    file.attachmentId = 0;
    file.size = 0;
    auto refuse = [&file](const QString& why) {
        file.refused = tr("%1: %2").arg(file.fileName, why);
        file.content.clear();
        return file;
    };
    const QString tooLarge =
        tr("the file is larger than %1 MiB").arg(protocol::kMaxAttachmentBytes / (1024 * 1024));
    if (!info.isFile())
        return refuse(tr("the file does not exist"));
    if (info.size() > protocol::kMaxAttachmentBytes)
        return refuse(tooLarge);
    QFile in(file.sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(tr("the file cannot be read (%1)").arg(in.errorString()));
    // One byte more than allowed tells a file that grew since it was checked.
    file.content = in.read(protocol::kMaxAttachmentBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return refuse(tr("the file cannot be read (%1)").arg(in.errorString()));
    if (file.content.size() > protocol::kMaxAttachmentBytes)
        return refuse(tooLarge);
    if (file.content.isEmpty())
        return refuse(tr("the file is empty"));
    if (protocol::isExecutable(file.content.left(protocol::kExecutableSniffBytes)))
        return refuse(tr("executable files are not accepted"));
    file.size = file.content.size();
    file.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(file.fileName, file.content).name();
    return file;
}

QString Outbox::retakeRefused(Item* it)
{
    for (OutboxFile& f : it->files) {
        if (f.refused.isEmpty())
            continue;
        OutboxFile again = takeFile(f);
        if (cache_->updateOutboxFile(again)) {
            again.content.clear();
            f = again;
        }
    }
    return refusalOf(it->files, requestOf(it->entry).attachmentIds.size());
}

QString Outbox::retry(const QString& clientId, const std::optional<QString>& newText)
{
    Item* it = item(clientId);
    if (!it || it->entry.state != OutboxEntry::State::Failed)
        return {};
    // The agent may have fixed the files that were refused.
    const QString refusal = retakeRefused(it);
    if (newText) {
        // A new client id (the server may know the old one with the old
        // text), the same files, at the end of the chat's queue.
        const OutboxEntry old = it->entry;
        protocol::SendMessageRequest request = requestOf(old);
        request.text = *newText;
        OutboxEntry entry;
        entry.chatId = old.chatId;
        entry.clientId = newClientId();
        entry.body = protocol::toJson(request);
        entry.state = refusal.isEmpty() ? OutboxEntry::State::Queued : OutboxEntry::State::Failed;
        entry.error = refusal;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.id = cache_->requeue(old.clientId, entry);
        if (entry.id == 0)
            return {};
        const QString oldId = normalized(old.clientId);
        if (MessageModel* model = modelFor(old.chatId))
            model->removePending(oldId);
        QList<OutboxFile> files = it->files;
        for (OutboxFile& f : files)
            f.replyClientId = entry.clientId;
        items_.remove(oldId);
        order_.removeAll(oldId);
        delete it->timer;
        delete it;
        Item* next = makeItem(entry, std::move(files));
        items_.insert(entry.clientId, next);
        order_.append(entry.clientId);
        if (MessageModel* model = modelFor(entry.chatId))
            showPending(model, *next);
        if (!refusal.isEmpty())
            Q_EMIT failed(entry.clientId, refusal);
        else if (started_)
            pump(entry.chatId);
        return entry.clientId;
    }
    if (!refusal.isEmpty()) {
        markFailed(it, refusal);
        return it->entry.clientId;
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
            showPending(model, *it);
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

void Outbox::showPending(MessageModel* model, const Item& item)
{
    const OutboxEntry& entry = item.entry;
    const protocol::SendMessageRequest request = requestOf(entry);
    PendingSend send;
    send.clientId = entry.clientId;
    send.text = request.text;
    send.replyTo = request.replyTo;
    send.createdAt = entry.createdAt;
    for (const OutboxFile& f : item.files) {
        protocol::Attachment a;
        a.id = f.attachmentId;
        a.clientId = f.uploadClientId;
        a.filename = f.fileName;
        a.mimeType = f.mimeType;
        a.size = f.size;
        send.attachments.append(a);
    }
    model->addPending(send);
    if (entry.state == OutboxEntry::State::Failed)
        model->markFailed(entry.clientId, entry.error);
}

QList<OutboxEntry> Outbox::entries() const
{
    return cache_->outbox();
}

QList<OutboxFile> Outbox::files(const QString& clientId) const
{
    const Item* it = items_.value(normalized(clientId), nullptr);
    return it ? it->files : QList<OutboxFile>{};
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
    inFlight_.insert(it->entry.chatId);
    if (it->entry.state != OutboxEntry::State::Sending) {
        it->entry.state = OutboxEntry::State::Sending;
        cache_->setOutboxState(clientId, OutboxEntry::State::Sending);
    }
    // Resume at the first file the server has not confirmed, then the message.
    for (int i = 0; i < it->files.size(); ++i) {
        if (it->files.at(i).attachmentId == 0) {
            upload(clientId, i);
            return;
        }
    }
    sendMessage(clientId);
}

void Outbox::upload(const QString& clientId, int index)
{
    Item* it = item(clientId);
    const OutboxFile file = it->files.at(index);
    const QByteArray content = cache_->outboxFileContent(file.id);
    if (content.isEmpty()) {
        inFlight_.remove(it->entry.chatId);
        markFailed(
            it, tr("%1: the copy of the file is missing from the local cache").arg(file.fileName));
        pump(it->entry.chatId);
        return;
    }
    net::RestRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = u"/api/v1/uploads/%1"_s.arg(file.uploadClientId);
    request.rawBody = content;
    request.contentType = file.mimeType.toUtf8();
    request.headers.append(
        {QByteArrayLiteral("X-Filename"), QUrl::toPercentEncoding(file.fileName)});
    // Keyed by the client id in the path: a repeat answers the same attachment.
    request.markIdempotent();
    const qint64 chatId = it->entry.chatId;
    rest_->send(request, this, [this, clientId, chatId, file](const net::RestResponse& r) {
        Item* current = item(clientId);
        if (!current) {
            inFlight_.remove(chatId);
            pump(chatId);
            return;
        }
        const QString prefix = tr("%1: ").arg(file.fileName);
        if (!r.ok()) {
            attemptFailed(clientId, *r.error, prefix);
            return;
        }
        auto attachment = protocol::decodeBytes<protocol::Attachment>(r.body);
        if (!attachment || attachment.value->id <= 0) {
            attemptFailed(clientId, net::RestError::undecodable(r.status, attachment.error),
                          prefix);
            return;
        }
        const qint64 attachmentId = attachment.value->id;
        // On disk before anything else: a restart sends the message with
        // this id instead of uploading again.
        cache_->setOutboxFileUploaded(file.id, attachmentId);
        for (OutboxFile& f : current->files) {
            if (f.id == file.id)
                f.attachmentId = attachmentId;
        }
        current->backoff.reset();
        const QPointer<Outbox> self(this);
        Q_EMIT uploaded(clientId, file.uploadClientId, attachmentId);
        if (self)
            sendNow(clientId);
    });
}

void Outbox::sendMessage(const QString& clientId)
{
    Item* it = item(clientId);
    const qint64 chatId = it->entry.chatId;
    it->sentAtSnapshot = snapshots_;
    QJsonObject body = it->entry.body;
    if (!it->files.isEmpty()) {
        protocol::SendMessageRequest request = requestOf(it->entry);
        for (const OutboxFile& f : std::as_const(it->files))
            request.attachmentIds.append(f.attachmentId);
        body = protocol::toJson(request);
    }
    net::RestRequest request =
        net::RestRequest::put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId), body);
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
        attemptFailed(clientId, *r.error);
    });
}

void Outbox::attemptFailed(const QString& clientId, const net::RestError& e, const QString& prefix)
{
    Item* current = item(clientId);
    const qint64 chatId = current->entry.chatId;
    const int status = e.isHttp() ? e.httpStatus : 0;
    const bool retryable = e.kind == net::RestError::Kind::Network || status >= 500 ||
                           status == 429 || status == 408 || status == 401;
    if (retryable) {
        // The same step with the same client id again, until the server
        // answers; the chat stays blocked so the order holds.
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
        Q_EMIT retrying(clientId, delay, prefix + e.toString());
        return;
    }
    inFlight_.remove(chatId);
    const QString reason =
        prefix + (e.isHttp() && !e.api.message.isEmpty() ? e.api.message : e.toString());
    markFailed(current, reason);
    pump(chatId);
}

void Outbox::markFailed(Item* it, const QString& reason)
{
    const QString clientId = it->entry.clientId;
    it->entry.state = OutboxEntry::State::Failed;
    it->entry.error = reason;
    cache_->setOutboxState(clientId, OutboxEntry::State::Failed, reason);
    if (MessageModel* model = modelFor(it->entry.chatId))
        model->markFailed(clientId, reason);
    Q_EMIT failed(clientId, reason);
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
