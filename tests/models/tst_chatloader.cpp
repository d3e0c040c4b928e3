// ChatLoader on a real cache file: the newest chats at once, the rest from a
// worker thread added below them, with events applied in between the way
// SyncEngine applies them (cache first, then the model, then the loader).
#include "fixtures.h"

#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/chatloader.h>
#include <models/localcache.h>

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
namespace models = baton::models;
namespace protocol = baton::protocol;

namespace {

constexpr int kChats = 5'000;
constexpr int kFirst = 100;
constexpr int kWait = 60'000;

// kChats chats over all lists; every seventh shares its activity time with
// the one before (the id decides the order).
QList<protocol::Chat> workspace()
{
    QList<protocol::Chat> chats;
    for (qint64 id = 1; id <= kChats; ++id) {
        const qint64 second = id % 7 == 0 ? id - 1 : id;
        const auto state = id % 3 == 0 ? protocol::ChatState::Closed : protocol::ChatState::Open;
        const std::optional<qint64> assignee =
            id % 5 == 0 ? std::optional<qint64>(12) : std::nullopt;
        const auto channel =
            id % 2 == 0 ? protocol::Channel::Telegram : protocol::Channel::WhatsApp;
        chats << fixtures::chat(id, fixtures::at(second), state, id % 4, assignee, channel);
    }
    return chats;
}

struct Cache {
    QTemporaryDir dir;
    std::unique_ptr<models::LocalCache> cache;

    bool fill(const QList<protocol::Chat>& chats, qint64 head)
    {
        cache = std::make_unique<models::LocalCache>(dir.filePath(u"cache.sqlite"_s));
        return dir.isValid() && cache->open() && cache->replaceSnapshot(chats, {}, head);
    }
};

QList<qint64> idsOf(const models::ChatListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.count(); ++row)
        ids << model.idAt(row);
    return ids;
}

QList<qint64> idsOf(const models::ChatFilterModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.chatIdAt(row);
    return ids;
}

// The model holds exactly `expected` in list order, with the counts a
// one-shot load of it has.
void compareWithOneShot(const models::ChatListModel& model, const QList<protocol::Chat>& expected)
{
    models::ChatListModel oneShot;
    oneShot.setChats(expected);
    QCOMPARE(model.count(), oneShot.count());
    QCOMPARE(idsOf(model), idsOf(oneShot));
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(model.chatAt(row), oneShot.chatAt(row));
    QCOMPARE(model.counts()->values(), oneShot.counts()->values());
}

// Joins the loader's worker threads, then runs what they queued.
void joinWorkers(models::ChatLoader& loader)
{
    const auto workers = loader.findChildren<QThread*>();
    for (QThread* worker : workers)
        worker->wait();
    QCoreApplication::sendPostedEvents();
}

} // namespace

class TestChatLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstScreenAtOnceThenTheRestInListOrder();
    void eventsDuringTheLoadWin();
    void rowsArriveWithoutResetKeepingCurrentAndSelection();
    void searchOverThePartialListFollowsTheRest();
    void cancelledLoadAddsNothing();
    void restartDuringTheLoadLoadsOnce();
    void smallCacheNeedsNoSecondStep();
    void theRestWaitsForThePaintOrAQuarterSecond();
};

void TestChatLoader::firstScreenAtOnceThenTheRestInListOrder()
{
    Cache c;
    const QList<protocol::Chat> chats = workspace();
    QVERIFY(c.fill(chats, 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    QSignalSpy loading(&model, &models::ChatListModel::loadingChanged);

    loader.start(kFirst);
    QCOMPARE(model.count(), kFirst);
    QVERIFY(model.isLoading());
    QVERIFY(loader.isLoading());
    // The first screen is the head of the list.
    const QList<protocol::Chat> all = c.cache->chats();
    QCOMPARE(all.size(), kChats);
    for (int row = 0; row < kFirst; ++row)
        QCOMPARE(model.idAt(row), all.at(row).id);
    // Counts while loading are of the part only.
    QCOMPARE(model.counts()->all(), kFirst);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(!model.isLoading());
    QVERIFY(!loader.isLoading());
    QCOMPARE(loading.size(), 2);
    compareWithOneShot(model, all);
    QCOMPARE(model.counts()->all(), kChats);
}

void TestChatLoader::eventsDuringTheLoadWin()
{
    Cache c;
    const QList<protocol::Chat> chats = workspace();
    QVERIFY(c.fill(chats, 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    QVERIFY(loader.isLoading());
    QVERIFY(model.rowOf(1) < 0); // the oldest chat is in the rest

    fixtures::Stream s(10);
    // A chat of the rest gets a message: it moves to the top, new title.
    protocol::Chat moved = chats.at(0);
    moved.lastActivityAt = fixtures::at(kChats + 100);
    moved.title = u"Moved by an event"_s;
    // A chat of the rest is closed where it is.
    protocol::Chat closed = chats.at(1);
    closed.state = protocol::ChatState::Closed;
    closed.unreadCount = 0;
    // A chat the cache never had.
    const protocol::Chat created = fixtures::chat(kChats + 1, fixtures::at(kChats + 50));
    // A first-screen chat changes too.
    protocol::Chat top = chats.at(kChats - 1);
    top.assigneeId = 77;
    // A bot status of a chat of the rest, whose row is not in the model yet.
    const protocol::BotStatus snoozed =
        fixtures::botStatus(protocol::BotState::Snoozed, 9, fixtures::at(kChats + 3600), 12);
    const QList<protocol::Event> events = {
        s.chatUpdated(moved), s.chatUpdated(closed), s.chatCreated(created), s.chatUpdated(top),
        s.botStatusChanged(chats.at(2).subscriberId, chats.at(2).id, snoozed)};

    // As SyncEngine does, but the cache is written after the load: the
    // worker's snapshot is then surely older than the events (the worst
    // case; the other order gives the model copies it already has).
    model.applyEvents(events);
    loader.eventsApplied(events);
    QVERIFY(model.rowOf(3) < 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    const models::ApplyResult written = c.cache->apply(events);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.applied, events.size());

    model.flushPendingChanges();
    QCOMPARE(model.count(), kChats + 1);
    QCOMPARE(model.idAt(0), moved.id);
    QCOMPARE(model.chat(moved.id)->title, u"Moved by an event"_s);
    QCOMPARE(model.chat(closed.id)->state, protocol::ChatState::Closed);
    QCOMPARE(model.idAt(1), created.id);
    QCOMPARE(model.chat(top.id)->assigneeId, std::optional<qint64>(77));
    QCOMPARE(model.chat(chats.at(2).id)->botStatus, snoozed);
    // The same as loading the cache, events included, in one go.
    compareWithOneShot(model, c.cache->chats());
}

void TestChatLoader::rowsArriveWithoutResetKeepingCurrentAndSelection()
{
    Cache c;
    QVERIFY(c.fill(workspace(), 10));
    models::ChatListModel model;
    models::ChatFilterModel filter(&model);
    filter.setList(protocol::ChatList::Open);
    QItemSelectionModel selection(&filter);
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    const int shown = filter.rowCount();
    QVERIFY(shown > 10);

    const QModelIndex current = filter.index(5, 0);
    const qint64 currentId = filter.chatIdAt(5);
    selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    selection.select(filter.index(7, 0), QItemSelectionModel::Select);
    QSignalSpy resets(&filter, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy sourceResets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy currentChanged(&selection, &QItemSelectionModel::currentChanged);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(sourceResets.size(), 0);
    QVERIFY(!inserted.isEmpty());
    // Appended below: what was shown keeps its rows.
    for (const auto& args : std::as_const(inserted))
        QVERIFY(args.at(1).toInt() >= shown);
    QCOMPARE(currentChanged.size(), 0);
    QCOMPARE(selection.currentIndex().row(), 5);
    QCOMPARE(filter.chatIdAt(selection.currentIndex().row()), currentId);
    QCOMPARE(selection.selectedRows().size(), 2);

    // The filter holds what it holds over a one-shot load.
    models::ChatListModel oneShot;
    oneShot.setChats(c.cache->chats());
    models::ChatFilterModel oneShotFilter(&oneShot);
    oneShotFilter.setList(protocol::ChatList::Open);
    QCOMPARE(idsOf(filter), idsOf(oneShotFilter));
}

void TestChatLoader::searchOverThePartialListFollowsTheRest()
{
    Cache c;
    QVERIFY(c.fill(workspace(), 10));
    models::ChatListModel model;
    models::ChatFilterModel filter(&model);
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    // "user12" matches user12, user120..129, user1200..1299: none of them is
    // in the first screen (the newest 100 are 4901..5000).
    filter.setChannel(protocol::Channel::Telegram);
    filter.setSearch(u"user12"_s);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(model.counts()->all(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    models::ChatListModel oneShot;
    oneShot.setChats(c.cache->chats());
    models::ChatFilterModel oneShotFilter(&oneShot);
    oneShotFilter.setChannel(protocol::Channel::Telegram);
    oneShotFilter.setSearch(u"user12"_s);
    QVERIFY(oneShotFilter.rowCount() > 10);
    QCOMPARE(idsOf(filter), idsOf(oneShotFilter));
    QCOMPARE(model.counts()->values(), oneShot.counts()->values());
}

void TestChatLoader::cancelledLoadAddsNothing()
{
    Cache c;
    QVERIFY(c.fill(workspace(), 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    loader.cancel();
    QVERIFY(!loader.isLoading());
    joinWorkers(loader);
    QCoreApplication::processEvents();
    QCOMPARE(model.count(), kFirst);
    QCOMPARE(finished.size(), 0);
    // The list is a part: it still says so.
    QVERIFY(model.isLoading());
    model.clear();
    QVERIFY(!model.isLoading());
}

void TestChatLoader::restartDuringTheLoadLoadsOnce()
{
    Cache c;
    QList<protocol::Chat> chats = workspace();
    QVERIFY(c.fill(chats, 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    // A new snapshot lands before the first load is in: only it counts.
    chats.resize(3'000);
    QVERIFY(c.cache->replaceSnapshot(chats, {}, 20));
    loader.start(kFirst);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    joinWorkers(loader);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    compareWithOneShot(model, c.cache->chats());
    QCOMPARE(model.count(), 3'000);
}

void TestChatLoader::smallCacheNeedsNoSecondStep()
{
    Cache c;
    QList<protocol::Chat> chats = workspace();
    chats.resize(40);
    QVERIFY(c.fill(chats, 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.start(kFirst);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!model.isLoading());
    QVERIFY(loader.findChildren<QThread*>().isEmpty());
    compareWithOneShot(model, c.cache->chats());
}

// The worker starts at proceed() (the app calls it at the list's paint), or
// after kPaintWaitMs when nothing paints; a timer never fires early, so
// 50 ms after start() nothing has begun.
void TestChatLoader::theRestWaitsForThePaintOrAQuarterSecond()
{
    Cache c;
    QVERIFY(c.fill(workspace(), 10));
    models::ChatListModel model;
    models::ChatLoader loader(c.cache.get(), &model);
    QSignalSpy finished(&loader, &models::ChatLoader::finished);
    loader.proceed(); // nothing to go on with yet
    QVERIFY(loader.findChildren<QThread*>().isEmpty());

    loader.start(kFirst);
    QTest::qWait(50);
    QVERIFY(loader.findChildren<QThread*>().isEmpty());
    QCOMPARE(model.count(), kFirst);
    loader.proceed();
    QCOMPARE(loader.findChildren<QThread*>().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    compareWithOneShot(model, c.cache->chats());

    // Nothing paints: the rest comes all the same.
    models::ChatListModel unseen;
    models::ChatLoader alone(c.cache.get(), &unseen);
    QSignalSpy done(&alone, &models::ChatLoader::finished);
    alone.start(kFirst);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWait);
    compareWithOneShot(unseen, c.cache->chats());
}

QTEST_GUILESS_MAIN(TestChatLoader)
#include "tst_chatloader.moc"
