// Chat lists, counts, filters, keyset paging, search, isolation and the
// chat state changes with the events they write, against a real batond.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"

#include <protocol/chatlist.h>
#include <protocol/event.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

ChatPage decodePage(const Reply& reply)
{
    const auto page = decode<ChatPage>(reply.json);
    if (!page)
        qWarning("undecodable page at %s: %s", qPrintable(page.error.field),
                 qPrintable(page.error.message));
    return page ? *page.value : ChatPage{};
}

QList<qint64> idsOf(const QList<Chat>& chats)
{
    QList<qint64> out;
    for (const Chat& chat : chats)
        out.append(chat.id);
    return out;
}

} // namespace

class TestChats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listsAndCountsFollowTheRules_data();
    void listsAndCountsFollowTheRules();
    void pagingVisitsEveryChatOnceInOrder();
    void searchFindsNameUsernameEmailAndPhone();
    void injectionStringsAreJustText();
    void invalidParametersAre400();
    void otherWorkspacesChatsAre404();
    void stateChangesWriteGaplessEvents();
    void unchangedStateWritesNoEvent();
    void readAndUnreadMoveTheCounts();
    void assigneeMustBeInTheWorkspace();
    void eventsAheadOfTheLogAskForResync();
    void cursorsBelongToTheirFilters();
    void repeatedOrEmptyParameters();
    // Last: it adds a chat.
    void pagesAreWrittenAsTheirJson();

private:
    // Every chat of the query, following next_cursor with a small page size.
    QList<Chat> fetchAll(HttpClient& http, QUrlQuery query, int pageSize = 7);
    QList<Chat> allChats(HttpClient& http);

    BatondProcess server_;
};

void TestChats::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    // Two events first, so "after" below is never 0 ("no data": resync).
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = allChats(http).constLast().id;
    QCOMPARE(http.post(u"/api/v1/chats/%1/unread"_s.arg(chatId)).status, 200);
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(chatId)).status, 200);
    QVERIFY(http.eventHead() >= 1);
}

void TestChats::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

QList<Chat> TestChats::fetchAll(HttpClient& http, QUrlQuery query, int pageSize)
{
    QList<Chat> out;
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    QString cursor;
    for (int guard = 0; guard < 100; ++guard) {
        QUrlQuery q = query;
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const Reply reply = http.get(u"/api/v1/chats"_s, q);
        if (reply.status != 200) {
            qWarning("list failed: %s", qPrintable(reply.describe()));
            return {};
        }
        const ChatPage page = decodePage(reply);
        out += page.chats;
        cursor = page.nextCursor;
        if (cursor.isEmpty())
            return out;
    }
    qWarning("paging did not end");
    return {};
}

QList<Chat> TestChats::allChats(HttpClient& http)
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    return fetchAll(http, query, 200);
}

void TestChats::listsAndCountsFollowTheRules_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QString>("search");

    for (const QString& list : {u"open"_s, u"unread"_s, u"closed"_s, u"all"_s}) {
        QTest::addRow("%s", qPrintable(list))
            << list << QString() << QString() << QString() << QString();
        QTest::addRow("%s telegram", qPrintable(list))
            << list << u"telegram"_s << QString() << QString() << QString();
        QTest::addRow("%s groups", qPrintable(list))
            << list << QString() << u"group"_s << QString() << QString();
        QTest::addRow("%s mine", qPrintable(list))
            << list << QString() << QString() << u"me"_s << QString();
        QTest::addRow("%s unassigned", qPrintable(list))
            << list << QString() << QString() << u"unassigned"_s << QString();
        QTest::addRow("%s cruz", qPrintable(list))
            << list << QString() << QString() << u"3"_s << QString();
        QTest::addRow("%s search", qPrintable(list))
            << list << QString() << QString() << QString() << u"an"_s;
        QTest::addRow("%s whatsapp mine search", qPrintable(list))
            << list << u"whatsapp"_s << QString() << u"me"_s << u"o"_s;
    }
}

void TestChats::listsAndCountsFollowTheRules()
{
    QFETCH(QString, list);
    QFETCH(QString, channel);
    QFETCH(QString, type);
    QFETCH(QString, assignee);
    QFETCH(QString, search);

    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    const qint64 bob = 2;
    const QList<Chat> all = allChats(http);
    QCOMPARE(all.size(), 300); // the demo's Acme chats

    // What the shared rules in protocol/chatlist.h say the answer must be.
    ChatQuery query;
    query.list = *enumFromString<ChatList>(list);
    if (!channel.isEmpty())
        query.channel = enumFromString<Channel>(channel);
    if (!type.isEmpty())
        query.type = enumFromString<ChatType>(type);
    if (assignee == u"me"_s) {
        query.assignee = AssigneeFilter::Me;
        query.assigneeId = bob;
    } else if (assignee == u"unassigned"_s) {
        query.assignee = AssigneeFilter::Unassigned;
    } else if (!assignee.isEmpty()) {
        query.assignee = AssigneeFilter::Agent;
        query.assigneeId = assignee.toLongLong();
    }
    query.search = search;
    QList<Chat> expected;
    ListCounts expectedCounts;
    for (const Chat& chat : all) {
        if (matches(chat, query))
            expected.append(chat);
        ChatQuery anyList = query;
        anyList.list = ChatList::All;
        if (matches(chat, anyList))
            count(chat, expectedCounts);
    }
    std::sort(expected.begin(), expected.end(), sortsBefore);

    QUrlQuery params;
    params.addQueryItem(u"list"_s, list);
    if (!channel.isEmpty())
        params.addQueryItem(u"channel"_s, channel);
    if (!type.isEmpty())
        params.addQueryItem(u"type"_s, type);
    if (!assignee.isEmpty())
        params.addQueryItem(u"assignee"_s, assignee);
    if (!search.isEmpty())
        params.addQueryItem(u"q"_s, search);
    QCOMPARE(idsOf(fetchAll(http, params, 5)), idsOf(expected));

    params.addQueryItem(u"limit"_s, u"3"_s);
    const Reply first = http.get(u"/api/v1/chats"_s, params);
    QCOMPARE(first.status, 200);
    const ChatPage page = decodePage(first);
    QCOMPARE(page.counts, expectedCounts);
    QCOMPARE(page.chats.size(), std::min<qsizetype>(3, expected.size()));
    QCOMPARE(page.nextCursor.isEmpty(), expected.size() <= 3);
}

void TestChats::pagingVisitsEveryChatOnceInOrder()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    const QList<Chat> paged = fetchAll(http, query, 7);
    QCOMPARE(paged.size(), 300);
    const QList<qint64> ids = idsOf(paged);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 300);
    QVERIFY(std::is_sorted(paged.begin(), paged.end(), sortsBefore));
    // The default list is Open and the default page 50.
    const Reply defaults = http.get(u"/api/v1/chats"_s);
    const ChatPage page = decodePage(defaults);
    QVERIFY(page.chats.size() <= 50);
    for (const Chat& chat : page.chats)
        QCOMPARE(chat.state, ChatState::Open);
}

void TestChats::searchFindsNameUsernameEmailAndPhone()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QList<Chat> all = allChats(http);
    const auto withEmail = std::find_if(all.begin(), all.end(), [](const Chat& c) {
        return !c.email.isEmpty() && !c.phone.isEmpty() && !c.username.isEmpty();
    });
    QVERIFY(withEmail != all.end());
    const Chat target = *withEmail;
    const QStringList searches{
        target.title.left(4).toUpper(),             // name, any case
        target.username.mid(1, 5),                  // username
        target.email.section(u'@', 0, 0).toUpper(), // email
        target.phone.right(7),                      // phone as written
        target.phone.right(4).insert(2, u' '),      // phone digits with a separator
    };
    for (const QString& search : searches) {
        QUrlQuery query;
        query.addQueryItem(u"list"_s, u"all"_s);
        query.addQueryItem(u"q"_s, search);
        const QList<qint64> found = idsOf(fetchAll(http, query, 200));
        QVERIFY2(found.contains(target.id), qPrintable(u"search '%1'"_s.arg(search)));
        QList<Chat> expected;
        for (const Chat& chat : all) {
            if (matchesSearch(chat, search))
                expected.append(chat);
        }
        QCOMPARE(found, idsOf(expected));
    }
    // Non-ASCII names fold case too.
    QUrlQuery accented;
    accented.addQueryItem(u"list"_s, u"all"_s);
    accented.addQueryItem(u"q"_s, u"MÜLLER"_s);
    const QList<Chat> muller = fetchAll(http, accented, 200);
    QVERIFY(!muller.isEmpty());
    for (const Chat& chat : muller)
        QVERIFY2(chat.title.contains(u"Müller"_s), qPrintable(chat.title));
}

void TestChats::injectionStringsAreJustText()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    for (const QString& evil :
         {u"'; DROP TABLE chats; --"_s, u"\" OR \"1\"=\"1"_s, u"' OR '1'='1"_s, u"%"_s, u"_"_s,
          u"!"_s, u"\\"_s, u"%' UNION SELECT * FROM agents --"_s}) {
        QUrlQuery query;
        query.addQueryItem(u"list"_s, u"all"_s);
        query.addQueryItem(u"q"_s, evil);
        const Reply reply = http.get(u"/api/v1/chats"_s, query);
        QVERIFY2(reply.status == 200, qPrintable(evil + u" "_s + reply.describe()));
        const ChatPage page = decodePage(reply);
        QVERIFY2(page.chats.isEmpty(), qPrintable(evil));
        QCOMPARE(page.counts, ListCounts{});
    }
    // The table is still there and whole.
    QCOMPARE(allChats(http).size(), 300);
}

void TestChats::invalidParametersAre400()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QList<QPair<QString, QString>> bad{
        {u"list"_s, u"inbox"_s},   {u"channel"_s, u"icq"_s},
        {u"type"_s, u"channel"_s}, {u"assignee"_s, u"bob"_s},
        {u"limit"_s, u"0"_s},      {u"limit"_s, u"1000"_s},
        {u"limit"_s, u"ten"_s},    {u"cursor"_s, u"bm90IGEgY3Vyc29y"_s},
        {u"cursor"_s, u"!!!"_s},
    };
    for (const auto& [key, value] : bad) {
        QUrlQuery query;
        query.addQueryItem(key, value);
        const Reply reply = http.get(u"/api/v1/chats"_s, query);
        QVERIFY2(reply.status == 400, qPrintable(key + u"="_s + value + u" "_s + reply.describe()));
        QCOMPARE(reply.errorCode(), u"invalid_field"_s);
        QCOMPARE(reply.errorField(), key);
    }
}

void TestChats::otherWorkspacesChatsAre404()
{
    HttpClient acme(server_.url());
    QCOMPARE(acme.login(u"ann@acme.test"_s).status, 200);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);

    const QList<Chat> acmeChats = allChats(acme);
    const QList<Chat> globexChats = allChats(globex);
    QCOMPARE(globexChats.size(), 4);
    for (const Chat& chat : globexChats)
        QVERIFY(!idsOf(acmeChats).contains(chat.id));

    const Chat acmeChat = acmeChats.constFirst();
    const Reply missing = globex.get(u"/api/v1/chats/999999"_s);
    QCOMPARE(missing.status, 404);
    const Reply foreign = globex.get(u"/api/v1/chats/%1"_s.arg(acmeChat.id));
    QCOMPARE(foreign.status, 404);
    // Exactly the same answer as an id that does not exist.
    QCOMPARE(foreign.body, missing.body);

    for (const QString& action : {u"close"_s, u"reopen"_s, u"read"_s, u"unread"_s}) {
        const Reply reply = globex.post(u"/api/v1/chats/%1/%2"_s.arg(acmeChat.id).arg(action));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, globex.post(u"/api/v1/chats/999999/%1"_s.arg(action)).body);
    }
    QCOMPARE(globex
                 .put(u"/api/v1/chats/%1/assignee"_s.arg(acmeChat.id),
                      QJsonObject{{u"agent_id"_s, QJsonValue::Null}})
                 .status,
             404);
    // Nothing changed on Acme's side.
    const Reply after = acme.get(u"/api/v1/chats/%1"_s.arg(acmeChat.id));
    QCOMPARE(after.status, 200);
    QCOMPARE(decode<Chat>(after.json).value, std::optional<Chat>(acmeChat));
    // Ids that cannot exist are simply not found.
    for (const QString& id : {u"abc"_s, u"0"_s, u"-1"_s, u"1.5"_s, u"99999999999999999999"_s})
        QCOMPARE(acme.get(u"/api/v1/chats/"_s + id).status, 404);
}

void TestChats::stateChangesWriteGaplessEvents()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    http.setClientId(u"client-state-1"_s);
    HttpClient bob(server_.url());
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    bob.setClientId(u"client-bob"_s);

    const QList<Chat> all = allChats(http);
    const auto open = std::find_if(all.begin(), all.end(), [](const Chat& c) {
        return c.state == ChatState::Open && c.unreadCount > 0 && !c.assigneeId;
    });
    QVERIFY(open != all.end());
    const qint64 id = open->id;
    const QString base = u"/api/v1/chats/%1"_s.arg(id);
    const qint64 before = http.eventHead();

    Reply r = http.post(base + u"/close"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"state"_s].toString(), u"closed"_s);
    r = bob.post(base + u"/reopen"_s);
    QCOMPARE(r.json[u"state"_s].toString(), u"open"_s);
    r = http.post(base + u"/read"_s);
    QCOMPARE(r.json[u"unread_count"_s].toInt(), 0);
    r = http.post(base + u"/unread"_s);
    QCOMPARE(r.json[u"unread_count"_s].toInt(), 1);
    r = http.put(base + u"/assignee"_s, QJsonObject{{u"agent_id"_s, 2}});
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.json[u"assignee_id"_s].toInt(), 2);
    r = bob.put(base + u"/assignee"_s, QJsonObject{{u"agent_id"_s, QJsonValue::Null}});
    QVERIFY(r.json[u"assignee_id"_s].isNull());

    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(before));
    const Reply events = http.get(u"/api/v1/events"_s, query);
    QCOMPARE(events.status, 200);
    const auto page = decode<EventPage>(events.json);
    QVERIFY2(page.ok(), qPrintable(page.error.field + u": "_s + page.error.message));
    QCOMPARE(page->head, before + 6);
    QCOMPARE(page->events.size(), 6);
    const QList<qint64> agents{1, 2, 1, 1, 1, 2};
    for (int i = 0; i < 6; ++i) {
        const Event& e = page->events.at(i);
        QCOMPARE(e.seq, before + 1 + i);
        QCOMPARE(e.type, EventType::ChatUpdated);
        QCOMPARE(e.origin.agentId, std::optional<qint64>(agents.at(i)));
        QCOMPARE(e.origin.clientId, agents.at(i) == 1 ? u"client-state-1"_s : u"client-bob"_s);
        QCOMPARE(std::get<Chat>(e.payload).id, id);
    }
    QCOMPARE(std::get<Chat>(page->events.at(0).payload).state, ChatState::Closed);
    QCOMPARE(std::get<Chat>(page->events.at(1).payload).state, ChatState::Open);
    QCOMPARE(std::get<Chat>(page->events.at(4).payload).assigneeId, std::optional<qint64>(2));
    QVERIFY(!std::get<Chat>(page->events.at(5).payload).assigneeId);
}

void TestChats::unchangedStateWritesNoEvent()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QList<Chat> all = allChats(http);
    const auto closed = std::find_if(all.begin(), all.end(),
                                     [](const Chat& c) { return c.state == ChatState::Closed; });
    QVERIFY(closed != all.end());
    const qint64 before = http.eventHead();
    const Reply r = http.post(u"/api/v1/chats/%1/close"_s.arg(closed->id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"state"_s].toString(), u"closed"_s);
    QCOMPARE(http.eventHead(), before);
    // The first read changes something only if there was something unread.
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(closed->id)).status, 200);
    const qint64 afterRead = before + (closed->unreadCount > 0 ? 1 : 0);
    QCOMPARE(http.eventHead(), afterRead);
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(closed->id)).status, 200);
    QCOMPARE(http.eventHead(), afterRead);
}

void TestChats::readAndUnreadMoveTheCounts()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"cruz@acme.test"_s).status, 200);
    const QList<Chat> all = allChats(http);
    const auto unread = std::find_if(all.begin(), all.end(), [](const Chat& c) {
        return c.state == ChatState::Open && c.unreadCount > 1;
    });
    QVERIFY(unread != all.end());
    const auto counts = [&] { return decodePage(http.get(u"/api/v1/chats"_s)).counts; };
    const ListCounts before = counts();
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(unread->id)).status, 200);
    QCOMPARE(counts().unread, before.unread - 1);
    QCOMPARE(counts().open, before.open);
    const Reply r = http.post(u"/api/v1/chats/%1/unread"_s.arg(unread->id));
    QCOMPARE(r.json[u"unread_count"_s].toInt(), 1);
    QCOMPARE(counts().unread, before.unread);
    // Marking an unread chat unread keeps its count.
    QCOMPARE(
        http.post(u"/api/v1/chats/%1/unread"_s.arg(unread->id)).json[u"unread_count"_s].toInt(), 1);
}

void TestChats::assigneeMustBeInTheWorkspace()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = allChats(http).constFirst().id;
    const QString path = u"/api/v1/chats/%1/assignee"_s.arg(chatId);
    const qint64 gail = 4; // Globex's agent
    const Reply foreign = http.put(path, QJsonObject{{u"agent_id"_s, gail}});
    QCOMPARE(foreign.status, 422);
    QCOMPARE(foreign.errorField(), u"agent_id"_s);
    const Reply missing = http.put(path, QJsonObject{{u"agent_id"_s, 9999}});
    QCOMPARE(missing.body, foreign.body);
    const Reply absent = http.put(path, QJsonObject{});
    QCOMPARE(absent.status, 400);
    QCOMPARE(absent.errorField(), u"agent_id"_s);
    const Reply wrongType = http.put(path, QJsonObject{{u"agent_id"_s, u"bob"_s}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.errorField(), u"agent_id"_s);
    QCOMPARE(http.put(u"/api/v1/chats/999999/assignee"_s, QJsonObject{{u"agent_id"_s, 2}}).status,
             404);
}

void TestChats::eventsAheadOfTheLogAskForResync()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 now = http.eventHead();
    for (const qint64 after : {qint64(0), now + 100}) {
        QUrlQuery query;
        query.addQueryItem(u"after"_s, QString::number(after));
        const Reply reply = http.get(u"/api/v1/events"_s, query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"resync"_s].toBool(), true);
        QCOMPARE(reply.json[u"events"_s].toArray().size(), 0);
        QCOMPARE(reply.json[u"head"_s].toInteger(), now);
    }
    QUrlQuery servable;
    servable.addQueryItem(u"after"_s, QString::number(now));
    const Reply none = http.get(u"/api/v1/events"_s, servable);
    QCOMPARE(none.json[u"resync"_s].toBool(), false);
    QUrlQuery bad;
    bad.addQueryItem(u"after"_s, u"-1"_s);
    QCOMPARE(http.get(u"/api/v1/events"_s, bad).status, 400);
}

void TestChats::cursorsBelongToTheirFilters()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"2"_s);
    const QString cursor = decodePage(http.get(u"/api/v1/chats"_s, query)).nextCursor;
    QVERIFY(!cursor.isEmpty());
    QUrlQuery same = query;
    same.addQueryItem(u"cursor"_s, cursor);
    QCOMPARE(http.get(u"/api/v1/chats"_s, same).status, 200);
    QUrlQuery other;
    other.addQueryItem(u"list"_s, u"open"_s);
    other.addQueryItem(u"cursor"_s, cursor);
    const Reply reply = http.get(u"/api/v1/chats"_s, other);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), u"cursor"_s);
}

void TestChats::repeatedOrEmptyParameters()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const Reply twice = http.get(u"/api/v1/chats"_s, QUrlQuery(u"list=all&list=open"_s));
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.errorField(), u"list"_s);
    // An empty value is the same as leaving the parameter out.
    const Reply empty = http.get(u"/api/v1/chats"_s, QUrlQuery(u"channel=&limit=&list="_s));
    QCOMPARE(empty.status, 200);
    QCOMPARE(decodePage(empty).chats, decodePage(http.get(u"/api/v1/chats"_s)).chats);
}

void TestChats::pagesAreWrittenAsTheirJson()
{
    // Pages and chats are written directly (protocol/chatwriter.h), not
    // through QJsonObject: the text must be what that encoder writes, with
    // the headers of every JSON answer, also for names that need escaping.
    const QString first = u"Zo\u00eb \"Q\" \\ tab\tline\n\u0001 \U0001F600 \u2028 \u6771\u4eac"_s;
    const Reply inbound =
        postChannel(server_.url(), 1, demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
                    {{u"external_id"_s, u"writer-escapes"_s},
                     {u"first_name"_s, first},
                     {u"last_name"_s, u"</script>"_s},
                     {u"text"_s, u"\"quoted\" \\ and \u00e9"_s}});
    QVERIFY2(inbound.status == 200 || inbound.status == 201, qPrintable(inbound.describe()));

    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const Reply reply = http.get(u"/api/v1/chats"_s, query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
    const ChatPage page = decodePage(reply);
    QCOMPARE(page.chats.size(), 200);
    QVERIFY(!page.nextCursor.isEmpty());
    QCOMPARE(reply.body, QJsonDocument(toJson(page)).toJson(QJsonDocument::Compact));

    // The newest chat is the one just written to.
    const Chat& newest = page.chats.constFirst();
    QCOMPARE(newest.title, first + u" </script>"_s);
    QVERIFY(newest.lastMessage);
    QCOMPARE(newest.lastMessage->text, u"\"quoted\" \\ and \u00e9"_s);
    const Reply one = http.get(u"/api/v1/chats/%1"_s.arg(newest.id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(one.body, QJsonDocument(toJson(newest)).toJson(QJsonDocument::Compact));
    const auto decoded = decode<Chat>(one.json);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded.value, newest);
}

QTEST_GUILESS_MAIN(TestChats)
#include "tst_chats.moc"
