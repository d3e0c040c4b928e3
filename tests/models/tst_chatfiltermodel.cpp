#include "fixtures.h"

#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::ChatFilterModel;
using baton::models::ChatListModel;

namespace {

constexpr qint64 kMe = 12;

QList<qint64> proxyIds(const ChatFilterModel& proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(ChatListModel::IdRole).toLongLong());
    return ids;
}

// What the list must show: the source order, filtered by protocol::matches.
QList<qint64> bruteForce(const ChatListModel& source, ChatQuery query)
{
    if (query.assignee == AssigneeFilter::Me)
        query.assigneeId = kMe;
    QList<qint64> ids;
    for (int r = 0; r < source.rowCount(); ++r) {
        if (matches(source.chatAt(r), query))
            ids.append(source.chatAt(r).id);
    }
    return ids;
}

QList<Chat> workspace()
{
    QList<Chat> chats;
    const Channel channels[] = {Channel::Telegram,  Channel::WhatsApp, Channel::Instagram,
                                Channel::Messenger, Channel::Viber,    Channel::LiveChat};
    for (int i = 1; i <= 120; ++i) {
        Chat c = chat(i, at(i * 37 % 5000), i % 4 == 0 ? ChatState::Closed : ChatState::Open, i % 3,
                      std::nullopt, channels[i % 6]);
        if (i % 5 == 1)
            c.assigneeId = kMe;
        else if (i % 5 == 2)
            c.assigneeId = 15;
        if (i % 7 == 0)
            c.type = ChatType::Group;
        if (i % 11 == 0)
            c.title = u"Ann Meyer"_s;
        if (i % 13 == 0)
            c.phone = u"+1 555-0100"_s;
        if (i % 17 == 0)
            c.email = u"anna@northwind.example"_s;
        chats.append(c);
    }
    return chats;
}

} // namespace

class TestChatFilterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCombinationMatchesBruteForce();
    void rowsFollowChangesInAndOutOfTheList();
    void sameFilterDoesNotRefilter();
    void countsFollowFilters();
    void randomStreamUnderFilters();
};

void TestChatFilterModel::everyCombinationMatchesBruteForce()
{
    ChatListModel source;
    source.setChats(workspace());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCurrentAgentId(kMe);

    const QList<std::optional<Channel>> channels = {
        std::nullopt,       Channel::Telegram, Channel::WhatsApp, Channel::Instagram,
        Channel::Messenger, Channel::Viber,    Channel::LiveChat};
    const QList<std::optional<ChatType>> types = {std::nullopt, ChatType::Personal,
                                                  ChatType::Group};
    const QList<AssigneeFilter> assignees = {AssigneeFilter::All, AssigneeFilter::Me,
                                             AssigneeFilter::Unassigned};
    const QStringList searches = {u""_s,      u"ann"_s,         u"  ANN  "_s,     u"555 01"_s,
                                  u"user7"_s, u"example.com"_s, u"no such chat"_s};
    int nonEmpty = 0;
    for (ChatList list : allValues<ChatList>()) {
        for (const auto& channel : channels) {
            for (const auto& type : types) {
                for (AssigneeFilter assignee : assignees) {
                    for (const QString& search : searches) {
                        proxy.setList(list);
                        proxy.setChannel(channel);
                        proxy.setChatType(type);
                        proxy.setAssigneeFilter(assignee);
                        proxy.setSearch(search);
                        ChatQuery q;
                        q.list = list;
                        q.channel = channel;
                        q.type = type;
                        q.assignee = assignee;
                        q.search = search;
                        const QList<qint64> expected = bruteForce(source, q);
                        if (proxyIds(proxy) != expected) {
                            QFAIL(qPrintable(u"list %1 channel %2 type %3 assignee %4 search '%5'"_s
                                                 .arg(enumName(list))
                                                 .arg(channel ? enumName(*channel) : u"-"_s)
                                                 .arg(type ? enumName(*type) : u"-"_s)
                                                 .arg(static_cast<int>(assignee))
                                                 .arg(search)));
                        }
                        nonEmpty += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
    }
    QVERIFY(nonEmpty > 500); // the data exercises the filters, not only empty lists
}

void TestChatFilterModel::rowsFollowChangesInAndOutOfTheList()
{
    ChatListModel source;
    source.setChats(workspace());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCurrentAgentId(kMe);
    proxy.setList(ChatList::Unread);
    ChatQuery q;
    q.list = ChatList::Unread;
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));

    Stream stream;
    // Read the newest unread chat: it leaves the Unread list.
    const qint64 readId = proxy.chatIdAt(0);
    Chat c = *source.chat(readId);
    c.unreadCount = 0;
    source.applyEvent(stream.chatUpdated(c));
    QCoreApplication::processEvents();
    QVERIFY(!proxyIds(proxy).contains(readId));
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));

    // An inbound message on an old read chat: it enters at the top.
    c = *source.chat(3);
    QCOMPARE(c.unreadCount, 0);
    c.unreadCount = 1;
    c.lastActivityAt = at(99999);
    source.applyEvent(stream.chatUpdated(c));
    QCoreApplication::processEvents();
    QCOMPARE(proxy.chatIdAt(0), 3);
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));

    // Closing it takes it out; reopening brings it back.
    c.state = ChatState::Closed;
    source.applyEvent(stream.chatUpdated(c));
    QCoreApplication::processEvents();
    QVERIFY(!proxyIds(proxy).contains(3));
    c.state = ChatState::Open;
    source.applyEvent(stream.chatUpdated(c));
    QCoreApplication::processEvents();
    QCOMPARE(proxy.chatIdAt(0), 3);

    // Assigned to me under the "mine" filter.
    proxy.setAssigneeFilter(AssigneeFilter::Me);
    q.assignee = AssigneeFilter::Me;
    QVERIFY(!proxyIds(proxy).contains(3));
    c.assigneeId = kMe;
    source.applyEvent(stream.chatUpdated(c));
    QCoreApplication::processEvents();
    QCOMPARE(proxy.chatIdAt(0), 3);
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));

    // A new chat matching the filter appears at its place.
    Chat fresh = chat(500, at(50), ChatState::Open, 1, kMe, Channel::Viber);
    source.applyEvent(stream.chatCreated(fresh));
    QCoreApplication::processEvents();
    QVERIFY(proxyIds(proxy).contains(500));
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));
    source.removeChat(500);
    QCOMPARE(proxyIds(proxy), bruteForce(source, q));
}

void TestChatFilterModel::sameFilterDoesNotRefilter()
{
    ChatListModel source;
    source.setChats(workspace());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearch(u"ann"_s);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy queryChanged(&proxy, &ChatFilterModel::queryChanged);
    const QList<qint64> before = proxyIds(proxy);

    proxy.setSearch(u"ann"_s);
    proxy.setSearch(u" ann "_s); // trimmed: the same search
    proxy.setList(ChatList::Open);
    proxy.setChannel(std::nullopt);
    proxy.setCurrentAgentId(kMe); // "Me" is not in use: nothing to redo
    QCOMPARE(layout.count() + reset.count() + removed.count() + inserted.count(), 0);
    QCOMPARE(proxyIds(proxy), before);
    QCOMPARE(queryChanged.count(), 1); // only the stored text changed

    proxy.setSearch(u"anna"_s);
    QVERIFY(removed.count() + layout.count() + reset.count() > 0);
    QVERIFY(proxyIds(proxy).size() < before.size());
}

void TestChatFilterModel::countsFollowFilters()
{
    ChatListModel source;
    const QList<Chat> chats = workspace();
    source.setChats(chats);
    ChatFilterModel proxy(&source);
    proxy.setCurrentAgentId(kMe);
    auto* counts = source.counts();
    QSignalSpy countsChanged(counts, &baton::models::ListCounts::changed);

    QCOMPARE(counts->values(), bruteCounts(chats, {}));
    QCOMPARE(counts->all(), 120);

    proxy.setChannel(Channel::WhatsApp);
    proxy.setAssigneeFilter(AssigneeFilter::Me);
    ChatQuery q;
    q.channel = Channel::WhatsApp;
    q.assignee = AssigneeFilter::Me;
    q.assigneeId = kMe;
    QCOMPARE(counts->values(), bruteCounts(chats, q));
    // The list tab is not part of the count filter.
    const auto before = counts->values();
    countsChanged.clear();
    proxy.setList(ChatList::Closed);
    QCOMPARE(counts->values(), before);
    QCOMPARE(countsChanged.count(), 0);
    QCOMPARE(proxy.rowCount(), counts->closed());
    proxy.setList(ChatList::Unread);
    QCOMPARE(proxy.rowCount(), counts->unread());
    proxy.setList(ChatList::All);
    QCOMPARE(proxy.rowCount(), counts->all());
}

void TestChatFilterModel::randomStreamUnderFilters()
{
    RandomWorkspace ws(7, 200);
    ChatListModel source;
    source.setChats(ws.chats());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCurrentAgentId(kMe);
    int events = 0;
    for (int step = 0; events < 2000; ++step) {
        if (step % 100 == 0) {
            ChatQuery q;
            q.list = static_cast<ChatList>(ws.bounded(4));
            if (ws.bounded(3) == 0)
                q.channel = static_cast<Channel>(ws.bounded(4));
            q.assignee = static_cast<AssigneeFilter>(ws.bounded(3));
            if (ws.bounded(4) == 0)
                q.search = u"ann"_s;
            proxy.setQuery(q);
        }
        const QList<Event> batch = ws.nextEvents();
        source.applyEvents(batch);
        events += static_cast<int>(batch.size());
        if (step % 10 == 0) {
            QCoreApplication::processEvents();
            QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
            QCOMPARE(proxy.rowCount(), source.counts()->count(proxy.query().list));
        }
    }
    QCoreApplication::processEvents();
    QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
    QCOMPARE(source.counts()->values(), bruteCounts(ws.chats(), [&] {
                 ChatQuery q = proxy.query();
                 if (q.assignee == AssigneeFilter::Me)
                     q.assigneeId = kMe;
                 return q;
             }()));
}

QTEST_GUILESS_MAIN(TestChatFilterModel)
#include "tst_chatfiltermodel.moc"
