// One message by id, editing and deleting one's own Telegram messages
// within 48 hours (the window is crossed with a restart under a moved
// clock), reactions, events and cross-workspace 404s.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/message.h>

#include <QJsonArray>
#include <QJsonDocument>
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

Reply patchText(HttpClient& http, qint64 id, const QString& text)
{
    return http.send("PATCH", u"/api/v1/messages/%1"_s.arg(id),
                     QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(), "application/json");
}

Reply react(HttpClient& http, qint64 id, const QString& emoji)
{
    return http.post(u"/api/v1/messages/%1/reactions"_s.arg(id), QJsonObject{{u"emoji"_s, emoji}});
}

} // namespace

class TestMessageActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void getById();
    void editOwnTelegramMessage();
    void deleteKeepsTheMessageAndMovesThePreview();
    void onlyTelegram();
    void reactions();
    void fortyEightHoursLater();
    void otherWorkspacesGet404();

private:
    Chat chat(Channel channel);
    Message send(HttpClient& http, const Chat& chat, const QString& text);

    BatondProcess server_;
    std::unique_ptr<HttpClient> ann_;
    std::unique_ptr<HttpClient> bob_;
    QList<Chat> chats_;
};

void TestMessageActions::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    ann_ = std::make_unique<HttpClient>(server_.url());
    bob_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(ann_->login(u"ann@acme.test"_s).status, 200);
    QCOMPARE(bob_->login(u"bob@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    const auto page = decode<ChatPage>(ann_->get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok());
    for (const Chat& c : page->chats) {
        const QJsonObject s = ann_->get(u"/api/v1/subscribers/%1"_s.arg(c.subscriberId)).json;
        if (s[u"status"_s].toString() == u"active"_s && c.type == ChatType::Personal)
            chats_.append(c);
    }
    QVERIFY(chats_.size() >= 8);
    QCOMPARE(ann_->post(u"/api/v1/chats/%1/unread"_s.arg(chats_.constLast().id)).status, 200);
    QCOMPARE(ann_->post(u"/api/v1/chats/%1/read"_s.arg(chats_.constLast().id)).status, 200);
}

void TestMessageActions::cleanupTestCase()
{
    ann_.reset();
    bob_.reset();
    QCOMPARE(server_.stop(), 0);
}

Chat TestMessageActions::chat(Channel channel)
{
    for (qsizetype i = 0; i < chats_.size(); ++i) {
        if (chats_.at(i).channel == channel)
            return chats_.takeAt(i);
    }
    qWarning() << "no chat left on" << enumName(channel);
    return {};
}

Message TestMessageActions::send(HttpClient& http, const Chat& c, const QString& text)
{
    const Reply r = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(c.id).arg(uuid()),
                             QJsonObject{{u"text"_s, text}});
    if (r.status != 201)
        qWarning() << "send failed:" << r.describe();
    const auto m = decode<Message>(r.json);
    return m ? *m.value : Message{};
}

void TestMessageActions::getById()
{
    const Chat c = chat(Channel::Telegram);
    const Message sent = send(*ann_, c, u"Looking into it"_s);
    QVERIFY(sent.id > 0);
    const Reply r = bob_->get(u"/api/v1/messages/%1"_s.arg(sent.id));
    QCOMPARE(r.status, 200);
    QCOMPARE(*decode<Message>(r.json), sent);
    QCOMPARE(bob_->get(u"/api/v1/messages/999999999"_s).status, 404);
    QCOMPARE(bob_->get(u"/api/v1/messages/x1"_s).status, 404);
}

void TestMessageActions::editOwnTelegramMessage()
{
    const Chat c = chat(Channel::Telegram);
    const Message sent = send(*ann_, c, u"Your parcel left today"_s);
    QVERIFY(sent.id > 0);
    const qint64 seq = ann_->eventHead();
    ann_->setClientId(uuid());
    Reply r = patchText(*ann_, sent.id, u"Your parcel left today 📦 Tracking: 0034"_s);
    ann_->setClientId({});
    QCOMPARE(r.status, 200);
    const auto edited = decode<Message>(r.json);
    QCOMPARE(edited->text, u"Your parcel left today 📦 Tracking: 0034"_s);
    QVERIFY(edited->editedAt);
    QCOMPARE(edited->createdAt, sent.createdAt);
    const auto events = ann_->eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"message.updated"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"message"_s].toObject(), r.json);
    // It is the chat's last message: the preview changes too.
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"chat.updated"_s);
    QCOMPARE(events.at(1)[u"data"_s][u"chat"_s][u"last_message"_s][u"text"_s].toString(),
             edited->text);

    // The same text again: 200, nothing.
    QCOMPARE(patchText(*ann_, sent.id, edited->text).status, 200);
    QCOMPARE(ann_->eventHead(), seq + 2);
    // Nobody edits another agent's words, admins included.
    const Message bobs = send(*bob_, c, u"Bob here"_s);
    r = patchText(*ann_, bobs.id, u"Ann here"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    QCOMPARE(ann_->send("DELETE", u"/api/v1/messages/%1"_s.arg(bobs.id), {}, {}).status, 403);
    // Nor the subscriber's or the bot's.
    const auto page = decode<MessagePage>(ann_->get(u"/api/v1/chats/%1/messages"_s.arg(c.id)).json);
    for (const Message& m : page->messages) {
        if (m.source == MessageSource::Subscriber) {
            QCOMPARE(patchText(*ann_, m.id, u"x"_s).status, 403);
            break;
        }
    }
    // Text rules of a send.
    r = patchText(*ann_, sent.id, QString(513, u'a'));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"text"_s);
    r = patchText(*ann_, sent.id, u"   "_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"text"_s);
    QCOMPARE(patchText(*ann_, sent.id, QString(512, u'a')).status, 200);
    QCOMPARE(
        ann_->send("PATCH", u"/api/v1/messages/%1"_s.arg(sent.id), "{}", "application/json").status,
        400);
}

void TestMessageActions::deleteKeepsTheMessageAndMovesThePreview()
{
    const Chat c = chat(Channel::Telegram);
    const Message first = send(*ann_, c, u"First"_s);
    const Message second = send(*ann_, c, u"Second"_s);
    const auto chatBefore = decode<Chat>(ann_->get(u"/api/v1/chats/%1"_s.arg(c.id)).json);
    QCOMPARE(chatBefore->lastMessage->text, u"Second"_s);
    const qint64 seq = ann_->eventHead();
    Reply r = ann_->send("DELETE", u"/api/v1/messages/%1"_s.arg(second.id), {}, {});
    QCOMPARE(r.status, 200);
    const auto deleted = decode<Message>(r.json);
    QVERIFY(deleted->deleted);
    QCOMPARE(deleted->text, u"Second"_s); // kept for the agents
    const auto events = ann_->eventsAfter(seq);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"message.updated"_s);
    QCOMPARE(events.at(1)[u"type"_s].toString(), u"chat.updated"_s);
    const auto chatAfter = decode<Chat>(ann_->get(u"/api/v1/chats/%1"_s.arg(c.id)).json);
    QCOMPARE(chatAfter->lastMessage->text, u"First"_s);
    QCOMPARE(chatAfter->lastActivityAt, chatBefore->lastActivityAt);
    // Still in the history, marked deleted.
    const auto page = decode<MessagePage>(ann_->get(u"/api/v1/chats/%1/messages"_s.arg(c.id)).json);
    bool found = false;
    for (const Message& m : page->messages) {
        if (m.id == second.id)
            found = m.deleted;
    }
    QVERIFY(found);
    // Again: 200, nothing; a deleted message cannot be edited.
    QCOMPARE(ann_->send("DELETE", u"/api/v1/messages/%1"_s.arg(second.id), {}, {}).status, 200);
    QCOMPARE(ann_->eventHead(), seq + 2);
    r = patchText(*ann_, second.id, u"Changed"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
    // Deleting an older message leaves the preview alone.
    QCOMPARE(ann_->send("DELETE", u"/api/v1/messages/%1"_s.arg(first.id), {}, {}).status, 200);
}

void TestMessageActions::onlyTelegram()
{
    const Chat c = chat(Channel::Viber);
    const Message sent = send(*ann_, c, u"Hello on Viber"_s);
    QVERIFY(sent.id > 0);
    Reply r = patchText(*ann_, sent.id, u"Edited"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
    r = ann_->send("DELETE", u"/api/v1/messages/%1"_s.arg(sent.id), {}, {});
    QCOMPARE(r.status, 422);
    // No reactions on Viber.
    r = react(*ann_, sent.id, u"👍"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
    QCOMPARE(decode<Message>(ann_->get(u"/api/v1/messages/%1"_s.arg(sent.id)).json)->text,
             u"Hello on Viber"_s);
}

void TestMessageActions::reactions()
{
    const qint64 me = ann_->get(u"/api/v1/me"_s).json[u"agent"_s][u"id"_s].toInteger();
    const Chat c = chat(Channel::Telegram);
    const Message sent = send(*bob_, c, u"Here is your code"_s);
    qint64 seq = ann_->eventHead();
    Reply r = react(*ann_, sent.id, u"👍🏽"_s);
    QCOMPARE(r.status, 200);
    auto m = decode<Message>(r.json);
    QCOMPARE(m->reactions.size(), 1);
    QCOMPARE(m->reactions.constFirst(), (Reaction{u"👍🏽"_s, Direction::Out, me}));
    auto events = ann_->eventsAfter(seq);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"message.updated"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"message"_s].toObject(), r.json);
    // The same again: nothing. Another one replaces it (one per side).
    seq = ann_->eventHead();
    QCOMPARE(react(*ann_, sent.id, u"👍🏽"_s).status, 200);
    QCOMPARE(ann_->eventHead(), seq);
    r = react(*ann_, sent.id, u"🎉"_s);
    m = decode<Message>(r.json);
    QCOMPARE(m->reactions.size(), 1);
    QCOMPARE(m->reactions.constFirst().emoji, u"🎉"_s);
    // "" removes it; removing none is a no-op.
    r = react(*ann_, sent.id, u""_s);
    QCOMPARE(r.status, 200);
    QVERIFY(decode<Message>(r.json)->reactions.isEmpty());
    seq = ann_->eventHead();
    QCOMPARE(react(*ann_, sent.id, u""_s).status, 200);
    QCOMPARE(ann_->eventHead(), seq);
    // Too long.
    r = react(*ann_, sent.id, QString(17, u'x'));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorField(), u"emoji"_s);
    // Not on a bot-status line.
    QJsonObject status = ann_->get(u"/api/v1/subscribers/%1/bot-status"_s.arg(c.subscriberId)).json;
    const QString path = u"/api/v1/subscribers/%1/bot-status"_s.arg(c.subscriberId);
    const QString target =
        status[u"state"_s].toString() == u"inactive"_s ? u"active"_s : u"inactive"_s;
    QCOMPARE(ann_->put(path, {{u"state"_s, target},
                              {u"base_version"_s, status[u"version"_s].toInteger()}})
                 .status,
             200);
    const auto page = decode<MessagePage>(ann_->get(u"/api/v1/chats/%1/messages"_s.arg(c.id)).json);
    const Message line = page->messages.constLast();
    QCOMPARE(line.kind, MessageKind::BotStatusChange);
    r = react(*ann_, line.id, u"👍"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
}

void TestMessageActions::fortyEightHoursLater()
{
    // A server of its own, restarted with its clock 48 hours ahead.
    BatondProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpClient http(server.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"channel"_s, u"telegram"_s);
    query.addQueryItem(u"limit"_s, u"50"_s);
    qint64 chatId = 0;
    const auto page = decode<ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok());
    for (const Chat& c : page->chats) {
        const QJsonObject s = http.get(u"/api/v1/subscribers/%1"_s.arg(c.subscriberId)).json;
        if (s[u"status"_s].toString() == u"active"_s && c.type == ChatType::Personal) {
            chatId = c.id;
            break;
        }
    }
    QVERIFY(chatId > 0);
    QList<qint64> ids;
    for (const QString& text : {u"one"_s, u"two"_s, u"three"_s}) {
        const Reply r = http.put(u"/api/v1/chats/%1/messages/%2"_s.arg(chatId).arg(uuid()),
                                 QJsonObject{{u"text"_s, text}});
        QCOMPARE(r.status, 201);
        ids.append(r.json[u"id"_s].toInteger());
    }
    // Edited and deleted while it was allowed.
    QCOMPARE(patchText(http, ids.at(0), u"one, edited"_s).status, 200);
    QCOMPARE(http.send("DELETE", u"/api/v1/messages/%1"_s.arg(ids.at(1)), {}, {}).status, 200);
    QCOMPARE(server.stop(), 0);

    server.setEnvironment(u"BATON_CLOCK_OFFSET_S"_s, QString::number(48 * 3600 + 5));
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpClient later(server.url());
    QCOMPARE(later.login(u"ann@acme.test"_s).status, 200);
    Reply r = patchText(later, ids.at(2), u"three, edited"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u""_s);
    r = later.send("DELETE", u"/api/v1/messages/%1"_s.arg(ids.at(2)), {}, {});
    QCOMPARE(r.status, 422);
    // Retries of what was done in time still answer 200.
    QCOMPARE(patchText(later, ids.at(0), u"one, edited"_s).status, 200);
    r = later.send("DELETE", u"/api/v1/messages/%1"_s.arg(ids.at(1)), {}, {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json[u"deleted"_s].toBool());
    QCOMPARE(later.get(u"/api/v1/messages/%1"_s.arg(ids.at(2))).json[u"text"_s].toString(),
             u"three"_s);
    QCOMPARE(server.stop(), 0);
}

void TestMessageActions::otherWorkspacesGet404()
{
    const Chat c = chat(Channel::Telegram);
    const Message sent = send(*ann_, c, u"Acme only"_s);
    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const Reply missing = gail.get(u"/api/v1/messages/999999999"_s);
    QCOMPARE(missing.status, 404);
    const QString path = u"/api/v1/messages/%1"_s.arg(sent.id);
    for (const Reply& r : {gail.get(path), patchText(gail, sent.id, u"x"_s),
                           gail.send("DELETE", path, {}, {}), react(gail, sent.id, u"👍"_s)}) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, missing.json);
    }
    QCOMPARE(*decode<Message>(ann_->get(path).json), sent);
}

QTEST_GUILESS_MAIN(TestMessageActions)
#include "tst_messageactions.moc"
