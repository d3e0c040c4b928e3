// Message history and idempotent agent sends: 201/200/409, the 512
// code-point limit, opening the chat and the manual-message snooze.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/event.h>
#include <protocol/message.h>

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void historyIsPagedOldestFirst();
    void sendIsIdempotent();
    void sendWritesEventsWithTheOrigin();
    void textLimitIs512CodePoints();
    void previewIsCutTo200CodePoints();
    void manualMessageSnoozesAnActiveBot();
    void manualMessageNeverWakesAnInactiveBot();
    void writingInAClosedChatOpensIt();
    void badSendsAreRefused();
    void otherWorkspacesCannotSend();

private:
    QList<Chat> chats(HttpClient& http);
    Reply send(HttpClient& http, qint64 chatId, const QString& clientId, const QString& text);

    BatondProcess server_;
};

void TestMessages::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
}

void TestMessages::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

QList<Chat> TestMessages::chats(HttpClient& http)
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page = decode<ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    return page ? page->chats : QList<Chat>{};
}

Reply TestMessages::send(HttpClient& http, qint64 chatId, const QString& clientId,
                         const QString& text)
{
    return http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(clientId),
                    QJsonObject{{u"text"_s, text}});
}

void TestMessages::historyIsPagedOldestFirst()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats(http).constFirst().id;
    const QString path = u"/api/v1/chats/%1/messages"_s.arg(chatId);
    const auto all = decode<MessagePage>(http.get(path).json);
    QVERIFY(all.ok());
    QVERIFY(all->messages.size() >= 2);
    QVERIFY(!all->hasMore);
    for (qsizetype i = 1; i < all->messages.size(); ++i)
        QVERIFY(all->messages.at(i - 1).id < all->messages.at(i).id);
    for (const Message& m : all->messages)
        QCOMPARE(m.chatId, chatId);

    QUrlQuery newest;
    newest.addQueryItem(u"limit"_s, u"1"_s);
    const auto one = decode<MessagePage>(http.get(path, newest).json);
    QCOMPARE(one->messages.size(), 1);
    QVERIFY(one->hasMore);
    QCOMPARE(one->messages.constFirst().id, all->messages.constLast().id);

    QUrlQuery older;
    older.addQueryItem(u"before"_s, QString::number(all->messages.constLast().id));
    const auto rest = decode<MessagePage>(http.get(path, older).json);
    QCOMPARE(rest->messages.size(), all->messages.size() - 1);
    QCOMPARE(http.get(u"/api/v1/chats/999999/messages"_s).status, 404);
}

void TestMessages::sendIsIdempotent()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats(http).at(2).id;
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const Reply first = send(http, chatId, clientId, u"Hello there 👋"_s);
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    const auto message = decode<Message>(first.json);
    QVERIFY2(message.ok(), qPrintable(message.error.field + u": "_s + message.error.message));
    QCOMPARE(message->text, u"Hello there 👋"_s);
    QCOMPARE(message->clientId, clientId);
    QCOMPARE(message->source, MessageSource::Agent);
    QCOMPARE(message->agentId, std::optional<qint64>(1));

    const qint64 afterFirst = http.eventHead();
    const Reply repeat = send(http, chatId, clientId, u"Hello there 👋"_s);
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.json, first.json);
    QCOMPARE(http.eventHead(), afterFirst);

    const Reply other = send(http, chatId, clientId, u"Something else"_s);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), u"conflict"_s);
    QCOMPARE(other.errorField(), u"client_id"_s);
    // The same id in another chat is the same key: a conflict too.
    QCOMPARE(send(http, chats(http).at(3).id, clientId, u"Hello there 👋"_s).status, 409);
    // Upper case is the same UUID.
    QCOMPARE(send(http, chatId, clientId.toUpper(), u"Hello there 👋"_s).status, 200);

    // Exactly one copy in the history.
    const auto page =
        decode<MessagePage>(http.get(u"/api/v1/chats/%1/messages"_s.arg(chatId)).json);
    int copies = 0;
    for (const Message& m : page->messages)
        copies += m.clientId == clientId ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestMessages::sendWritesEventsWithTheOrigin()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    http.setClientId(u"bob-desktop"_s);
    const qint64 chatId = chats(http).at(4).id;
    const qint64 before = http.eventHead();
    const Reply sent =
        send(http, chatId, QUuid::createUuid().toString(QUuid::WithoutBraces), u"On it!"_s);
    QCOMPARE(sent.status, 201);
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(before));
    const auto page = decode<EventPage>(http.get(u"/api/v1/events"_s, query).json);
    QVERIFY(page.ok());
    QVERIFY(!page->events.isEmpty());
    QCOMPARE(page->events.constFirst().type, EventType::MessageCreated);
    QCOMPARE(std::get<Message>(page->events.constFirst().payload).id,
             sent.json[u"id"_s].toInteger());
    QCOMPARE(page->events.constLast().type, EventType::ChatUpdated);
    const Chat chat = std::get<Chat>(page->events.constLast().payload);
    QVERIFY(chat.lastMessage.has_value());
    for (qsizetype i = 0; i < page->events.size(); ++i) {
        QCOMPARE(page->events.at(i).seq, before + 1 + i);
        QCOMPARE(page->events.at(i).origin.clientId, u"bob-desktop"_s);
    }
}

void TestMessages::textLimitIs512CodePoints()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats(http).at(6).id;
    // Emoji are two UTF-16 units but one code point each.
    QString emoji512;
    for (int i = 0; i < 512; ++i)
        emoji512 += u"😀"_s;
    const Reply ok = send(http, chatId, uuid(), emoji512);
    QVERIFY2(ok.status == 201, qPrintable(ok.describe()));
    const Reply tooLong = send(http, chatId, uuid(), emoji512 + u"a"_s);
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(tooLong.errorField(), u"text"_s);
    const Reply empty = send(http, chatId, uuid(), u"   "_s);
    QCOMPARE(empty.status, 422);
}

void TestMessages::previewIsCutTo200CodePoints()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats(http).at(2).id;
    // 301 code points, 601 UTF-16 units: unit 200 is the middle of a pair.
    QString text = u"a"_s;
    for (int i = 0; i < 300; ++i)
        text += u"😀"_s;
    const Reply sent = send(http, chatId, uuid(), text);
    QVERIFY2(sent.status == 201, qPrintable(sent.describe()));
    QCOMPARE(sent.json[u"text"_s].toString(), text);

    const QString expected = text.left(1 + 199 * 2);
    const auto chat = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(chatId)).json);
    QVERIFY(chat.ok());
    QVERIFY(chat->lastMessage.has_value());
    QCOMPARE(chat->lastMessage->text.size(), expected.size());
    QCOMPARE(chat->lastMessage->text, expected);
    bool listed = false;
    for (const Chat& c : chats(http)) {
        if (c.id == chatId) {
            listed = true;
            QCOMPARE(c.lastMessage->text, expected);
        }
    }
    QVERIFY(listed);

    // Exactly 200 code points stay whole.
    const QString exact = text.left(1 + 199 * 2);
    QCOMPARE(send(http, chatId, uuid(), exact).status, 201);
    const auto again = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(chatId)).json);
    QCOMPARE(again->lastMessage->text, exact);
    // Short texts are untouched.
    QCOMPARE(send(http, chatId, uuid(), u"short 👋"_s).status, 201);
    const auto shortOne = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(chatId)).json);
    QCOMPARE(shortOne->lastMessage->text, u"short 👋"_s);
}

void TestMessages::manualMessageSnoozesAnActiveBot()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QList<Chat> all = chats(http);
    const auto active = std::find_if(all.begin(), all.end(), [](const Chat& c) {
        return c.botStatus.state == BotState::Active && c.state == ChatState::Open;
    });
    QVERIFY(active != all.end());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(send(http, active->id, uuid(), u"Let me help"_s).status, 201);
    const auto chat = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(active->id)).json);
    QVERIFY(chat.ok());
    QCOMPARE(chat->botStatus.state, BotState::Snoozed);
    QCOMPARE(chat->botStatus.reason, BotStatusReason::ManualMessage);
    QCOMPARE(chat->botStatus.actor.agentId, std::optional<qint64>(1));
    QCOMPARE(chat->botStatus.version, active->botStatus.version + 1);
    QVERIFY(chat->botStatus.until.has_value());
    const qint64 minutes = before.secsTo(*chat->botStatus.until) / 60;
    QVERIFY2(minutes >= 59 && minutes <= 60, qPrintable(QString::number(minutes)));
    // The change shows in the history as a system line.
    const auto page =
        decode<MessagePage>(http.get(u"/api/v1/chats/%1/messages"_s.arg(active->id)).json);
    QCOMPARE(page->messages.constLast().kind, MessageKind::BotStatusChange);
    QCOMPARE(page->messages.constLast().source, MessageSource::System);

    // A second message moves the wake time forward, never back.
    QTest::qWait(20);
    QCOMPARE(send(http, active->id, uuid(), u"Still here"_s).status, 201);
    const auto later = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(active->id)).json);
    QVERIFY(*later->botStatus.until > *chat->botStatus.until);
    QCOMPARE(later->botStatus.version, chat->botStatus.version + 1);
}

void TestMessages::manualMessageNeverWakesAnInactiveBot()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QList<Chat> all = chats(http);
    const auto inactive = std::find_if(all.begin(), all.end(), [](const Chat& c) {
        return c.botStatus.state == BotState::Inactive;
    });
    QVERIFY(inactive != all.end());
    QCOMPARE(send(http, inactive->id, uuid(), u"Hello"_s).status, 201);
    const auto chat = decode<Chat>(http.get(u"/api/v1/chats/%1"_s.arg(inactive->id)).json);
    QCOMPARE(chat->botStatus, inactive->botStatus);
}

void TestMessages::writingInAClosedChatOpensIt()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"cruz@acme.test"_s).status, 200);
    const QList<Chat> all = chats(http);
    const auto closed = std::find_if(all.begin(), all.end(),
                                     [](const Chat& c) { return c.state == ChatState::Closed; });
    QVERIFY(closed != all.end());
    QCOMPARE(send(http, closed->id, uuid(), u"Following up"_s).status, 201);
    const Reply chat = http.get(u"/api/v1/chats/%1"_s.arg(closed->id));
    QCOMPARE(chat.json[u"state"_s].toString(), u"open"_s);
    QCOMPARE(chat.json[u"last_message"_s][u"source"_s].toString(), u"agent"_s);
}

void TestMessages::badSendsAreRefused()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats(http).at(8).id;
    const QString base = u"/api/v1/chats/%1/messages/"_s.arg(chatId);
    for (const QString& bad :
         {u"bad%20id"_s, u"limit-512"_s, u"0f8fad5b-d9cb-469f-a165-70867728950"_s,
          u"0f8fad5bd9cb469fa16570867728950e"_s}) {
        const Reply reply = http.put(base + bad, QJsonObject{{u"text"_s, u"x"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField(), u"client_id"_s);
    }
    const Reply wrongType = http.put(base + uuid(), QJsonObject{{u"text"_s, 5}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.errorField(), u"text"_s);
    const Reply badReply =
        http.put(base + uuid(), QJsonObject{{u"text"_s, u"x"_s}, {u"reply_to"_s, 999999}});
    QCOMPARE(badReply.status, 422);
    QCOMPARE(badReply.errorField(), u"reply_to"_s);
    QCOMPARE(http.send("PUT", base + uuid(), R"({"text":"x"})", "text/plain").status, 415);
}

void TestMessages::otherWorkspacesCannotSend()
{
    HttpClient acme(server_.url());
    QCOMPARE(acme.login(u"ann@acme.test"_s).status, 200);
    HttpClient globex(server_.url());
    QCOMPARE(globex.login(u"gail@globex.test"_s).status, 200);
    const qint64 acmeChat = chats(acme).constFirst().id;
    const QString id = uuid();
    const Reply foreign = send(globex, acmeChat, id, u"hi"_s);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.body, send(globex, 999999, id, u"hi"_s).body);
    QCOMPARE(globex.get(u"/api/v1/chats/%1/messages"_s.arg(acmeChat)).status, 404);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
