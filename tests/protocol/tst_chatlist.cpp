#include <protocol/chatlist.h>

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using baton::protocol::AssigneeFilter;
using baton::protocol::Channel;
using baton::protocol::Chat;
using baton::protocol::ChatList;
using baton::protocol::ChatQuery;
using baton::protocol::ChatState;
using baton::protocol::ChatType;
using baton::protocol::ListCounts;

namespace bp = baton::protocol;

namespace {

const QDateTime kBase = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);

Chat makeChat(qint64 id, ChatState state = ChatState::Open, qint64 unread = 0)
{
    Chat chat;
    chat.id = id;
    chat.subscriberId = 100 + id;
    chat.botId = 1;
    chat.state = state;
    chat.unreadCount = unread;
    chat.lastActivityAt = kBase.addSecs(id);
    return chat;
}

Chat contact()
{
    Chat chat = makeChat(7);
    chat.title = u"Mária Šťastná"_s;
    chat.username = u"maria_s"_s;
    chat.email = u"Maria.Stastna@Example.com"_s;
    chat.phone = u"+1 555-0100"_s;
    return chat;
}

QList<qint64> ids(const QList<Chat>& chats)
{
    QList<qint64> out;
    for (const Chat& chat : chats)
        out.append(chat.id);
    return out;
}

} // namespace

namespace baton::protocol {

// For readable QCOMPARE failures; a non-template overload, so it is preferred
// over the enum toString() template that argument-dependent lookup also finds.
char* toString(const ListCounts& counts)
{
    return qstrdup(QByteArray("open=" + QByteArray::number(counts.open) +
                              " unread=" + QByteArray::number(counts.unread) +
                              " closed=" + QByteArray::number(counts.closed) +
                              " all=" + QByteArray::number(counts.all))
                       .constData());
}

} // namespace baton::protocol

Q_DECLARE_METATYPE(ChatState)
Q_DECLARE_METATYPE(ChatList)

class TestChatList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inList_data();
    void inList();
    void search_data();
    void search();
    void searchEmptyFields();
    void filterChannel();
    void filterType();
    void filterAssignee();
    void filtersCombine();
    void defaultQuery();
    void counts();
    void countsMatchLists();
    void sortOrder();
    void sortIsStrictWeakOrder();
};

void TestChatList::inList_data()
{
    QTest::addColumn<ChatState>("state");
    QTest::addColumn<qint64>("unread");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("unreadList");
    QTest::addColumn<bool>("closed");

    QTest::newRow("open, read") << ChatState::Open << qint64(0) << true << false << false;
    QTest::newRow("open, 1 unread") << ChatState::Open << qint64(1) << true << true << false;
    QTest::newRow("open, 40 unread") << ChatState::Open << qint64(40) << true << true << false;
    QTest::newRow("closed, read") << ChatState::Closed << qint64(0) << false << false << true;
    // Closed chats are never in the Unread list, whatever their count.
    QTest::newRow("closed, unread") << ChatState::Closed << qint64(3) << false << false << true;
}

void TestChatList::inList()
{
    QFETCH(ChatState, state);
    QFETCH(qint64, unread);
    QFETCH(bool, open);
    QFETCH(bool, unreadList);
    QFETCH(bool, closed);

    const Chat chat = makeChat(1, state, unread);
    QCOMPARE(bp::inList(chat, ChatList::Open), open);
    QCOMPARE(bp::inList(chat, ChatList::Unread), unreadList);
    QCOMPARE(bp::inList(chat, ChatList::Closed), closed);
    QVERIFY(bp::inList(chat, ChatList::All));
}

void TestChatList::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty matches all") << QString() << true;
    QTest::newRow("blank matches all") << u"   \t"_s << true;
    QTest::newRow("title exact") << u"Mária Šťastná"_s << true;
    QTest::newRow("title part") << u"šťast"_s << true;
    QTest::newRow("title other case") << u"MÁRIA"_s << true;
    QTest::newRow("title without accents does not match") << u"Stastna Maria"_s << false;
    QTest::newRow("username") << u"maria_"_s << true;
    QTest::newRow("username upper") << u"MARIA_S"_s << true;
    QTest::newRow("email") << u"@example.com"_s << true;
    QTest::newRow("email case") << u"maria.stastna@EXAMPLE"_s << true;
    QTest::newRow("trimmed") << u"  maria_s  "_s << true;
    QTest::newRow("phone as written") << u"555-01"_s << true;
    QTest::newRow("phone with plus") << u"+1 555"_s << true;
    QTest::newRow("phone digits only") << u"15550100"_s << true;
    QTest::newRow("phone spaced") << u"555 01"_s << true;
    QTest::newRow("phone other separators") << u"(555) 0100"_s << true;
    QTest::newRow("phone dotted") << u"1.555.0100"_s << true;
    QTest::newRow("phone digits not there") << u"555 02"_s << false;
    QTest::newRow("phone digits longer than phone") << u"155501000"_s << false;
    QTest::newRow("letters and digits not phone") << u"abc 555"_s << false;
    QTest::newRow("separators only") << u"- -"_s << false;
    QTest::newRow("no field") << u"john"_s << false;
    QTest::newRow("inner space kept") << u"maria s"_s << false;
}

void TestChatList::search()
{
    QFETCH(QString, search);
    QFETCH(bool, expected);
    const Chat chat = contact();
    QCOMPARE(bp::matchesSearch(chat, search), expected);

    ChatQuery query;
    query.list = ChatList::All;
    query.search = search;
    QCOMPARE(bp::matches(chat, query), expected);
}

void TestChatList::searchEmptyFields()
{
    Chat chat = makeChat(3);
    QVERIFY(bp::matchesSearch(chat, u""_s));
    QVERIFY(!bp::matchesSearch(chat, u"a"_s));
    QVERIFY(!bp::matchesSearch(chat, u"5"_s));
    chat.email = u"x@y.z"_s;
    QVERIFY(bp::matchesSearch(chat, u"Y.Z"_s));
    QVERIFY(!bp::matchesSearch(chat, u"5"_s));
    // Digits in the title match as plain text too.
    chat.title = u"Order 5123"_s;
    QVERIFY(bp::matchesSearch(chat, u"512"_s));
    QVERIFY(!bp::matchesSearch(chat, u"5 1 2 3 4"_s));
}

void TestChatList::filterChannel()
{
    Chat chat = makeChat(1);
    chat.channel = Channel::Instagram;
    ChatQuery query;
    QVERIFY(bp::matches(chat, query));
    query.channel = Channel::Instagram;
    QVERIFY(bp::matches(chat, query));
    query.channel = Channel::WhatsApp;
    QVERIFY(!bp::matches(chat, query));
    query.channel = Channel::Telegram; // the default channel of a Chat
    QVERIFY(!bp::matches(chat, query));
}

void TestChatList::filterType()
{
    Chat chat = makeChat(1);
    chat.type = ChatType::Group;
    ChatQuery query;
    QVERIFY(bp::matches(chat, query));
    query.type = ChatType::Group;
    QVERIFY(bp::matches(chat, query));
    query.type = ChatType::Personal;
    QVERIFY(!bp::matches(chat, query));
}

void TestChatList::filterAssignee()
{
    Chat mine = makeChat(1);
    mine.assigneeId = 42;
    Chat theirs = makeChat(2);
    theirs.assigneeId = 43;
    const Chat nobody = makeChat(3);

    ChatQuery query;
    query.assignee = AssigneeFilter::All;
    QVERIFY(bp::matches(mine, query));
    QVERIFY(bp::matches(theirs, query));
    QVERIFY(bp::matches(nobody, query));

    query.assignee = AssigneeFilter::Me;
    query.assigneeId = 42;
    QVERIFY(bp::matches(mine, query));
    QVERIFY(!bp::matches(theirs, query));
    QVERIFY(!bp::matches(nobody, query));

    query.assignee = AssigneeFilter::Agent;
    query.assigneeId = 43;
    QVERIFY(!bp::matches(mine, query));
    QVERIFY(bp::matches(theirs, query));
    QVERIFY(!bp::matches(nobody, query));

    // Me without a known current agent (id 0) matches nothing, not the unassigned.
    query.assignee = AssigneeFilter::Me;
    query.assigneeId = 0;
    QVERIFY(!bp::matches(mine, query));
    QVERIFY(!bp::matches(nobody, query));

    query.assignee = AssigneeFilter::Unassigned;
    query.assigneeId = 42; // ignored
    QVERIFY(!bp::matches(mine, query));
    QVERIFY(!bp::matches(theirs, query));
    QVERIFY(bp::matches(nobody, query));
}

void TestChatList::filtersCombine()
{
    Chat chat = contact();
    chat.channel = Channel::WhatsApp;
    chat.type = ChatType::Personal;
    chat.assigneeId = 5;
    chat.unreadCount = 2;

    ChatQuery query;
    query.list = ChatList::Unread;
    query.channel = Channel::WhatsApp;
    query.type = ChatType::Personal;
    query.assignee = AssigneeFilter::Me;
    query.assigneeId = 5;
    query.search = u"555 01"_s;
    QVERIFY(bp::matches(chat, query));

    // Each filter alone can exclude the chat.
    {
        ChatQuery q = query;
        q.list = ChatList::Closed;
        QVERIFY(!bp::matches(chat, q));
    }
    {
        ChatQuery q = query;
        q.channel = Channel::Viber;
        QVERIFY(!bp::matches(chat, q));
    }
    {
        ChatQuery q = query;
        q.type = ChatType::Group;
        QVERIFY(!bp::matches(chat, q));
    }
    {
        ChatQuery q = query;
        q.assignee = AssigneeFilter::Unassigned;
        QVERIFY(!bp::matches(chat, q));
    }
    {
        ChatQuery q = query;
        q.search = u"nobody"_s;
        QVERIFY(!bp::matches(chat, q));
    }
    {
        Chat read = chat;
        read.unreadCount = 0;
        QVERIFY(!bp::matches(read, query));
    }
}

void TestChatList::defaultQuery()
{
    // The default query is the Open list with no other filter.
    const ChatQuery query;
    QVERIFY(bp::matches(makeChat(1, ChatState::Open), query));
    QVERIFY(bp::matches(makeChat(2, ChatState::Open, 9), query));
    QVERIFY(!bp::matches(makeChat(3, ChatState::Closed), query));
}

void TestChatList::counts()
{
    ListCounts counts;
    bp::count(makeChat(1, ChatState::Open, 0), counts);
    QCOMPARE(counts, (ListCounts{1, 0, 0, 1}));
    bp::count(makeChat(2, ChatState::Open, 3), counts);
    QCOMPARE(counts, (ListCounts{2, 1, 0, 2}));
    bp::count(makeChat(3, ChatState::Closed, 0), counts);
    QCOMPARE(counts, (ListCounts{2, 1, 1, 3}));
    bp::count(makeChat(4, ChatState::Closed, 5), counts);
    QCOMPARE(counts, (ListCounts{2, 1, 2, 4}));
    QCOMPARE(counts.open, 2);
    QCOMPARE(counts.unread, 1);
    QCOMPARE(counts.closed, 2);
    QCOMPARE(counts.all, 4);
}

void TestChatList::countsMatchLists()
{
    QList<Chat> chats;
    for (qint64 i = 1; i <= 30; ++i)
        chats.append(makeChat(i, i % 3 == 0 ? ChatState::Closed : ChatState::Open, i % 4));
    ListCounts counts;
    for (const Chat& chat : chats)
        bp::count(chat, counts);
    const auto inListCount = [&chats](ChatList list) {
        return qint64(std::count_if(chats.cbegin(), chats.cend(),
                                    [list](const Chat& c) { return bp::inList(c, list); }));
    };
    QCOMPARE(counts.open, inListCount(ChatList::Open));
    QCOMPARE(counts.unread, inListCount(ChatList::Unread));
    QCOMPARE(counts.closed, inListCount(ChatList::Closed));
    QCOMPARE(counts.all, qint64(chats.size()));
    QCOMPARE(counts.open + counts.closed, counts.all);
    QCOMPARE(counts.open, 20);
    QCOMPARE(counts.closed, 10);
}

void TestChatList::sortOrder()
{
    Chat older = makeChat(1);
    older.lastActivityAt = kBase;
    Chat newer = makeChat(2);
    newer.lastActivityAt = kBase.addSecs(60);
    Chat newestLowId = makeChat(3);
    newestLowId.lastActivityAt = kBase.addSecs(3600);
    Chat newestHighId = makeChat(9);
    newestHighId.lastActivityAt = kBase.addSecs(3600);
    // The same instant written in another offset ties with newestLowId.
    Chat newestOtherZone = makeChat(5);
    newestOtherZone.lastActivityAt = kBase.addSecs(3600).toOffsetFromUtc(-5 * 3600);
    Chat oneMsNewer = makeChat(4);
    oneMsNewer.lastActivityAt = kBase.addMSecs(1);

    QVERIFY(bp::sortsBefore(newer, older));
    QVERIFY(!bp::sortsBefore(older, newer));
    QVERIFY(bp::sortsBefore(newestHighId, newestLowId));
    QVERIFY(!bp::sortsBefore(newestLowId, newestHighId));
    QVERIFY(bp::sortsBefore(oneMsNewer, older));

    QList<Chat> chats{older, newestLowId, oneMsNewer, newer, newestOtherZone, newestHighId};
    std::sort(chats.begin(), chats.end(), bp::sortsBefore);
    QCOMPARE(ids(chats), (QList<qint64>{9, 5, 3, 2, 4, 1}));
}

void TestChatList::sortIsStrictWeakOrder()
{
    // std::sort needs a strict weak order: irreflexive, asymmetric, transitive.
    QList<Chat> chats;
    for (qint64 id = 1; id <= 12; ++id) {
        Chat chat = makeChat(id);
        chat.lastActivityAt = kBase.addSecs((id % 4) * 60); // several ties per time
        chats.append(chat);
    }
    for (const Chat& a : chats) {
        QVERIFY(!bp::sortsBefore(a, a));
        for (const Chat& b : chats) {
            if (a.id != b.id)
                QVERIFY(bp::sortsBefore(a, b) != bp::sortsBefore(b, a)); // total: ids differ
            for (const Chat& c : chats) {
                if (bp::sortsBefore(a, b) && bp::sortsBefore(b, c))
                    QVERIFY(bp::sortsBefore(a, c));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestChatList)
#include "tst_chatlist.moc"
