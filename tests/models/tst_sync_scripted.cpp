// SyncEngine against a scripted stream peer and an HTTP peer that holds its
// answers until the test releases them (tests/net/streampeer.h,
// heldhttppeer.h), with a real cache file. The real batond never skips a
// seq, repeats or reorders a frame, and cannot be made to answer a REST call
// after a given event; these conditions are scripted here.
#include "fixtures.h"
#include "heldhttppeer.h"
#include "streampeer.h"

#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <models/notesmodel.h>
#include <models/subscribercard.h>
#include <models/syncengine.h>
#include <net/eventstream.h>
#include <net/restclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using baton::models::SyncEngine;
using baton::test::HeldHttpPeer;
using baton::test::StreamPeer;
namespace models = baton::models;
namespace net = baton::net;
namespace protocol = baton::protocol;

namespace {

constexpr int kWait = 20'000;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

protocol::Note note(qint64 id, qint64 chatId, const QString& text)
{
    protocol::Note n;
    n.id = id;
    n.chatId = chatId;
    n.authorId = 12;
    n.text = text;
    n.createdAt = fixtures::at(id);
    return n;
}

struct Fixture {
    QTemporaryDir dir;
    HeldHttpPeer http;
    StreamPeer peer;
    QNetworkAccessManager network;
    std::unique_ptr<net::RestClient> rest;
    std::unique_ptr<net::EventStream> stream;
    std::unique_ptr<models::LocalCache> cache;
    models::ChatListModel chats;
    std::unique_ptr<SyncEngine> engine;
    QList<qint64> applied; // seqs in the order eventsApplied reported them
    int received = 0;      // events the stream delivered, duplicates included

    // `cached`: what the cache holds before start(), applied up to `head`.
    bool setUp(const QList<protocol::Chat>& cached = {}, qint64 head = 0)
    {
        if (!dir.isValid() || !http.listen() || !peer.listen())
            return false;
        peer.setHead(head);
        rest = std::make_unique<net::RestClient>(&network);
        rest->setBaseUrl(http.url());
        rest->setToken(u"token"_s);
        net::RetryPolicy once;
        once.maxAttempts = 1;
        rest->setRetryPolicy(once);
        net::StreamOptions options;
        options.timings.backoffBase = 20ms;
        options.timings.backoffCap = 200ms;
        stream = std::make_unique<net::EventStream>(options);
        stream->setUrl(peer.url());
        stream->setToken(u"token"_s);
        cache = std::make_unique<models::LocalCache>(dir.filePath(u"cache.sqlite"_s));
        if (!cache->open())
            return false;
        if (!cached.isEmpty() && !cache->replaceSnapshot(cached, {}, head))
            return false;
        engine = std::make_unique<SyncEngine>(rest.get(), stream.get(), cache.get(), &chats);
        QObject::connect(engine.get(), &SyncEngine::eventsApplied, engine.get(),
                         [this](const QList<protocol::Event>& events) {
                             for (const auto& e : events)
                                 applied << e.seq;
                         });
        QObject::connect(stream.get(), &net::EventStream::eventReceived, engine.get(),
                         [this] { ++received; });
        engine->start();
        return true;
    }
};

// A cache big enough that its rest arrives over several event-loop turns.
QList<protocol::Chat> manyChats()
{
    QList<protocol::Chat> chats;
    for (qint64 id = 1; id <= 20'000; ++id) {
        chats << fixtures::chat(
            id, fixtures::at(id),
            id % 3 == 0 ? protocol::ChatState::Closed : protocol::ChatState::Open, id % 4);
    }
    return chats;
}

// The model holds what a one-shot load of `expected` holds, in that order.
void compareWithOneShot(const models::ChatListModel& model, const QList<protocol::Chat>& expected)
{
    models::ChatListModel oneShot;
    oneShot.setChats(expected);
    QCOMPARE(model.count(), oneShot.count());
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(model.chatAt(row), oneShot.chatAt(row));
    QCOMPARE(model.counts()->values(), oneShot.counts()->values());
}

QList<qint64> seqs(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 s = from; s <= to; ++s)
        out << s;
    return out;
}

} // namespace

class TestSyncScripted : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gapIsFilledOverRestBeforeWhatFollows();
    void duplicateAndOutOfOrderFramesApplyOnceInOrder();
    void olderNotesAnswerDoesNotUndoNewerEvents();
    void olderCardAnswerDoesNotUndoNewerEvents();
    void eventsWhileTheCacheLoadsAreKept();
    void stopDuringTheCacheLoadAddsNothingMore();
    void chatOpenedBeforeItsRowArrivesGetsItsCard();
};

void TestSyncScripted::gapIsFilledOverRestBeforeWhatFollows()
{
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.hellos(), 1, kWait);
    QCOMPARE(f.peer.lastAfter(), 0);

    fixtures::Stream s;
    const protocol::Event e1 = s.chatCreated(fixtures::chat(1, fixtures::at(1)));
    const protocol::Event e2 = s.chatCreated(fixtures::chat(2, fixtures::at(2)));
    const protocol::Event e3 =
        s.chatUpdated(fixtures::chat(1, fixtures::at(3), protocol::ChatState::Closed));
    const protocol::Event e4 = s.chatCreated(fixtures::chat(3, fixtures::at(4)));
    const protocol::Event e5 =
        s.chatUpdated(fixtures::chat(2, fixtures::at(5), protocol::ChatState::Open, 4));

    f.peer.sendEvent(e1);
    f.peer.sendEvent(e2);
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 2, kWait);

    // 3 is skipped: 4 and 5 wait for GET /events?after=2.
    f.peer.sendEvent(e4);
    QTRY_VERIFY_WITH_TIMEOUT(f.http.waiting("/api/v1/events") >= 0, kWait);
    const int request = f.http.waiting("/api/v1/events");
    QVERIFY2(f.http.requests().at(request).target.contains("after=2"),
             f.http.requests().at(request).target.constData());
    f.peer.sendEvent(e5);
    f.peer.sendEvent(e2); // a duplicate while the gap is filled
    QTRY_COMPARE_WITH_TIMEOUT(f.received, 5, kWait);
    QCOMPARE(f.cache->appliedSeq(), 2);
    QCOMPARE(f.applied, seqs(1, 2));
    QCOMPARE(f.engine->state(), SyncEngine::State::Syncing);

    protocol::EventPage page;
    page.events = {e3};
    page.head = 3;
    f.http.answer(request, 200, json(protocol::toJson(page)));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 5, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(f.engine->isIdle(), kWait);
    // Exactly once each, in seq order.
    QCOMPARE(f.applied, seqs(1, 5));
    QCOMPARE(f.http.count(), 1);
    QCOMPARE(f.stream->appliedSeq(), 5);
    f.chats.flushPendingChanges();
    QCOMPARE(f.chats.count(), 3);
    QCOMPARE(f.chats.chat(1)->state, protocol::ChatState::Closed);
    QCOMPARE(f.chats.chat(2)->unreadCount, 4);
    QCOMPARE(f.cache->chats().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(f.engine->state(), SyncEngine::State::UpToDate, kWait);
}

void TestSyncScripted::duplicateAndOutOfOrderFramesApplyOnceInOrder()
{
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.hellos(), 1, kWait);

    fixtures::Stream s;
    QList<protocol::Event> events;
    for (int i = 1; i <= 6; ++i)
        events << s.chatCreated(fixtures::chat(i, fixtures::at(i)));

    for (int i = 0; i < 3; ++i)
        f.peer.sendEvent(events.at(i));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 3, kWait);
    // A duplicate of 3, then 4.
    f.peer.sendEvent(events.at(2));
    f.peer.sendEvent(events.at(3));
    QTRY_COMPARE_WITH_TIMEOUT(f.received, 5, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 4, kWait);
    QCOMPARE(f.applied, seqs(1, 4));

    // 6 before 5: 6 must not be applied before 5; the engine asks for the gap.
    f.peer.sendEvent(events.at(5));
    QTRY_VERIFY_WITH_TIMEOUT(f.http.waiting("/api/v1/events") >= 0, kWait);
    const int request = f.http.waiting("/api/v1/events");
    QVERIFY(f.http.requests().at(request).target.contains("after=4"));
    f.peer.sendEvent(events.at(4)); // 5 arrives late, during the gap fill
    QTRY_COMPARE_WITH_TIMEOUT(f.received, 7, kWait);
    QCOMPARE(f.cache->appliedSeq(), 4);

    protocol::EventPage page;
    page.events = {events.at(4), events.at(5)};
    page.head = 6;
    f.http.answer(request, 200, json(protocol::toJson(page)));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 6, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(f.engine->isIdle(), kWait);
    QCOMPARE(f.applied, seqs(1, 6));
    f.chats.flushPendingChanges();
    QCOMPARE(f.chats.count(), 6);
}

void TestSyncScripted::olderNotesAnswerDoesNotUndoNewerEvents()
{
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.hellos(), 1, kWait);
    fixtures::Stream s;
    f.peer.sendEvent(s.chatCreated(fixtures::chat(7, fixtures::at(1))));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 1, kWait);

    models::NotesModel notes(7);
    QSignalSpy resets(&notes, &QAbstractItemModel::modelReset);
    f.engine->openChat(7, nullptr, &notes);
    QTRY_VERIFY_WITH_TIMEOUT(f.http.waiting("/api/v1/chats/7/notes") >= 0, kWait);
    const int request = f.http.waiting("/api/v1/chats/7/notes");
    const int resetsBefore = static_cast<int>(resets.size());

    // While the request is on its way: a new note, an edit, a deletion.
    f.peer.sendEvent(s.next(protocol::EventType::NoteCreated, note(300, 7, u"new"_s)));
    f.peer.sendEvent(s.next(protocol::EventType::NoteUpdated, note(100, 7, u"edited"_s)));
    f.peer.sendEvent(s.next(protocol::EventType::NoteDeleted, protocol::NoteDeleted{200, 7}));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 4, kWait);
    QVERIFY(notes.rowOf(300) >= 0);

    // The answer was read before those events.
    QJsonArray older;
    older.append(protocol::toJson(note(100, 7, u"original"_s)));
    older.append(protocol::toJson(note(200, 7, u"to be deleted"_s)));
    f.http.answer(request, 200, json(QJsonObject{{u"notes"_s, older}}));
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(resets.size()), resetsBefore + 1, kWait);

    QCOMPARE(notes.rowCount(), 2);
    QCOMPARE(notes.noteAt(0).id, 100);
    QCOMPARE(notes.noteAt(0).text, u"edited"_s);
    QCOMPARE(notes.noteAt(1).id, 300);
    QCOMPARE(notes.rowOf(200), -1);
    const QList<protocol::Note> cached = f.cache->notes(7);
    QCOMPARE(cached.size(), 2);
    QCOMPARE(cached.at(0).text, u"edited"_s);
    QCOMPARE(cached.at(1).id, 300);
}

void TestSyncScripted::olderCardAnswerDoesNotUndoNewerEvents()
{
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.hellos(), 1, kWait);
    fixtures::Stream s;
    const protocol::Chat chat = fixtures::chat(7, fixtures::at(1));
    f.peer.sendEvent(s.chatCreated(chat));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 1, kWait);

    models::SubscriberCard card;
    f.engine->openChat(7, nullptr, nullptr, &card);
    const QByteArray path = "/api/v1/subscribers/" + QByteArray::number(chat.subscriberId);
    QTRY_VERIFY_WITH_TIMEOUT(f.http.waiting(path) >= 0, kWait);
    const int request = f.http.waiting(path);

    // A tag added and the bot snoozed while the request is on its way.
    protocol::Subscriber newer = fixtures::subscriber(chat.subscriberId);
    newer.tags = {u"vip"_s, u"returns"_s};
    newer.botStatus = fixtures::botStatus(protocol::BotState::Snoozed, 5, fixtures::at(3600), 12);
    f.peer.sendEvent(s.next(protocol::EventType::SubscriberUpdated, newer));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 2, kWait);

    protocol::Subscriber older = fixtures::subscriber(chat.subscriberId);
    older.tags = {u"vip"_s};
    older.botStatus = fixtures::botStatus(protocol::BotState::Active, 4);
    f.http.answer(request, 200, json(protocol::toJson(older)));
    QTRY_VERIFY_WITH_TIMEOUT(card.loaded(), kWait);

    QCOMPARE(card.tags(), newer.tags);
    QCOMPARE(card.botVersion(), 5);
    QCOMPARE(card.botState(), static_cast<int>(protocol::BotState::Snoozed));
    const auto cached = f.cache->subscriber(chat.subscriberId);
    QVERIFY(cached);
    QCOMPARE(cached->tags, newer.tags);
    QCOMPARE(cached->botStatus.version, 5);
}

void TestSyncScripted::eventsWhileTheCacheLoadsAreKept()
{
    Fixture f;
    const QList<protocol::Chat> cached = manyChats();
    QVERIFY(f.setUp(cached, 10));
    // start() showed the newest chats; the rest is on its way.
    QVERIFY(f.chats.count() < cached.size());
    QVERIFY(f.chats.count() > 0);
    QCOMPARE(f.chats.idAt(0), cached.last().id);
    QVERIFY(f.chats.isLoading());
    QVERIFY(f.engine->isLoadingChats());
    QTRY_COMPARE_WITH_TIMEOUT(f.peer.hellos(), 1, kWait);
    QCOMPARE(f.peer.lastAfter(), 10);

    fixtures::Stream s(10);
    protocol::Chat moved = cached.at(5);
    moved.title = u"Moved by an event"_s;
    moved.lastActivityAt = fixtures::at(30'000);
    protocol::Chat closed = cached.at(6);
    closed.state = protocol::ChatState::Closed;
    const protocol::Chat created = fixtures::chat(20'001, fixtures::at(25'000));
    const protocol::BotStatus snoozed =
        fixtures::botStatus(protocol::BotState::Snoozed, 4, fixtures::at(40'000), 12);
    f.peer.sendEvent(s.chatUpdated(moved));
    f.peer.sendEvent(s.chatUpdated(closed));
    f.peer.sendEvent(s.chatCreated(created));
    f.peer.sendEvent(s.botStatusChanged(cached.at(7).subscriberId, cached.at(7).id, snoozed));
    QTRY_COMPARE_WITH_TIMEOUT(f.cache->appliedSeq(), 14, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!f.chats.isLoading(), kWait);
    QVERIFY(!f.engine->isLoadingChats());
    f.chats.flushPendingChanges();

    QCOMPARE(f.chats.count(), cached.size() + 1);
    QCOMPARE(f.chats.idAt(0), moved.id);
    QCOMPARE(f.chats.chat(moved.id)->title, u"Moved by an event"_s);
    QCOMPARE(f.chats.idAt(1), created.id);
    QCOMPARE(f.chats.chat(closed.id)->state, protocol::ChatState::Closed);
    QCOMPARE(f.chats.chat(cached.at(7).id)->botStatus, snoozed);
    compareWithOneShot(f.chats, f.cache->chats());
}

void TestSyncScripted::stopDuringTheCacheLoadAddsNothingMore()
{
    Fixture f;
    const QList<protocol::Chat> cached = manyChats();
    QVERIFY(f.setUp(cached, 10));
    const int first = f.chats.count();
    QVERIFY(first < cached.size());
    f.engine->stop();
    QVERIFY(!f.engine->isLoadingChats());
    // Whatever the loading threads were doing is over and delivered.
    const auto threads = f.engine->findChildren<QThread*>();
    for (QThread* thread : threads)
        thread->wait();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(f.chats.count(), first);
    // The list is a part, and says so.
    QVERIFY(f.chats.isLoading());

    // Started again: all of it, once.
    f.engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(!f.chats.isLoading(), kWait);
    compareWithOneShot(f.chats, cached);
}

void TestSyncScripted::chatOpenedBeforeItsRowArrivesGetsItsCard()
{
    Fixture f;
    const QList<protocol::Chat> cached = manyChats();
    QVERIFY(f.setUp(cached, 10));
    // The oldest chat is the last to arrive: opened now (a notification, --chat)
    // the engine does not know its subscriber yet.
    const protocol::Chat oldest = cached.first();
    QVERIFY(!f.chats.chat(oldest.id));
    models::SubscriberCard card;
    f.engine->openChat(oldest.id, nullptr, nullptr, &card);
    const QByteArray path = "/api/v1/subscribers/" + QByteArray::number(oldest.subscriberId);

    QTRY_VERIFY_WITH_TIMEOUT(!f.chats.isLoading(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(f.http.waiting(path) >= 0, kWait);
    protocol::Subscriber subscriber = fixtures::subscriber(oldest.subscriberId);
    subscriber.tags = {u"late"_s};
    f.http.answer(f.http.waiting(path), 200, json(protocol::toJson(subscriber)));
    QTRY_VERIFY_WITH_TIMEOUT(card.loaded(), kWait);
    QCOMPARE(card.tags(), subscriber.tags);
}

QTEST_GUILESS_MAIN(TestSyncScripted)
#include "tst_sync_scripted.moc"
