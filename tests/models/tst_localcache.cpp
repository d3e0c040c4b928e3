#include "fixtures.h"

#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <protocol/requests.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;
using baton::models::ApplyResult;
using baton::models::ChatListModel;
using baton::models::LocalCache;
using baton::models::OutboxEntry;
using baton::models::OutboxFile;

namespace {

const QString kClient = u"3F6C1A2E-8B4D-4C1F-9A7E-2D5B8C0E6F41"_s;

struct Snapshot {
    QList<Chat> chats;
    QList<Subscriber> subscribers;
};

Snapshot snapshot()
{
    Snapshot s;
    for (int i = 1; i <= 5; ++i) {
        Chat c = chat(i, at(i * 60));
        s.chats.append(c);
        Subscriber sub = subscriber(c.subscriberId);
        sub.botStatus = c.botStatus;
        s.subscribers.append(sub);
    }
    return s;
}

// Ten events after head 100 touching every kind of data.
QList<Event> tenEvents(const Snapshot& s)
{
    Stream stream(100);
    QList<Event> events;
    Chat c1 = s.chats.at(0);
    Message in = message(9001, c1.id, at(1000), u"Is my order on its way?"_s);
    events.append(stream.messageCreated(in)); // 101
    c1.lastActivityAt = at(1000);
    c1.unreadCount = 1;
    c1.lastMessage = MessagePreview{in.text,           Direction::In, MessageSource::Subscriber,
                                    MessageKind::Text, std::nullopt,  at(1000),
                                    std::nullopt};
    events.append(stream.chatUpdated(c1)); // 102
    Message out = agentMessage(9002, c1.id, at(1100), u"Yes, it left today"_s, kClient.toLower());
    out.delivery = DeliveryStatus::Sent;
    events.append(stream.messageCreated(out)); // 103
    out.delivery = DeliveryStatus::Read;
    events.append(stream.messageUpdated(out)); // 104
    const BotStatus snoozed =
        botStatus(BotState::Snoozed, 2, at(1100 + 3600), 12, BotStatusReason::ManualMessage);
    events.append(stream.botStatusChanged(c1.subscriberId, c1.id, snoozed)); // 105
    events.append(stream.next(EventType::NoteCreated,
                              Note{70, c1.id, 12, u"VIP, be nice"_s, at(1200), {}})); // 106
    events.append(stream.next(EventType::NoteCreated,
                              Note{71, c1.id, 12, u"temporary"_s, at(1201), {}})); // 107
    events.append(stream.next(EventType::NoteDeleted, NoteDeleted{71, c1.id}));    // 108
    Subscriber sub = s.subscribers.at(1);
    sub.tags = {u"refund"_s, u"vip"_s};
    events.append(stream.next(EventType::SubscriberUpdated, sub)); // 109
    Deal deal;
    deal.id = 77;
    deal.subscriberId = sub.id;
    deal.pipelineId = 1;
    deal.stageId = 2;
    deal.name = u"Winter jacket, size M"_s;
    deal.amountMinor = 12990;
    deal.currency = u"EUR"_s;
    deal.createdAt = at(1300);
    deal.updatedAt = at(1300);
    events.append(stream.next(EventType::DealCreated, deal)); // 110
    return events;
}

QString dbPath(const QTemporaryDir& dir)
{
    return dir.filePath(u"cache.sqlite"_s);
}

} // namespace

class TestLocalCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshFile();
    void applyAndReopen();
    void exactlyOnce();
    void gapStopsTheBatch();
    void failedBatchLeavesNothing();
    void closedCacheRefuses();
    void snapshotReplaces();
    void echoRemovesOutboxRow();
    void outbox();
    void messagePages();
    void clearForgetsEverything();
    void newerSchemaIsRefused();
    void outboxFilesGoWithTheirReply();
    void schemaOneIsMigratedKeepingTheOutbox();
    void cacheAndModelAgree();
};

void TestLocalCache::freshFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalCache cache(dbPath(dir));
    QVERIFY(!cache.isOpen());
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QCOMPARE(cache.schemaVersion(), LocalCache::kSchemaVersion);
    QCOMPARE(cache.appliedSeq(), 0);
    QVERIFY(cache.chats().isEmpty());
    // Two caches side by side use their own connections.
    QTemporaryDir other;
    LocalCache second(dbPath(other));
    QVERIFY(second.open());
    QVERIFY(second.replaceSnapshot({chat(1, at(0))}, {}, 5));
    QCOMPARE(second.appliedSeq(), 5);
    QCOMPARE(cache.appliedSeq(), 0);
}

void TestLocalCache::applyAndReopen()
{
    QTemporaryDir dir;
    const Snapshot s = snapshot();
    const QList<Event> events = tenEvents(s);
    {
        LocalCache cache(dbPath(dir));
        QVERIFY(cache.open());
        QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
        const ApplyResult r = cache.apply(events);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.applied, 10);
        QCOMPARE(r.skipped, 0);
        QVERIFY(!r.gap);
        QCOMPARE(r.appliedSeq, 110);
    }
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    QCOMPARE(cache.appliedSeq(), 110);
    const QList<Chat> chats = cache.chats();
    QCOMPARE(chats.size(), 5);
    QCOMPARE(chats.first().id, 1); // moved to the top by its new activity
    QCOMPARE(chats.first().unreadCount, 1);
    QCOMPARE(chats.first().botStatus.state, BotState::Snoozed);
    QCOMPARE(chats.first().botStatus.version, 2);
    QCOMPARE(chats, sorted(chats));
    QCOMPARE(cache.subscriber(s.chats.at(0).subscriberId)->botStatus.version, 2);
    QCOMPARE(cache.subscriber(s.subscribers.at(1).id)->tags, (QStringList{u"refund"_s, u"vip"_s}));
    const QList<Note> notes = cache.notes(1);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().text, u"VIP, be nice"_s);
    const QList<Message> messages = cache.messages(1, 50);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, 9001);
    QCOMPARE(messages.at(1).delivery, DeliveryStatus::Read);
    QCOMPARE(cache.deals(s.subscribers.at(1).id).size(), 1);
    QCOMPARE(cache.deals(s.subscribers.at(1).id).first().amountMinor, 12990);
}

void TestLocalCache::exactlyOnce()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    const QList<Event> events = tenEvents(s);
    QVERIFY(cache.apply(events.mid(0, 6)).ok);
    QCOMPARE(cache.appliedSeq(), 106);
    const QList<Chat> chatsBefore = cache.chats();
    const QList<Message> messagesBefore = cache.messages(1, 50);

    // Replayed events (a reconnect resends them): nothing changes.
    const ApplyResult again = cache.apply(events.mid(0, 6));
    QVERIFY(again.ok);
    QCOMPARE(again.applied, 0);
    QCOMPARE(again.skipped, 6);
    QCOMPARE(again.appliedSeq, 106);
    QCOMPARE(cache.chats(), chatsBefore);
    QCOMPARE(cache.messages(1, 50), messagesBefore);

    // An overlapping batch (103..110 after 106) applies only the new tail.
    const ApplyResult tail = cache.apply(events.mid(2));
    QVERIFY(tail.ok);
    QCOMPARE(tail.skipped, 4);
    QCOMPARE(tail.applied, 4);
    QCOMPARE(tail.appliedSeq, 110);
    QCOMPARE(cache.notes(1).size(), 1);
}

void TestLocalCache::gapStopsTheBatch()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    QList<Event> events = tenEvents(s);
    events.removeAt(3); // 104 never arrived
    const ApplyResult r = cache.apply(events);
    QVERIFY(r.ok);
    QVERIFY(r.gap);
    QCOMPARE(r.applied, 3);
    QCOMPARE(r.appliedSeq, 103);
    QCOMPARE(cache.appliedSeq(), 103);
    QCOMPARE(cache.messages(1, 50).last().delivery, DeliveryStatus::Sent);
    QVERIFY(cache.notes(1).isEmpty());
}

void TestLocalCache::failedBatchLeavesNothing()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    const QList<Event> events = tenEvents(s);
    const QList<Chat> chatsBefore = cache.chats();
    cache.setApplyHookForTesting([](const Event& e) { return e.seq != 108; });
    const ApplyResult r = cache.apply(events);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.applied, 0);
    QCOMPARE(r.appliedSeq, 100);
    QCOMPARE(cache.appliedSeq(), 100);
    // Nothing of 101..107 was kept.
    QCOMPARE(cache.chats(), chatsBefore);
    QVERIFY(cache.messages(1, 50).isEmpty());
    QVERIFY(cache.notes(1).isEmpty());

    // The same batch succeeds once the failure is gone, exactly once.
    cache.setApplyHookForTesting({});
    const ApplyResult ok = cache.apply(events);
    QVERIFY(ok.ok);
    QCOMPARE(ok.applied, 10);
    QCOMPARE(cache.appliedSeq(), 110);
}

void TestLocalCache::closedCacheRefuses()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    cache.close();
    const ApplyResult r = cache.apply(tenEvents(s));
    QVERIFY(!r.ok);
    QVERIFY(!cache.replaceSnapshot({}, {}, 5));
    QVERIFY(cache.open());
    QCOMPARE(cache.appliedSeq(), 100);
    QCOMPARE(cache.chats().size(), 5);
}

void TestLocalCache::snapshotReplaces()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    QVERIFY(cache.apply(tenEvents(s)).ok);
    QVERIFY(cache.storeAgents({Agent{12, u"Ann"_s, {}, {}, Role::Agent, true}}));
    OutboxEntry pending;
    pending.chatId = 2;
    pending.clientId = u"0b9e3c2a-1111-4d3b-a6e8-1c5f7d9b2e40"_s;
    pending.body = toJson(SendMessageRequest{u"queued while offline"_s, {}, {}});
    QVERIFY(cache.enqueue(pending) > 0);

    // Resync: a new snapshot at head 500.
    QList<Chat> fresh = {chat(42, at(99)), chat(43, at(98))};
    QVERIFY(cache.replaceSnapshot(fresh, {subscriber(10042)}, 500));
    QCOMPARE(cache.appliedSeq(), 500);
    QCOMPARE(cache.chats(), fresh);
    QVERIFY(cache.messages(1, 50).isEmpty());
    QVERIFY(cache.notes(1).isEmpty());
    QVERIFY(!cache.subscriber(10001));
    QVERIFY(cache.subscriber(10042));
    QVERIFY(cache.deals(s.subscribers.at(1).id).isEmpty());
    // The outbox and the agents survive a resync.
    QCOMPARE(cache.outbox().size(), 1);
    QCOMPARE(cache.agents().size(), 1);
    // Events continue from the new head only.
    Stream stream(500);
    Chat c = fresh.first();
    c.unreadCount = 3;
    QVERIFY(cache.apply({Stream(400).chatUpdated(c)}).skipped == 1);
    QCOMPARE(cache.apply({stream.chatUpdated(c)}).applied, 1);
    QCOMPARE(cache.chats().first().unreadCount, 3);
}

void TestLocalCache::echoRemovesOutboxRow()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    OutboxEntry e;
    e.chatId = 1;
    e.clientId = kClient; // upper case; the echo carries lower case
    e.body = toJson(SendMessageRequest{u"Yes, it left today"_s, {}, {}});
    QVERIFY(cache.enqueue(e) > 0);
    OutboxEntry other = e;
    other.clientId = u"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s;
    QVERIFY(cache.enqueue(other) > 0);
    QCOMPARE(cache.outbox().size(), 2);
    // Applying the echo drops its outbox row in the same transaction.
    QVERIFY(cache.apply(tenEvents(s).mid(0, 3)).ok);
    const QList<OutboxEntry> left = cache.outbox();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().clientId, other.clientId);
}

void TestLocalCache::outbox()
{
    QTemporaryDir dir;
    {
        LocalCache cache(dbPath(dir));
        QVERIFY(cache.open());
        OutboxEntry a;
        a.chatId = 7;
        a.clientId = kClient;
        a.body = toJson(SendMessageRequest{u"first"_s, 5, {}});
        a.createdAt = at(10);
        const qint64 idA = cache.enqueue(a);
        QVERIFY2(idA > 0, qPrintable(cache.lastError()));
        QCOMPARE(cache.enqueue(a), 0); // the same client id twice
        OutboxEntry b = a;
        b.clientId = u"9b0e4c2a-7f15-4d3b-a6e8-1c5f7d9b2e40"_s;
        b.body = toJson(SendMessageRequest{u"second"_s, {}, {}});
        QVERIFY(cache.enqueue(b) > idA);
        QVERIFY(cache.setOutboxState(kClient.toLower(), OutboxEntry::State::Failed,
                                     u"text: must be at most 512 characters"_s));
        QVERIFY(!cache.setOutboxState(u"unknown"_s, OutboxEntry::State::Sending));
    }
    // It survives a restart, in order.
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const QList<OutboxEntry> rows = cache.outbox();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).clientId, kClient.toLower());
    QCOMPARE(rows.at(0).state, OutboxEntry::State::Failed);
    QCOMPARE(rows.at(0).error, u"text: must be at most 512 characters"_s);
    QCOMPARE(rows.at(0).createdAt, at(10));
    QCOMPARE(rows.at(0).body.value(u"text"_s).toString(), u"first"_s);
    QCOMPARE(rows.at(0).body.value(u"reply_to"_s).toInteger(), 5);
    QCOMPARE(rows.at(1).state, OutboxEntry::State::Queued);
    QVERIFY(cache.removeOutbox(kClient));
    QVERIFY(!cache.removeOutbox(kClient));
    QCOMPARE(cache.outbox().size(), 1);
}

void TestLocalCache::messagePages()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    QVERIFY(cache.replaceSnapshot({chat(1, at(0))}, {}, 0));
    // A page the agent opened, older than anything live.
    QList<Message> opened;
    for (qint64 id = 1; id <= 30; ++id)
        opened.append(message(id, 1, at(id), u"old %1"_s.arg(id)));
    QVERIFY(cache.storeMessages(opened));
    // 250 live messages: only the newest 200 of them stay, plus the opened page.
    Stream stream;
    QList<Event> events;
    for (qint64 id = 1001; id <= 1250; ++id)
        events.append(stream.messageCreated(message(id, 1, at(id), u"live %1"_s.arg(id))));
    QVERIFY(cache.apply(events).ok);
    const QList<Message> all = cache.messages(1, 1000);
    QCOMPARE(all.size(), 230);
    QCOMPARE(all.first().id, 1);
    QCOMPARE(all.at(30).id, 1051);
    QCOMPARE(all.last().id, 1250);
    // Paging: before a given id, oldest first.
    const QList<Message> page = cache.messages(1, 3, 1051);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).id, 28);
    QCOMPARE(page.at(2).id, 30);

    // A REST page never takes a known message backwards.
    Message read = agentMessage(1250, 1, at(1250), u"edited"_s, kClient.toLower());
    read.delivery = DeliveryStatus::Read;
    read.editedAt = at(2000);
    QVERIFY(cache.apply({stream.messageUpdated(read)}).ok);
    Message stale = read;
    stale.delivery = DeliveryStatus::Sent;
    stale.text = u"original"_s;
    stale.editedAt.reset();
    QVERIFY(cache.storeMessages({stale}));
    const Message kept = cache.messages(1, 1).first();
    QCOMPARE(kept.delivery, DeliveryStatus::Read);
    QCOMPARE(kept.text, u"edited"_s);
    // An update for a message the cache does not hold is not stored.
    QVERIFY(cache.apply({stream.messageUpdated(message(500, 1, at(500), u"?"_s))}).ok);
    QCOMPARE(cache.messages(1, 1000).size(), 230);
}

void TestLocalCache::clearForgetsEverything()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    const Snapshot s = snapshot();
    QVERIFY(cache.replaceSnapshot(s.chats, s.subscribers, 100));
    QVERIFY(cache.apply(tenEvents(s)).ok);
    QVERIFY(cache.storeAgents({Agent{12, u"Ann"_s, {}, {}, Role::Agent, true}}));
    OutboxEntry e;
    e.chatId = 1;
    e.clientId = u"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s;
    QVERIFY(cache.enqueue(e) > 0);
    QVERIFY(cache.clear());
    QCOMPARE(cache.appliedSeq(), 0);
    QVERIFY(cache.chats().isEmpty());
    QVERIFY(cache.agents().isEmpty());
    QVERIFY(cache.outbox().isEmpty());
    QVERIFY(cache.messages(1, 100).isEmpty());
    QVERIFY(!cache.subscriber(s.subscribers.first().id));
    // Still usable afterwards.
    QVERIFY(cache.replaceSnapshot(s.chats, {}, 7));
    QCOMPARE(cache.appliedSeq(), 7);
}

void TestLocalCache::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(dbPath(dir));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    LocalCache cache(dbPath(dir));
    QVERIFY(!cache.open());
    QVERIFY(cache.lastError().contains(u"newer"_s));
    QVERIFY(!cache.isOpen());
}

void TestLocalCache::outboxFilesGoWithTheirReply()
{
    QTemporaryDir dir;
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    OutboxEntry reply;
    reply.chatId = 7;
    reply.clientId = kClient;
    reply.body = toJson(SendMessageRequest{u"with files"_s, {}, {}});
    OutboxFile photo;
    photo.uploadClientId = u"0C9F3B1E-6A24-4D8E-B5F7-2E1A9C4D6B80"_s;
    photo.sourcePath = u"/home/ann/photo.png"_s;
    photo.fileName = u"photo.png"_s;
    photo.mimeType = u"image/png"_s;
    photo.size = 4;
    photo.content = "\x89PNG";
    OutboxFile refused = photo;
    refused.uploadClientId = u"5a1d7e34-92c0-4b6f-8e1a-c3d2f0b9a7e5"_s;
    refused.fileName = u"tool"_s;
    refused.refused = u"tool: executable files are not accepted"_s;
    refused.content.clear();
    QVERIFY2(cache.enqueue(reply, {photo, refused}) > 0, qPrintable(cache.lastError()));

    QList<OutboxFile> files = cache.outboxFiles(kClient);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).uploadClientId, photo.uploadClientId.toLower());
    QCOMPARE(files.at(0).fileName, u"photo.png"_s);
    QVERIFY(files.at(0).content.isEmpty()); // not loaded with the list
    QCOMPARE(cache.outboxFileContent(files.at(0).id), QByteArray("\x89PNG"));
    QCOMPARE(files.at(1).refused, refused.refused);
    QVERIFY(cache.outboxFileContent(files.at(1).id).isEmpty());
    QVERIFY(cache.setOutboxFileUploaded(files.at(0).id, 66120));
    OutboxFile fixed = files.at(1);
    fixed.refused.clear();
    fixed.content = "text";
    QVERIFY(cache.updateOutboxFile(fixed));
    files = cache.outboxFiles(kClient);
    QCOMPARE(files.at(0).attachmentId, 66120);
    QVERIFY(files.at(1).refused.isEmpty());
    QCOMPARE(cache.outboxFileContent(files.at(1).id), QByteArray("text"));

    // A new text: a new client id, the same files.
    OutboxEntry edited = reply;
    edited.clientId = u"9b0e4c2a-7f15-4d3b-a6e8-1c5f7d9b2e40"_s;
    QVERIFY(cache.requeue(kClient, edited) > 0);
    QVERIFY(cache.outboxFiles(kClient).isEmpty());
    QCOMPARE(cache.outboxFiles(edited.clientId).size(), 2);
    QCOMPARE(cache.outbox().size(), 1);

    // The echo removes the reply and its files in one transaction.
    Stream stream;
    const ApplyResult result = cache.apply(
        {stream.messageCreated(agentMessage(1, 7, at(1), u"with files"_s, edited.clientId))});
    QVERIFY(result.ok);
    QVERIFY(cache.outbox().isEmpty());
    QVERIFY(cache.outboxFiles(edited.clientId).isEmpty());
}

void TestLocalCache::schemaOneIsMigratedKeepingTheOutbox()
{
    QTemporaryDir dir;
    {
        LocalCache cache(dbPath(dir));
        QVERIFY(cache.open());
        OutboxEntry reply;
        reply.chatId = 3;
        reply.clientId = kClient;
        reply.body = toJson(SendMessageRequest{u"queued by 1.0"_s, {}, {}});
        QVERIFY(cache.enqueue(reply) > 0);
    }
    {
        // Back to what the first release wrote.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(dbPath(dir));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TABLE outbox_files"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    LocalCache cache(dbPath(dir));
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QCOMPARE(cache.schemaVersion(), 2);
    QCOMPARE(cache.outbox().size(), 1);
    QCOMPARE(cache.outbox().first().body.value(u"text"_s).toString(), u"queued by 1.0"_s);
    QVERIFY(cache.outboxFiles(kClient).isEmpty());
}

void TestLocalCache::cacheAndModelAgree()
{
    // The same random stream through the cache and through the model: after a
    // restart, the model loaded from the cache equals the live one.
    QTemporaryDir dir;
    RandomWorkspace ws(99, 150);
    ChatListModel live;
    live.setChats(ws.chats());
    {
        LocalCache cache(dbPath(dir));
        QVERIFY(cache.open());
        QVERIFY(cache.replaceSnapshot(ws.chats(), {}, 0));
        QList<Event> batch;
        for (int i = 0; i < 400; ++i) {
            const QList<Event> events = ws.nextEvents();
            batch.append(events);
            live.applyEvents(events);
            if (batch.size() >= 25) {
                QVERIFY(cache.apply(batch).ok);
                batch.clear();
            }
        }
        QVERIFY(cache.apply(batch).ok);
        QCOMPARE(cache.appliedSeq(), ws.stream().seq());
    }
    LocalCache cache(dbPath(dir));
    QVERIFY(cache.open());
    ChatListModel restored;
    restored.setChats(cache.chats());
    QCOMPARE(restored.rowCount(), live.rowCount());
    for (int r = 0; r < live.rowCount(); ++r)
        QCOMPARE(restored.chatAt(r), live.chatAt(r));
    QCOMPARE(restored.counts()->values(), live.counts()->values());
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
