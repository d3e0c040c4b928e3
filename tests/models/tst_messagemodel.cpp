#include "fixtures.h"

#include <models/agentdirectory.h>
#include <models/botstatustext.h>
#include <models/messagemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::AgentDirectory;
using baton::models::BotStatusText;
using baton::models::MessageModel;
using baton::models::PendingSend;

namespace {

constexpr qint64 kChat = 3907;

// Messages kChat..: ids first..last, one every 10 minutes from `start`.
MessagePage page(qint64 first, qint64 last, bool hasMore, qint64 start = 0)
{
    MessagePage p;
    for (qint64 id = first; id <= last; ++id)
        p.messages.append(message(id, kChat, at(start + id * 600), u"message %1"_s.arg(id)));
    p.hasMore = hasMore;
    return p;
}

QList<qint64> ids(const MessageModel& model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r).data(MessageModel::IdRole).toLongLong());
    return out;
}

int rowsWithClientId(const MessageModel& model, const QString& clientId)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r)
                .data(MessageModel::ClientIdRole)
                .toString()
                .compare(clientId, Qt::CaseInsensitive) == 0) {
            ++n;
        }
    }
    return n;
}

MessageModel::PendingState pendingState(const MessageModel& model, int row)
{
    return model.index(row)
        .data(MessageModel::PendingStateRole)
        .value<MessageModel::PendingState>();
}

const QString kClientA = u"3F6C1A2E-8B4D-4C1F-9A7E-2D5B8C0E6F41"_s;
const QString kClientB = u"9b0e4c2a-7f15-4d3b-a6e8-1c5f7d9b2e40"_s;

} // namespace

class TestMessageModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fetchMorePages();
    void historyFailureAllowsRetry();
    void pendingReplacedByEcho();
    void echoesOutOfOrderMoveRows();
    void failedAndRetried();
    void echoBeforePendingIsNotDoubled();
    void deliveryNeverGoesBack();
    void updatesOutsideTheWindowAreIgnored();
    void dateSeparators();
    void quotedText();
    void botStatusLines();
};

void TestMessageModel::fetchMorePages()
{
    MessageModel model(kChat);
    QSignalSpy requested(&model, &MessageModel::historyRequested);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.canFetchMore({}));
    // The tester (like a view) asks for more as soon as it sees the model.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), kChat);
    QCOMPARE(requested.first().at(1).toLongLong(), 0); // the newest page
    QVERIFY(!model.canFetchMore({}));                  // one request at a time
    model.fetchMore({});
    QCOMPARE(requested.count(), 1);

    model.addHistoryPage(page(151, 200, true));
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.hasMore());
    model.fetchMore({}); // unless the tester already did: still one request per page
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(1).toLongLong(), 151);

    inserted.clear();
    MessagePage older = page(101, 150, false);
    std::reverse(older.messages.begin(), older.messages.end()); // order does not matter
    older.messages.append(message(151, kChat, at(151 * 600), u"message 151"_s)); // overlap
    model.addHistoryPage(older);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 49);
    QCOMPARE(model.rowCount(), 100);
    QList<qint64> expected;
    for (qint64 id = 101; id <= 200; ++id)
        expected.append(id);
    QCOMPARE(ids(model), expected);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    // Messages of another chat never enter.
    model.upsertMessage(message(201, kChat + 1, at(999999), u"elsewhere"_s));
    QCOMPARE(model.rowCount(), 100);
}

void TestMessageModel::historyFailureAllowsRetry()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requested(&model, &MessageModel::historyRequested);
    model.setMessages(page(51, 100, true).messages, true);
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));
    model.historyFailed();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(1).toLongLong(), 51);
}

void TestMessageModel::pendingReplacedByEcho()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrentAgentId(12);
    model.setMessages(page(1, 10, false).messages, false);

    QVERIFY(model.addPending({kClientA, u"On its way 📦"_s, 10, {}, at(7000)}));
    QVERIFY(!model.addPending({kClientA.toLower(), u"again"_s, {}, {}, at(7000)}));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(pendingState(model, 10), MessageModel::PendingState::Sending);
    QCOMPARE(model.index(10).data(MessageModel::TextRole).toString(), u"On its way 📦"_s);
    QCOMPARE(model.index(10).data(MessageModel::AgentIdRole).toLongLong(), 12);
    QCOMPARE(model.index(10).data(MessageModel::ReplyTextRole).toString(), u"message 10"_s);

    // An inbound message arriving meanwhile goes above the pending row.
    Stream stream;
    model.applyEvent(stream.messageCreated(message(11, kChat, at(7100), u"hello?"_s)));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOfId(11), 10);
    QCOMPARE(pendingState(model, 11), MessageModel::PendingState::Sending);

    // The echo replaces the pending row in place.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Message echo = agentMessage(12, kChat, at(7001), u"On its way 📦"_s, kClientA.toLower());
    echo.replyTo = 10;
    model.applyEvent(stream.messageCreated(echo));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 11);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(MessageModel::PendingStateRole));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOfId(12), 11);
    QCOMPARE(pendingState(model, 11), MessageModel::PendingState::None);
    QCOMPARE(rowsWithClientId(model, kClientA), 1);
    QCOMPARE(model.rowOfClientId(kClientA), 11);

    // The same echo again (a replay), and a history page holding it: no double.
    model.applyEvent(stream.messageCreated(echo));
    model.upsertMessage(echo);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(rowsWithClientId(model, kClientA), 1);
    // A pending row for a client id already confirmed is refused.
    QVERIFY(!model.addPending({kClientA, u"On its way 📦"_s, {}, {}, at(7000)}));
    QCOMPARE(model.rowCount(), 12);
}

void TestMessageModel::echoesOutOfOrderMoveRows()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(page(1, 5, false).messages, false);
    QVERIFY(model.addPending({kClientA, u"first"_s, {}, {}, at(5000)}));
    QVERIFY(model.addPending({kClientB, u"second"_s, {}, {}, at(5001)}));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Stream stream;
    // B's echo comes first: its row moves above A's pending row.
    model.applyEvent(
        stream.messageCreated(agentMessage(6, kChat, at(5001), u"second"_s, kClientB)));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.rowOfId(6), 5);
    QCOMPARE(pendingState(model, 6), MessageModel::PendingState::Sending);
    QCOMPARE(model.index(6).data(MessageModel::TextRole).toString(), u"first"_s);
    model.applyEvent(
        stream.messageCreated(agentMessage(7, kChat, at(5002), u"first"_s, kClientA.toLower())));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(model.confirmedCount(), 7);
}

void TestMessageModel::failedAndRetried()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(page(1, 3, false).messages, false);
    QVERIFY(model.addPending({kClientA, u"Outside the window"_s, {}, {}, at(9000)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.markFailed(kClientA.toLower(), u"the support window is closed"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(pendingState(model, 3), MessageModel::PendingState::Failed);
    QCOMPARE(model.index(3).data(MessageModel::FailureReasonRole).toString(),
             u"the support window is closed"_s);
    QVERIFY(!model.markFailed(kClientB, u"unknown"_s));
    QVERIFY(model.markSending(kClientA));
    QCOMPARE(pendingState(model, 3), MessageModel::PendingState::Sending);
    QVERIFY(model.index(3).data(MessageModel::FailureReasonRole).toString().isEmpty());
    QVERIFY(model.markFailed(kClientA, u"rejected"_s));
    QVERIFY(model.removePending(kClientA)); // discarded by the agent
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.removePending(kClientA));
}

void TestMessageModel::echoBeforePendingIsNotDoubled()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // After a restart: pending rows come back from the outbox, then the
    // newest page already holds one of them.
    QVERIFY(model.addPending({kClientA, u"sent before the crash"_s, {}, {}, at(9000)}));
    QVERIFY(model.addPending({kClientB, u"still queued"_s, {}, {}, at(9001)}));
    model.fetchMore({});
    MessagePage newest = page(1, 4, false);
    newest.messages.append(agentMessage(5, kChat, at(9000), u"sent before the crash"_s, kClientA));
    model.addHistoryPage(newest);
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 0}));
    QCOMPARE(rowsWithClientId(model, kClientA), 1);
    QCOMPARE(pendingState(model, 5), MessageModel::PendingState::Sending);
    QCOMPARE(model.index(5).data(MessageModel::ClientIdRole).toString(), kClientB);

    // setMessages keeps pending rows the page does not confirm.
    QList<Message> again = newest.messages;
    again.append(agentMessage(6, kChat, at(9001), u"still queued"_s, kClientB));
    model.setMessages(again, false);
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(rowsWithClientId(model, kClientB), 1);
}

void TestMessageModel::deliveryNeverGoesBack()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Message m = agentMessage(1, kChat, at(0), u"hi"_s, kClientA);
    m.delivery = DeliveryStatus::Sent;
    model.setMessages({m}, false);
    Stream stream;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    m.delivery = DeliveryStatus::Read;
    model.applyEvent(stream.messageUpdated(m));
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(),
             static_cast<int>(DeliveryStatus::Read));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), (QList<int>{MessageModel::DeliveryRole}));

    m.delivery = DeliveryStatus::Delivered; // a late receipt
    model.applyEvent(stream.messageUpdated(m));
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(),
             static_cast<int>(DeliveryStatus::Read));
    QCOMPARE(changed.count(), 1);

    // Other fields still update: an edit, a reaction, a deletion.
    m.text = u"hi there"_s;
    m.editedAt = at(60);
    m.reactions = {Reaction{u"👍"_s, Direction::In, std::nullopt}};
    model.applyEvent(stream.messageUpdated(m));
    QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), u"hi there"_s);
    QVERIFY(model.index(0).data(MessageModel::EditedRole).toBool());
    const auto reactions = model.index(0).data(MessageModel::ReactionsRole).toList();
    QCOMPARE(reactions.size(), 1);
    QCOMPARE(reactions.first().toMap().value(u"emoji"_s).toString(), u"👍"_s);
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(),
             static_cast<int>(DeliveryStatus::Read));
    m.deleted = true;
    model.applyEvent(stream.messageUpdated(m));
    QVERIFY(model.index(0).data(MessageModel::DeletedRole).toBool());
    m.deleted = false;
    model.applyEvent(stream.messageUpdated(m));
    QVERIFY(model.index(0).data(MessageModel::DeletedRole).toBool());
}

void TestMessageModel::updatesOutsideTheWindowAreIgnored()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(page(51, 60, true).messages, true);
    Stream stream;
    Message old = message(20, kChat, at(100), u"old"_s);
    model.applyEvent(stream.messageUpdated(old));
    model.applyEvent(stream.messageCreated(old));
    QCOMPARE(model.rowCount(), 10);
    // An update to an unloaded newer id is not a creation either.
    model.applyEvent(stream.messageUpdated(message(70, kChat, at(99999), u"?"_s)));
    QCOMPARE(model.rowCount(), 10);
    model.applyEvent(stream.messageCreated(message(61, kChat, at(99999), u"new"_s)));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOfId(61), 10);
}

void TestMessageModel::dateSeparators()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(QTimeZone::utc());
    const QDateTime day1 = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    const QDateTime day2 = day1.addDays(1);
    model.setMessages({message(10, kChat, day1, u"a"_s),
                       message(11, kChat, day1.addSecs(7200), u"b"_s),
                       message(12, kChat, day2.addSecs(-3600 * 9), u"c"_s)},
                      true);
    auto separators = [&model] {
        QList<bool> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r).data(MessageModel::DateSeparatorRole).toBool());
        return out;
    };
    QCOMPARE(separators(), (QList<bool>{true, false, true}));
    QCOMPARE(model.index(2).data(MessageModel::DateRole).toDate(), QDate(2026, 11, 21));

    // An older page from the same day: the old first row is no longer first of its day.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.fetchMore({});
    model.addHistoryPage({{message(8, kChat, day1.addSecs(-3600), u"x"_s),
                           message(9, kChat, day1.addSecs(-60), u"y"_s)},
                          false});
    QCOMPARE(separators(), (QList<bool>{true, false, false, false, true}));
    bool reported = false;
    for (const auto& args : changed) {
        reported |= args.at(0).value<QModelIndex>().row() == 2 &&
                    args.at(2).value<QList<int>>().contains(MessageModel::DateSeparatorRole);
    }
    QVERIFY(reported);

    // A pending reply on a new day starts a new day; in another zone the days differ.
    QVERIFY(model.addPending({kClientA, u"later"_s, {}, {}, day2.addDays(1)}));
    QCOMPARE(separators(), (QList<bool>{true, false, false, false, true, true}));
    model.setTimeZone(QTimeZone(-10 * 3600));
    QCOMPARE(separators(), (QList<bool>{true, false, true, false, false, true}));
}

void TestMessageModel::quotedText()
{
    MessageModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Message reply = agentMessage(100, kChat, at(6000), u"Yes, it ships today"_s, kClientA);
    reply.replyTo = 40;
    model.setMessages({message(99, kChat, at(5900), u"hm"_s), reply}, true);
    QVERIFY(!model.index(1).data(MessageModel::ReplyTextRole).isValid());
    QCOMPARE(model.index(1).data(MessageModel::ReplyToRole).toLongLong(), 40);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.fetchMore({});
    model.addHistoryPage({{message(40, kChat, at(100), u"Does it ship today?"_s)}, false});
    QCOMPARE(model.index(2).data(MessageModel::ReplyTextRole).toString(), u"Does it ship today?"_s);
    bool reported = false;
    for (const auto& args : changed) {
        reported |= args.at(0).value<QModelIndex>().row() == 2 &&
                    args.at(2).value<QList<int>>().contains(MessageModel::ReplyTextRole);
    }
    QVERIFY(reported);

    // Editing the quoted message refreshes the quote.
    changed.clear();
    Message edited = message(40, kChat, at(100), u"Does it ship today or tomorrow?"_s);
    edited.editedAt = at(200);
    model.upsertMessage(edited, false);
    QCOMPARE(model.index(2).data(MessageModel::ReplyTextRole).toString(),
             u"Does it ship today or tomorrow?"_s);
}

void TestMessageModel::botStatusLines()
{
    AgentDirectory agents;
    agents.setAgents({Agent{12, u"Ann"_s, u"ann@example.com"_s, {}, Role::Agent, true}});
    MessageModel model(kChat, &agents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(QTimeZone::utc());
    Message line =
        message(1, kChat, at(0), u"Bot snoozed until ... (manual message)"_s, Direction::Out);
    line.source = MessageSource::System;
    line.kind = MessageKind::BotStatusChange;
    line.agentId = 12;
    line.botStatus = botStatus(BotState::Snoozed, 8, at(3600), 12, BotStatusReason::Agent);
    Message limit = message(2, kChat, at(10), u"Bot off"_s, Direction::Out);
    limit.source = MessageSource::System;
    limit.kind = MessageKind::BotStatusChange;
    limit.botStatus = botStatus(BotState::Inactive, 9, {}, {}, BotStatusReason::MessageLimit);
    model.setMessages({line, limit}, false);

    const QString text = model.index(0).data(MessageModel::SystemTextRole).toString();
    QVERIFY2(text.contains(u"Ann"_s), qPrintable(text));
    QVERIFY2(text.contains(u"snoozed"_s), qPrintable(text));
    QVERIFY2(text.contains(BotStatusText::time(at(3600), at(0), QTimeZone::utc())),
             qPrintable(text));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), text);
    QCOMPARE(model.index(0).data(MessageModel::BotStateRole).toInt(),
             static_cast<int>(BotState::Snoozed));
    QCOMPARE(model.index(0).data(MessageModel::AgentNameRole).toString(), u"Ann"_s);
    QVERIFY(model.index(1).data(MessageModel::SystemTextRole).toString().contains(u"limit"_s));
    // Plain messages have no system text.
    model.upsertMessage(message(3, kChat, at(20), u"hello"_s));
    QVERIFY(!model.index(2).data(MessageModel::SystemTextRole).isValid());

    // A renamed agent: the lines follow.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    agents.setAgents({Agent{12, u"Ann Meyer"_s, u"ann@example.com"_s, {}, Role::Agent, true}});
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0).data(MessageModel::SystemTextRole).toString().contains(u"Ann Meyer"_s));
}

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
