#include <models/localcache.h>
#include <models/messages.h>
#include <protocol/chatlist.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

template <class T>
QByteArray blob(const T& value)
{
    return QJsonDocument(protocol::toJson(value)).toJson(QJsonDocument::Compact);
}

template <class T>
std::optional<T> fromBlob(const QByteArray& bytes)
{
    auto decoded = protocol::decodeBytes<T>(bytes);
    return decoded.value;
}

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return u"queued"_s;
    case OutboxEntry::State::Sending:
        return u"sending"_s;
    case OutboxEntry::State::Failed:
        return u"failed"_s;
    }
    return u"queued"_s;
}

OutboxEntry::State stateFromName(const QString& name)
{
    if (name == u"sending")
        return OutboxEntry::State::Sending;
    if (name == u"failed")
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Queued;
}

// Schema migrations: entry i brings user_version i to i + 1. Never edit a
// shipped entry; append a new one.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " applied_seq INTEGER NOT NULL)"_s,
            u"INSERT INTO sync_state (id, applied_seq) VALUES (1, 0)"_s,
            u"CREATE TABLE chats (id INTEGER PRIMARY KEY, subscriber_id INTEGER NOT NULL,"
            " last_activity_ms INTEGER NOT NULL, json BLOB NOT NULL)"_s,
            u"CREATE INDEX chats_by_activity ON chats (last_activity_ms DESC, id DESC)"_s,
            u"CREATE TABLE subscribers (id INTEGER PRIMARY KEY, json BLOB NOT NULL)"_s,
            u"CREATE TABLE notes (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL,"
            " json BLOB NOT NULL)"_s,
            u"CREATE INDEX notes_by_chat ON notes (chat_id, id)"_s,
            u"CREATE TABLE messages (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL,"
            " kept INTEGER NOT NULL DEFAULT 0, json BLOB NOT NULL)"_s,
            u"CREATE INDEX messages_by_chat ON messages (chat_id, id)"_s,
            u"CREATE TABLE deals (id INTEGER PRIMARY KEY, subscriber_id INTEGER NOT NULL,"
            " json BLOB NOT NULL)"_s,
            u"CREATE INDEX deals_by_subscriber ON deals (subscriber_id, id)"_s,
            u"CREATE TABLE agents (id INTEGER PRIMARY KEY, json BLOB NOT NULL)"_s,
            u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " chat_id INTEGER NOT NULL, client_id TEXT NOT NULL UNIQUE, body BLOB NOT NULL,"
            " state TEXT NOT NULL, error TEXT NOT NULL DEFAULT '',"
            " created_at_ms INTEGER NOT NULL)"_s,
        },
        {
            // The files of queued replies, their bytes copied in at queue time.
            u"CREATE TABLE outbox_files (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " reply_client_id TEXT NOT NULL, position INTEGER NOT NULL,"
            " upload_client_id TEXT NOT NULL UNIQUE, source_path TEXT NOT NULL,"
            " file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL,"
            " refused TEXT NOT NULL DEFAULT '', attachment_id INTEGER NOT NULL DEFAULT 0,"
            " content BLOB)"_s,
            u"CREATE INDEX outbox_files_by_reply ON outbox_files (reply_client_id, position)"_s,
        },
    };
    return steps;
}

const QStringList kWorkspaceTables = {u"chats"_s, u"subscribers"_s, u"notes"_s, u"messages"_s,
                                      u"deals"_s};

} // namespace

LocalCache::LocalCache(QString path)
    : path_(std::move(path))
    , connection_(u"baton-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    static_assert(kSchemaVersion >= 1);
}

LocalCache::~LocalCache()
{
    close();
}

QSqlDatabase LocalCache::db() const
{
    return QSqlDatabase::database(connection_, false);
}

bool LocalCache::fail(const QString& what, const QString& error) const
{
    lastError_ = what + u": "_s + error;
    return false;
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::contains(connection_) && db().isOpen();
}

bool LocalCache::open()
{
    if (isOpen())
        return true;
    {
        QSqlDatabase d = QSqlDatabase::contains(connection_)
                             ? db()
                             : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection_);
        d.setDatabaseName(path_);
        if (!d.open())
            return fail(u"open "_s + path_, d.lastError().text());
        QSqlQuery q(d);
        for (const QString& pragma :
             {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
              u"PRAGMA busy_timeout = 5000"_s}) {
            if (!q.exec(pragma))
                return fail(pragma, q.lastError().text());
        }
    }
    if (!migrate()) {
        close();
        return false;
    }
    return true;
}

void LocalCache::close()
{
    statements_.clear();
    if (!QSqlDatabase::contains(connection_))
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

int LocalCache::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(db());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool LocalCache::migrate()
{
    const int current = schemaVersion();
    const auto& steps = migrations();
    if (current > steps.size()) {
        return fail(u"open "_s + path_,
                    u"the cache was written by a newer Baton (schema %1)"_s.arg(current));
    }
    QSqlDatabase d = db();
    for (int version = current; version < steps.size(); ++version) {
        if (!d.transaction())
            return fail(u"migrate"_s, d.lastError().text());
        QSqlQuery q(d);
        for (const QString& sql : steps.at(version)) {
            if (!q.exec(sql)) {
                const QString error = q.lastError().text();
                d.rollback();
                return fail(u"migrate to schema "_s + QString::number(version + 1), error);
            }
        }
        if (!q.exec(u"PRAGMA user_version = "_s + QString::number(version + 1)) || !d.commit()) {
            const QString error = q.lastError().text() + d.lastError().text();
            d.rollback();
            return fail(u"migrate"_s, error);
        }
    }
    return true;
}

QSqlQuery& LocalCache::prepared(const QString& sql) const
{
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
        QSqlQuery q(db());
        q.prepare(sql);
        it = statements_.insert(sql, std::move(q));
    }
    it->finish();
    return *it;
}

bool LocalCache::exec(QSqlQuery& query) const
{
    if (query.exec())
        return true;
    return fail(query.lastQuery(), query.lastError().text());
}

qint64 LocalCache::appliedSeq() const
{
    if (!isOpen())
        return 0;
    QSqlQuery& q = prepared(u"SELECT applied_seq FROM sync_state WHERE id = 1"_s);
    if (!exec(q) || !q.next())
        return 0;
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

bool LocalCache::setAppliedSeq(qint64 seq)
{
    QSqlQuery& q = prepared(u"UPDATE sync_state SET applied_seq = ? WHERE id = 1"_s);
    q.addBindValue(seq);
    return exec(q);
}

QList<protocol::Chat> LocalCache::chats() const
{
    QList<protocol::Chat> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // In table order, sorted below: walking the activity index instead read
    // every row through a random table lookup (docs/performance.md).
    if (!q.exec(u"SELECT json FROM chats"_s)) {
        fail(u"load chats"_s, q.lastError().text());
        return out;
    }
    while (q.next()) {
        if (auto chat = fromBlob<protocol::Chat>(q.value(0).toByteArray()))
            out.append(std::move(*chat));
    }
    // sortsBefore is a total order (activity, then id): the list order.
    std::sort(out.begin(), out.end(), protocol::sortsBefore);
    return out;
}

QList<protocol::Chat> LocalCache::chats(int limit) const
{
    QList<protocol::Chat> out;
    if (!isOpen() || limit <= 0)
        return out;
    QSqlQuery& q = prepared(u"SELECT json FROM chats"
                            " ORDER BY last_activity_ms DESC, id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    out.reserve(limit);
    while (q.next()) {
        if (auto chat = fromBlob<protocol::Chat>(q.value(0).toByteArray()))
            out.append(std::move(*chat));
    }
    q.finish();
    // The index and sortsBefore agree except for chats without a valid
    // time; the list order is sortsBefore's.
    std::sort(out.begin(), out.end(), protocol::sortsBefore);
    return out;
}

QList<protocol::Chat> LocalCache::readChats(const QString& path, const QSet<qint64>& skip,
                                            const std::atomic<bool>& cancelled, QString* error)
{
    QList<protocol::Chat> out;
    const QString name =
        u"baton-cache-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        d.setDatabaseName(path);
        QString problem;
        if (!d.open()) {
            problem = d.lastError().text();
        } else {
            QSqlQuery q(d);
            q.setForwardOnly(true);
            // One statement is one read transaction: a consistent snapshot
            // while the other connection keeps writing. Table order, sorted
            // below, as chats() does.
            // Sized up front: growing a list this big frees buffers of
            // megabytes, which raises glibc's trim threshold so far that the
            // decoding thread's arena is never given back (docs/sync.md).
            const bool waits = q.exec(u"PRAGMA busy_timeout = 5000"_s);
            if (waits && q.exec(u"SELECT count(*) FROM chats"_s) && q.next())
                out.reserve(q.value(0).toLongLong());
            if (!waits || !q.exec(u"SELECT id, json FROM chats"_s)) {
                problem = q.lastError().text();
            } else {
                while (q.next()) {
                    if (cancelled.load(std::memory_order_relaxed)) {
                        out.clear();
                        break;
                    }
                    if (skip.contains(q.value(0).toLongLong()))
                        continue;
                    if (auto chat = fromBlob<protocol::Chat>(q.value(1).toByteArray()))
                        out.append(std::move(*chat));
                }
            }
        }
        if (!problem.isEmpty() && error)
            *error = u"load chats from "_s + path + u": "_s + problem;
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!cancelled.load(std::memory_order_relaxed))
        std::sort(out.begin(), out.end(), protocol::sortsBefore);
    return out;
}

QList<protocol::Agent> LocalCache::agents() const
{
    QList<protocol::Agent> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT json FROM agents ORDER BY id"_s))
        return out;
    while (q.next()) {
        if (auto agent = fromBlob<protocol::Agent>(q.value(0).toByteArray()))
            out.append(std::move(*agent));
    }
    return out;
}

bool LocalCache::applyOne(const protocol::Event& event, QSet<qint64>& touchedChats)
{
    using protocol::EventType;
    if (!protocol::payloadMatches(event.type, event.payload))
        return fail(u"apply event "_s + QString::number(event.seq), u"payload mismatch"_s);

    auto upsertChat = [this](const protocol::Chat& c) {
        QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO chats (id, subscriber_id,"
                                " last_activity_ms, json) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(c.subscriberId);
        q.addBindValue(c.lastActivityAt.toMSecsSinceEpoch());
        q.addBindValue(blob(c));
        return exec(q);
    };
    auto upsertSubscriber = [this](const protocol::Subscriber& s) {
        QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO subscribers (id, json) VALUES (?, ?)"_s);
        q.addBindValue(s.id);
        q.addBindValue(blob(s));
        return exec(q);
    };

    switch (event.type) {
    case EventType::ChatCreated:
    case EventType::ChatUpdated:
        return upsertChat(std::get<protocol::Chat>(event.payload));
    case EventType::MessageCreated: {
        const auto& m = std::get<protocol::Message>(event.payload);
        QSqlQuery& q = prepared(u"INSERT INTO messages (id, chat_id, kept, json)"
                                " VALUES (?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET"
                                " chat_id = excluded.chat_id, json = excluded.json"_s);
        q.addBindValue(m.id);
        q.addBindValue(m.chatId);
        q.addBindValue(blob(m));
        if (!exec(q))
            return false;
        touchedChats.insert(m.chatId);
        const QString clientId = normalizedClientId(m.clientId);
        if (!clientId.isEmpty()) {
            QSqlQuery& d = prepared(u"DELETE FROM outbox WHERE client_id = ?"_s);
            d.addBindValue(clientId);
            if (!exec(d))
                return false;
            QSqlQuery& f = prepared(u"DELETE FROM outbox_files WHERE reply_client_id = ?"_s);
            f.addBindValue(clientId);
            return exec(f);
        }
        return true;
    }
    case EventType::MessageUpdated: {
        // Only messages the cache holds: an update must not leave a lone old
        // message in a chat's cached history.
        const auto& m = std::get<protocol::Message>(event.payload);
        QSqlQuery& q = prepared(u"UPDATE messages SET json = ? WHERE id = ?"_s);
        q.addBindValue(blob(m));
        q.addBindValue(m.id);
        return exec(q);
    }
    case EventType::NoteCreated:
    case EventType::NoteUpdated: {
        const auto& n = std::get<protocol::Note>(event.payload);
        QSqlQuery& q =
            prepared(u"INSERT OR REPLACE INTO notes (id, chat_id, json) VALUES (?, ?, ?)"_s);
        q.addBindValue(n.id);
        q.addBindValue(n.chatId);
        q.addBindValue(blob(n));
        return exec(q);
    }
    case EventType::NoteDeleted: {
        const auto& n = std::get<protocol::NoteDeleted>(event.payload);
        QSqlQuery& q = prepared(u"DELETE FROM notes WHERE id = ?"_s);
        q.addBindValue(n.noteId);
        return exec(q);
    }
    case EventType::SubscriberUpdated:
        return upsertSubscriber(std::get<protocol::Subscriber>(event.payload));
    case EventType::BotStatusChanged: {
        const auto& b = std::get<protocol::BotStatusChanged>(event.payload);
        QSqlQuery& qc = prepared(u"SELECT json FROM chats WHERE id = ?"_s);
        qc.addBindValue(b.chatId);
        if (!exec(qc))
            return false;
        std::optional<protocol::Chat> chat;
        if (qc.next())
            chat = fromBlob<protocol::Chat>(qc.value(0).toByteArray());
        qc.finish();
        if (chat && b.botStatus.version > chat->botStatus.version) {
            chat->botStatus = b.botStatus;
            if (!upsertChat(*chat))
                return false;
        }
        QSqlQuery& qs = prepared(u"SELECT json FROM subscribers WHERE id = ?"_s);
        qs.addBindValue(b.subscriberId);
        if (!exec(qs))
            return false;
        std::optional<protocol::Subscriber> sub;
        if (qs.next())
            sub = fromBlob<protocol::Subscriber>(qs.value(0).toByteArray());
        qs.finish();
        if (sub && b.botStatus.version > sub->botStatus.version) {
            sub->botStatus = b.botStatus;
            return upsertSubscriber(*sub);
        }
        return true;
    }
    case EventType::DealCreated:
    case EventType::DealUpdated: {
        const auto& deal = std::get<protocol::Deal>(event.payload);
        QSqlQuery& q =
            prepared(u"INSERT OR REPLACE INTO deals (id, subscriber_id, json) VALUES (?, ?, ?)"_s);
        q.addBindValue(deal.id);
        q.addBindValue(deal.subscriberId);
        q.addBindValue(blob(deal));
        return exec(q);
    }
    }
    return true;
}

bool LocalCache::pruneMessages(qint64 chatId)
{
    QSqlQuery& q = prepared(u"DELETE FROM messages WHERE chat_id = ? AND kept = 0 AND id NOT IN"
                            " (SELECT id FROM messages WHERE chat_id = ? ORDER BY id DESC"
                            " LIMIT ?)"_s);
    q.addBindValue(chatId);
    q.addBindValue(chatId);
    q.addBindValue(kRecentMessages);
    return exec(q);
}

ApplyResult LocalCache::apply(const QList<protocol::Event>& events)
{
    ApplyResult result;
    if (!isOpen()) {
        result.ok = false;
        result.error = u"the cache is not open"_s;
        return result;
    }
    const qint64 before = appliedSeq();
    result.appliedSeq = before;

    QList<protocol::Event> sorted = events;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const protocol::Event& a, const protocol::Event& b) { return a.seq < b.seq; });

    QSqlDatabase d = db();
    if (!d.transaction()) {
        result.ok = false;
        result.error = d.lastError().text();
        return result;
    }
    auto abort = [&](const QString& error) {
        d.rollback();
        lastError_ = error;
        result.ok = false;
        result.error = error;
        result.appliedSeq = before;
        result.applied = 0;
        return result;
    };

    qint64 seq = before;
    QSet<qint64> touched;
    for (const protocol::Event& e : sorted) {
        if (e.seq <= seq) {
            ++result.skipped;
            continue;
        }
        if (e.seq != seq + 1) {
            result.gap = true;
            break;
        }
        if (applyHook_ && !applyHook_(e))
            return abort(u"apply event %1: refused by the test hook"_s.arg(e.seq));
        if (!applyOne(e, touched))
            return abort(lastError_);
        seq = e.seq;
        ++result.applied;
    }
    for (qint64 chatId : std::as_const(touched)) {
        if (!pruneMessages(chatId))
            return abort(lastError_);
    }
    if (seq != before && !setAppliedSeq(seq))
        return abort(lastError_);
    if (!d.commit())
        return abort(d.lastError().text());
    result.appliedSeq = seq;
    return result;
}

bool LocalCache::replaceSnapshot(const QList<protocol::Chat>& chats,
                                 const QList<protocol::Subscriber>& subscribers, qint64 head)
{
    if (!isOpen())
        return fail(u"replace snapshot"_s, u"the cache is not open"_s);
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(u"replace snapshot"_s, d.lastError().text());
    auto abort = [&] {
        d.rollback();
        return false;
    };
    QSqlQuery q(d);
    for (const QString& table : kWorkspaceTables) {
        if (!q.exec(u"DELETE FROM "_s + table))
            return fail(u"replace snapshot"_s, q.lastError().text()) || abort();
    }
    QSqlQuery& qc = prepared(u"INSERT OR REPLACE INTO chats (id, subscriber_id, last_activity_ms,"
                             " json) VALUES (?, ?, ?, ?)"_s);
    for (const auto& c : chats) {
        qc.addBindValue(c.id);
        qc.addBindValue(c.subscriberId);
        qc.addBindValue(c.lastActivityAt.toMSecsSinceEpoch());
        qc.addBindValue(blob(c));
        if (!exec(qc))
            return abort();
    }
    QSqlQuery& qs = prepared(u"INSERT OR REPLACE INTO subscribers (id, json) VALUES (?, ?)"_s);
    for (const auto& s : subscribers) {
        qs.addBindValue(s.id);
        qs.addBindValue(blob(s));
        if (!exec(qs))
            return abort();
    }
    if (!setAppliedSeq(head))
        return abort();
    if (!d.commit())
        return fail(u"replace snapshot"_s, d.lastError().text()) || abort();
    return true;
}

bool LocalCache::clear()
{
    if (!isOpen())
        return fail(u"clear"_s, u"the cache is not open"_s);
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(u"clear"_s, d.lastError().text());
    QSqlQuery q(d);
    QStringList tables = kWorkspaceTables;
    tables << u"agents"_s << u"outbox"_s << u"outbox_files"_s;
    for (const QString& table : std::as_const(tables)) {
        if (!q.exec(u"DELETE FROM "_s + table)) {
            fail(u"clear"_s, q.lastError().text());
            d.rollback();
            return false;
        }
    }
    if (!setAppliedSeq(0) || !d.commit()) {
        d.rollback();
        return false;
    }
    // Logout: leave none of the workspace's data in free pages or the WAL.
    statements_.clear();
    q.exec(u"VACUUM"_s);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

bool LocalCache::storeAgents(const QList<protocol::Agent>& agents)
{
    if (!isOpen())
        return fail(u"store agents"_s, u"the cache is not open"_s);
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(u"store agents"_s, d.lastError().text());
    QSqlQuery q(d);
    if (!q.exec(u"DELETE FROM agents"_s)) {
        d.rollback();
        return fail(u"store agents"_s, q.lastError().text());
    }
    QSqlQuery& qa = prepared(u"INSERT OR REPLACE INTO agents (id, json) VALUES (?, ?)"_s);
    for (const auto& a : agents) {
        qa.addBindValue(a.id);
        qa.addBindValue(blob(a));
        if (!exec(qa)) {
            d.rollback();
            return false;
        }
    }
    return d.commit() || fail(u"store agents"_s, d.lastError().text());
}

bool LocalCache::storeSubscriber(const protocol::Subscriber& subscriber)
{
    if (!isOpen())
        return fail(u"store subscriber"_s, u"the cache is not open"_s);
    QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO subscribers (id, json) VALUES (?, ?)"_s);
    q.addBindValue(subscriber.id);
    q.addBindValue(blob(subscriber));
    return exec(q);
}

std::optional<protocol::Subscriber> LocalCache::subscriber(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery& q = prepared(u"SELECT json FROM subscribers WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    auto out = fromBlob<protocol::Subscriber>(q.value(0).toByteArray());
    q.finish();
    return out;
}

bool LocalCache::storeNotes(qint64 chatId, const QList<protocol::Note>& notes)
{
    if (!isOpen())
        return fail(u"store notes"_s, u"the cache is not open"_s);
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(u"store notes"_s, d.lastError().text());
    QSqlQuery& del = prepared(u"DELETE FROM notes WHERE chat_id = ?"_s);
    del.addBindValue(chatId);
    if (!exec(del)) {
        d.rollback();
        return false;
    }
    QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO notes (id, chat_id, json) VALUES (?, ?, ?)"_s);
    for (const auto& n : notes) {
        if (n.chatId != chatId)
            continue;
        q.addBindValue(n.id);
        q.addBindValue(n.chatId);
        q.addBindValue(blob(n));
        if (!exec(q)) {
            d.rollback();
            return false;
        }
    }
    return d.commit() || fail(u"store notes"_s, d.lastError().text());
}

QList<protocol::Note> LocalCache::notes(qint64 chatId) const
{
    QList<protocol::Note> out;
    if (!isOpen())
        return out;
    QSqlQuery& q = prepared(u"SELECT json FROM notes WHERE chat_id = ? ORDER BY id"_s);
    q.addBindValue(chatId);
    if (!exec(q))
        return out;
    while (q.next()) {
        if (auto n = fromBlob<protocol::Note>(q.value(0).toByteArray()))
            out.append(std::move(*n));
    }
    q.finish();
    return out;
}

QList<protocol::Deal> LocalCache::deals(qint64 subscriberId) const
{
    QList<protocol::Deal> out;
    if (!isOpen())
        return out;
    QSqlQuery& q = prepared(u"SELECT json FROM deals WHERE subscriber_id = ? ORDER BY id"_s);
    q.addBindValue(subscriberId);
    if (!exec(q))
        return out;
    while (q.next()) {
        if (auto deal = fromBlob<protocol::Deal>(q.value(0).toByteArray()))
            out.append(std::move(*deal));
    }
    q.finish();
    return out;
}

bool LocalCache::storeMessages(const QList<protocol::Message>& messages)
{
    if (!isOpen())
        return fail(u"store messages"_s, u"the cache is not open"_s);
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(u"store messages"_s, d.lastError().text());
    for (const auto& m : messages) {
        QSqlQuery& sel = prepared(u"SELECT json FROM messages WHERE id = ?"_s);
        sel.addBindValue(m.id);
        if (!exec(sel)) {
            d.rollback();
            return false;
        }
        protocol::Message merged = m;
        if (sel.next()) {
            if (auto known = fromBlob<protocol::Message>(sel.value(0).toByteArray()))
                merged = mergeMessage(*known, m);
        }
        sel.finish();
        QSqlQuery& q =
            prepared(u"INSERT INTO messages (id, chat_id, kept, json) VALUES (?, ?, 1, ?)"
                     " ON CONFLICT (id) DO UPDATE SET chat_id = excluded.chat_id,"
                     " kept = 1, json = excluded.json"_s);
        q.addBindValue(merged.id);
        q.addBindValue(merged.chatId);
        q.addBindValue(blob(merged));
        if (!exec(q)) {
            d.rollback();
            return false;
        }
    }
    return d.commit() || fail(u"store messages"_s, d.lastError().text());
}

QList<protocol::Message> LocalCache::messages(qint64 chatId, int limit, qint64 beforeId) const
{
    QList<protocol::Message> out;
    if (!isOpen() || limit <= 0)
        return out;
    QSqlQuery& q = prepared(u"SELECT json FROM messages WHERE chat_id = ? AND (? = 0 OR id < ?)"
                            " ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(chatId);
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    while (q.next()) {
        if (auto m = fromBlob<protocol::Message>(q.value(0).toByteArray()))
            out.prepend(std::move(*m));
    }
    q.finish();
    return out;
}

bool LocalCache::insertOutbox(const OutboxEntry& entry, qint64* rowId)
{
    QSqlQuery& q = prepared(u"INSERT INTO outbox (chat_id, client_id, body, state, error,"
                            " created_at_ms) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?)"_s);
    const QDateTime created =
        entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(entry.chatId);
    q.addBindValue(normalizedClientId(entry.clientId));
    q.addBindValue(QJsonDocument(entry.body).toJson(QJsonDocument::Compact));
    q.addBindValue(stateName(entry.state));
    q.addBindValue(entry.error);
    q.addBindValue(created.toMSecsSinceEpoch());
    if (!exec(q))
        return false;
    *rowId = q.lastInsertId().toLongLong();
    return true;
}

qint64 LocalCache::enqueue(const OutboxEntry& entry, const QList<OutboxFile>& files)
{
    if (!isOpen()) {
        fail(u"enqueue"_s, u"the cache is not open"_s);
        return 0;
    }
    QSqlDatabase d = db();
    if (!d.transaction()) {
        fail(u"enqueue"_s, d.lastError().text());
        return 0;
    }
    qint64 rowId = 0;
    if (!insertOutbox(entry, &rowId)) {
        d.rollback();
        return 0;
    }
    QSqlQuery& q =
        prepared(u"INSERT INTO outbox_files (reply_client_id, position,"
                 " upload_client_id, source_path, file_name, mime_type, size, refused,"
                 " attachment_id, content) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''),"
                 " COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?)"_s);
    int position = 0;
    for (const OutboxFile& f : files) {
        q.addBindValue(normalizedClientId(entry.clientId));
        q.addBindValue(position++);
        q.addBindValue(normalizedClientId(f.uploadClientId));
        q.addBindValue(f.sourcePath);
        q.addBindValue(f.fileName);
        q.addBindValue(f.mimeType);
        q.addBindValue(f.size);
        q.addBindValue(f.refused);
        q.addBindValue(f.attachmentId);
        q.addBindValue(f.content);
        if (!exec(q)) {
            d.rollback();
            return 0;
        }
    }
    if (!d.commit()) {
        fail(u"enqueue"_s, d.lastError().text());
        d.rollback();
        return 0;
    }
    return rowId;
}

qint64 LocalCache::requeue(const QString& oldClientId, const OutboxEntry& entry)
{
    if (!isOpen()) {
        fail(u"requeue"_s, u"the cache is not open"_s);
        return 0;
    }
    QSqlDatabase d = db();
    if (!d.transaction()) {
        fail(u"requeue"_s, d.lastError().text());
        return 0;
    }
    // Each statement is fetched right before its use: prepared() may grow
    // the statement cache, which invalidates earlier references.
    qint64 rowId = 0;
    bool ok = insertOutbox(entry, &rowId);
    if (ok) {
        QSqlQuery& move =
            prepared(u"UPDATE outbox_files SET reply_client_id = ? WHERE reply_client_id = ?"_s);
        move.addBindValue(normalizedClientId(entry.clientId));
        move.addBindValue(normalizedClientId(oldClientId));
        ok = exec(move);
    }
    if (ok) {
        QSqlQuery& del = prepared(u"DELETE FROM outbox WHERE client_id = ?"_s);
        del.addBindValue(normalizedClientId(oldClientId));
        ok = exec(del);
    }
    if (!ok || !d.commit()) {
        if (ok)
            fail(u"requeue"_s, d.lastError().text());
        d.rollback();
        return 0;
    }
    return rowId;
}

bool LocalCache::setOutboxState(const QString& clientId, OutboxEntry::State state,
                                const QString& error)
{
    if (!isOpen())
        return fail(u"outbox"_s, u"the cache is not open"_s);
    QSqlQuery& q =
        prepared(u"UPDATE outbox SET state = ?, error = COALESCE(?, '') WHERE client_id = ?"_s);
    q.addBindValue(stateName(state));
    q.addBindValue(error);
    q.addBindValue(normalizedClientId(clientId));
    return exec(q) && q.numRowsAffected() > 0;
}

bool LocalCache::removeOutbox(const QString& clientId)
{
    if (!isOpen())
        return fail(u"outbox"_s, u"the cache is not open"_s);
    QSqlQuery& f = prepared(u"DELETE FROM outbox_files WHERE reply_client_id = ?"_s);
    f.addBindValue(normalizedClientId(clientId));
    if (!exec(f))
        return false;
    QSqlQuery& q = prepared(u"DELETE FROM outbox WHERE client_id = ?"_s);
    q.addBindValue(normalizedClientId(clientId));
    return exec(q) && q.numRowsAffected() > 0;
}

QList<OutboxEntry> LocalCache::outbox() const
{
    QList<OutboxEntry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, chat_id, client_id, body, state, error, created_at_ms FROM outbox"
                " ORDER BY id"_s)) {
        return out;
    }
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.chatId = q.value(1).toLongLong();
        e.clientId = q.value(2).toString();
        e.body = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        e.state = stateFromName(q.value(4).toString());
        e.error = q.value(5).toString();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
        out.append(std::move(e));
    }
    return out;
}

QList<OutboxFile> LocalCache::outboxFiles(const QString& replyClientId) const
{
    QList<OutboxFile> out;
    if (!isOpen())
        return out;
    QSqlQuery& q = prepared(u"SELECT id, reply_client_id, position, upload_client_id, source_path,"
                            " file_name, mime_type, size, refused, attachment_id FROM outbox_files"
                            " WHERE reply_client_id = ? ORDER BY position"_s);
    q.addBindValue(normalizedClientId(replyClientId));
    if (!exec(q))
        return out;
    while (q.next()) {
        OutboxFile f;
        f.id = q.value(0).toLongLong();
        f.replyClientId = q.value(1).toString();
        f.position = q.value(2).toInt();
        f.uploadClientId = q.value(3).toString();
        f.sourcePath = q.value(4).toString();
        f.fileName = q.value(5).toString();
        f.mimeType = q.value(6).toString();
        f.size = q.value(7).toLongLong();
        f.refused = q.value(8).toString();
        f.attachmentId = q.value(9).toLongLong();
        out.append(std::move(f));
    }
    q.finish();
    return out;
}

QByteArray LocalCache::outboxFileContent(qint64 fileId) const
{
    if (!isOpen())
        return {};
    QSqlQuery& q = prepared(u"SELECT content FROM outbox_files WHERE id = ?"_s);
    q.addBindValue(fileId);
    if (!exec(q) || !q.next())
        return {};
    QByteArray content = q.value(0).toByteArray();
    q.finish();
    return content;
}

bool LocalCache::setOutboxFileUploaded(qint64 fileId, qint64 attachmentId)
{
    if (!isOpen())
        return fail(u"outbox"_s, u"the cache is not open"_s);
    QSqlQuery& q = prepared(u"UPDATE outbox_files SET attachment_id = ? WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    q.addBindValue(fileId);
    return exec(q) && q.numRowsAffected() > 0;
}

bool LocalCache::updateOutboxFile(const OutboxFile& file)
{
    if (!isOpen())
        return fail(u"outbox"_s, u"the cache is not open"_s);
    QSqlQuery& q = prepared(u"UPDATE outbox_files SET file_name = COALESCE(?, ''),"
                            " mime_type = COALESCE(?, ''), size = ?,"
                            " refused = COALESCE(?, ''), attachment_id = ?, content = ?"
                            " WHERE id = ?"_s);
    q.addBindValue(file.fileName);
    q.addBindValue(file.mimeType);
    q.addBindValue(file.size);
    q.addBindValue(file.refused);
    q.addBindValue(file.attachmentId);
    q.addBindValue(file.content);
    q.addBindValue(file.id);
    return exec(q) && q.numRowsAffected() > 0;
}

} // namespace baton::models
