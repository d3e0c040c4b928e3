#include "fixtures.h"

#include <models/chatlistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::ChatListModel;

namespace {

QList<qint64> rowIds(const ChatListModel& model)
{
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.data(model.index(r), ChatListModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> idsOf(const QList<Chat>& chats)
{
    QList<qint64> ids;
    for (const auto& c : chats)
        ids.append(c.id);
    return ids;
}

QList<Chat> modelChats(const ChatListModel& model)
{
    QList<Chat> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.chatAt(r));
    return out;
}

QList<Chat> tenChats()
{
    QList<Chat> chats;
    for (int i = 1; i <= 10; ++i)
        chats.append(chat(i, at(i * 60)));
    return chats;
}

} // namespace

class TestChatListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setChatsSortsAndResets();
    void insertLandsAtSortPosition();
    void activityChangeMovesOneRow();
    void moveToTheMiddleAndTieBreak();
    void sameTurnUpdatesCoalesce();
    void unchangedUpdateEmitsNothing();
    void removal();
    void botStatusEvents();
    void messageCreatedUpdatesPreview();
    void randomStreamKeepsOrderAndCounts();
};

void TestChatListModel::setChatsSortsAndResets()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Chat> chats = tenChats();
    chats.append(chat(3, at(5000))); // a duplicate id: the later copy wins
    model.setChats(chats);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOf(3), 0);
    QCOMPARE(rowIds(model), (QList<qint64>{3, 10, 9, 8, 7, 6, 5, 4, 2, 1}));
    QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), u"Subscriber 3"_s);
    QCOMPARE(model.data(model.index(0), ChatListModel::ChannelRole).toInt(),
             static_cast<int>(Channel::Telegram));
    QVERIFY(!model.data(model.index(0), ChatListModel::AssigneeIdRole).isValid());
    // Telegram has no support window.
    QVERIFY(!model.data(model.index(0), ChatListModel::SupportWindowEndRole).isValid());
}

void TestChatListModel::insertLandsAtSortPosition()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Stream stream;
    Chat fresh = chat(11, at(330), ChatState::Open, 1, 12, Channel::WhatsApp);
    model.applyEvent(stream.chatCreated(fresh));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.first().at(1).toInt(), 5); // after 10..6 (600..360 s)
    QCOMPARE(model.rowOf(11), 5);
    QCOMPARE(model.data(model.index(5), ChatListModel::AssigneeIdRole).toLongLong(), 12);
    QCOMPARE(model.data(model.index(5), ChatListModel::SupportWindowEndRole).toDateTime(),
             at(330).addSecs(24 * 3600));
    QList<Chat> expected = tenChats();
    expected.append(fresh);
    QCOMPARE(rowIds(model), idsOf(sorted(expected)));
}

void TestChatListModel::activityChangeMovesOneRow()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The oldest chat (row 9) gets an inbound message and goes to the top.
    Stream stream;
    const QPersistentModelIndex persistent = model.index(9);
    Chat c = *model.chat(1);
    c.lastActivityAt = at(10000);
    c.unreadCount = 1;
    model.applyEvent(stream.chatUpdated(c));

    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 9); // start
    QCOMPARE(moved.first().at(4).toInt(), 0); // destination
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowOf(1), 0);
    QCOMPARE(persistent.row(), 0);
    QCOMPARE(rowIds(model), (QList<qint64>{1, 10, 9, 8, 7, 6, 5, 4, 3, 2}));

    // Its data change is reported once, on the next turn.
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(2).value<QList<int>>(),
             (QList<int>{ChatListModel::UnreadCountRole, ChatListModel::LastActivityAtRole}));
}

void TestChatListModel::moveToTheMiddleAndTieBreak()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    Stream stream;

    // Chat 9 (row 1) goes back in time, between chats 4 and 3.
    Chat c = *model.chat(9);
    c.lastActivityAt = at(210);
    model.applyEvent(stream.chatUpdated(c));
    QCOMPARE(moved.count(), 1);
    QList<Chat> all = modelChats(model);
    QCOMPARE(idsOf(all), idsOf(sorted(all)));
    QCOMPARE(model.rowOf(9), 6);

    // Same activity as chat 5: the larger id sorts first.
    c = *model.chat(2);
    c.lastActivityAt = at(300);
    model.applyEvent(stream.chatUpdated(c));
    QCOMPARE(moved.count(), 2);
    all = modelChats(model);
    QCOMPARE(idsOf(all), idsOf(sorted(all)));
    QCOMPARE(model.rowOf(5), model.rowOf(2) - 1);

    // A change that keeps the position is not a move.
    c = *model.chat(10);
    c.lastActivityAt = at(601);
    model.applyEvent(stream.chatUpdated(c));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(model.rowOf(10), 0);
}

void TestChatListModel::sameTurnUpdatesCoalesce()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Stream stream;

    Chat a = *model.chat(4);
    a.unreadCount = 2;
    model.applyEvent(stream.chatUpdated(a));
    a.title = u"Ann Meyer"_s;
    model.applyEvent(stream.chatUpdated(a));
    a.assigneeId = 12;
    model.applyEvent(stream.chatUpdated(a));
    a.botStatus = botStatus(BotState::Snoozed, 2, at(4000), 12, BotStatusReason::ManualMessage);
    model.applyEvent(stream.botStatusChanged(a.subscriberId, a.id, a.botStatus));

    Chat b = *model.chat(7);
    b.state = ChatState::Closed;
    model.applyEvent(stream.chatUpdated(b));

    QCOMPARE(changed.count(), 0); // nothing before the turn ends
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 2);
    QHash<int, QList<int>> rolesByRow;
    for (const auto& args : changed) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        QCOMPARE(topLeft, args.at(1).value<QModelIndex>());
        rolesByRow.insert(topLeft.row(), args.at(2).value<QList<int>>());
    }
    QCOMPARE(rolesByRow.value(model.rowOf(4)),
             (QList<int>{Qt::DisplayRole, ChatListModel::TitleRole, ChatListModel::UnreadCountRole,
                         ChatListModel::AssigneeIdRole, ChatListModel::BotStateRole,
                         ChatListModel::BotUntilRole, ChatListModel::BotVersionRole,
                         ChatListModel::BotReasonRole, ChatListModel::BotActorAgentIdRole}));
    QCOMPARE(rolesByRow.value(model.rowOf(7)), (QList<int>{ChatListModel::StateRole}));
    QCOMPARE(model.data(model.index(model.rowOf(4)), ChatListModel::BotUntilRole).toDateTime(),
             at(4000));

    // The next turn starts afresh.
    changed.clear();
    b.unreadCount = 5;
    model.applyEvent(stream.chatUpdated(b));
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(),
             (QList<int>{ChatListModel::UnreadCountRole}));
}

void TestChatListModel::unchangedUpdateEmitsNothing()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    Stream stream;
    model.applyEvent(stream.chatUpdated(*model.chat(5)));
    // An older bot status never replaces a newer one.
    Chat stale = *model.chat(5);
    stale.botStatus.version = 0;
    model.applyEvent(stream.chatUpdated(stale));
    model.applyEvent(stream.botStatusChanged(stale.subscriberId, 5, stale.botStatus));
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(model.chat(5)->botStatus.version, 1);
}

void TestChatListModel::removal()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A pending change for a removed chat is dropped, not emitted for another row.
    Chat c = *model.chat(6);
    c.unreadCount = 9;
    model.upsertChat(c);
    QVERIFY(model.removeChat(6));
    QVERIFY(!model.removeChat(6));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 4);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.rowOf(6), -1);
    QVERIFY(!model.chat(6));
    QCOMPARE(rowIds(model), (QList<qint64>{10, 9, 8, 7, 5, 4, 3, 2, 1}));
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.counts()->all(), 9);
}

void TestChatListModel::botStatusEvents()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    Stream stream;
    const Chat c = *model.chat(8);
    const BotStatus snoozed =
        botStatus(BotState::Snoozed, 2, at(7200), 12, BotStatusReason::ManualMessage);
    model.applyEvent(stream.botStatusChanged(c.subscriberId, c.id, snoozed));
    QCOMPARE(model.chat(8)->botStatus, snoozed);
    QCOMPARE(model.rowOf(8), 2); // a bot-status change does not move the chat
    QCOMPARE(model.data(model.index(2), ChatListModel::BotStateRole).toInt(),
             static_cast<int>(BotState::Snoozed));
    QCOMPARE(model.data(model.index(2), ChatListModel::BotVersionRole).toLongLong(), 2);
    // An older version arriving late is ignored.
    model.applyEvent(stream.botStatusChanged(c.subscriberId, c.id, botStatus(BotState::Active, 1)));
    QCOMPARE(model.chat(8)->botStatus, snoozed);
    // Unknown chats are ignored.
    model.applyEvent(stream.botStatusChanged(1, 999, snoozed));
    QCOMPARE(model.rowCount(), 10);
}

void TestChatListModel::messageCreatedUpdatesPreview()
{
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(tenChats());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    Stream stream;

    Message out = agentMessage(900, 2, at(9000), u"Your parcel left the warehouse 📦"_s,
                               u"3f6c1a2e-8b4d-4c1f-9a7e-2d5b8c0e6f41"_s);
    model.applyEvent(stream.messageCreated(out));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.rowOf(2), 0);
    const QModelIndex idx = model.index(0);
    QCOMPARE(idx.data(ChatListModel::LastMessageTextRole).toString(), out.text);
    QCOMPARE(idx.data(ChatListModel::LastMessageSourceRole).toInt(),
             static_cast<int>(MessageSource::Agent));
    QCOMPARE(idx.data(ChatListModel::LastMessageDirectionRole).toInt(),
             static_cast<int>(Direction::Out));
    QCOMPARE(idx.data(ChatListModel::LastMessageAgentIdRole).toLongLong(), 12);
    QCOMPARE(idx.data(ChatListModel::LastMessageAtRole).toDateTime(), at(9000));
    QCOMPARE(idx.data(ChatListModel::LastActivityAtRole).toDateTime(), at(9000));
    // Outbound: the support window is unchanged.
    QCOMPARE(model.chat(2)->lastInboundAt, std::optional(at(120)));

    // An older message (arriving late) and a bot-status line do not replace it.
    model.applyEvent(stream.messageCreated(message(850, 2, at(8000), u"older"_s)));
    Message line = message(901, 2, at(9500), u"Bot snoozed"_s, Direction::Out);
    line.source = MessageSource::System;
    line.kind = MessageKind::BotStatusChange;
    line.botStatus = botStatus(BotState::Snoozed, 2, at(12600), 12);
    model.applyEvent(stream.messageCreated(line));
    QCOMPARE(model.chat(2)->lastMessage->text, out.text);
    QCOMPARE(model.chat(2)->lastActivityAt, at(9000));
    QCOMPARE(moved.count(), 1);

    // Text beyond 200 code points is cut, never inside an emoji.
    QString longText = QString(199, u'a') + u"😀😀"_s;
    model.applyEvent(stream.messageCreated(message(902, 2, at(9600), longText)));
    QCOMPARE(model.chat(2)->lastMessage->text, QString(199, u'a') + u"😀"_s);
    QCOMPARE(model.chat(2)->lastInboundAt, std::optional(at(9600)));
}

void TestChatListModel::randomStreamKeepsOrderAndCounts()
{
    RandomWorkspace ws(20261121, 300);
    ChatListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChats(ws.chats());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QList<ChatQuery> queries = [] {
        QList<ChatQuery> qs;
        qs.append(ChatQuery{});
        ChatQuery q;
        q.channel = Channel::WhatsApp;
        qs.append(q);
        q = {};
        q.assignee = AssigneeFilter::Me;
        q.assigneeId = 12;
        qs.append(q);
        q = {};
        q.assignee = AssigneeFilter::Unassigned;
        q.type = ChatType::Personal;
        qs.append(q);
        q = {};
        q.search = u"ann"_s;
        qs.append(q);
        return qs;
    }();

    int events = 0;
    for (int step = 0; events < 2000; ++step) {
        if (step % 250 == 0)
            model.setCountQuery(queries.at((step / 250) % queries.size()));
        const QList<Event> batch = ws.nextEvents();
        model.applyEvents(batch);
        events += static_cast<int>(batch.size());
        // Counts are right after every event, before the turn ends.
        const ListCounts expected = bruteCounts(ws.chats(), model.countQuery());
        QCOMPARE(model.counts()->values(), expected);
        if (step % 20 == 0)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), ws.chats().size());
    const QList<Chat> expected = sorted(ws.chats());
    QCOMPARE(rowIds(model), idsOf(expected));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.chatAt(r), expected.at(r));
        QCOMPARE(model.rowOf(expected.at(r).id), r);
    }
    // Counts for every list agree with a full recount.
    for (const auto& q : queries) {
        model.setCountQuery(q);
        QCOMPARE(model.counts()->values(), bruteCounts(expected, q));
        QCOMPARE(model.counts()->count(ChatList::Unread), bruteCounts(expected, q).unread);
    }
}

QTEST_GUILESS_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
