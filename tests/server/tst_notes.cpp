// Private notes: create (idempotent with X-Client-Id), list oldest first,
// edit and delete by the author or an admin, the 2000 code-point limit,
// events and cross-workspace 404s.
#include "batondprocess.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/note.h>

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

Reply patchNote(HttpClient& http, qint64 id, const QString& text)
{
    return http.send("PATCH", u"/api/v1/notes/%1"_s.arg(id),
                     QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(), "application/json");
}

} // namespace

class TestNotes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createAndList();
    void clientIdMakesCreateIdempotent();
    void textLimits();
    void authorOrAdminEditsAndDeletes();
    void otherWorkspacesGet404();

private:
    BatondProcess server_;
    QList<Chat> chats_;
};

void TestNotes::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"list"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"20"_s);
    const auto page = decode<ChatPage>(http.get(u"/api/v1/chats"_s, query).json);
    QVERIFY(page.ok() && page->chats.size() >= 6);
    chats_ = page->chats;
    QCOMPARE(http.post(u"/api/v1/chats/%1/unread"_s.arg(chats_.constLast().id)).status, 200);
    QCOMPARE(http.post(u"/api/v1/chats/%1/read"_s.arg(chats_.takeLast().id)).status, 200);
}

void TestNotes::cleanupTestCase()
{
    QCOMPARE(server_.stop(), 0);
}

void TestNotes::createAndList()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"bob@acme.test"_s).status, 200);
    const qint64 me = http.get(u"/api/v1/me"_s).json[u"agent"_s][u"id"_s].toInteger();
    const qint64 chatId = chats_.takeFirst().id;
    const QString path = u"/api/v1/chats/%1/notes"_s.arg(chatId);
    const qint64 before = http.get(path).json[u"notes"_s].toArray().size();
    const qint64 seq = http.eventHead();
    const QString clientId = uuid();
    http.setClientId(clientId);

    Reply r = http.post(path, QJsonObject{{u"text"_s, u"Prefers the Packstation 📦"_s}});
    QCOMPARE(r.status, 201);
    const auto first = decode<Note>(r.json);
    QVERIFY(first.ok());
    QCOMPARE(first->chatId, chatId);
    QCOMPARE(first->authorId, me);
    QCOMPARE(first->text, u"Prefers the Packstation 📦"_s);
    QVERIFY(!first->updatedAt);
    http.setClientId({});
    r = http.post(path, QJsonObject{{u"text"_s, u"Second"_s}});
    QCOMPARE(r.status, 201);
    // Without X-Client-Id every call creates.
    r = http.post(path, QJsonObject{{u"text"_s, u"Second"_s}});
    QCOMPARE(r.status, 201);

    const QJsonArray notes = http.get(path).json[u"notes"_s].toArray();
    QCOMPARE(notes.size(), before + 3);
    for (qsizetype i = 1; i < notes.size(); ++i)
        QVERIFY(notes.at(i)[u"id"_s].toInteger() > notes.at(i - 1)[u"id"_s].toInteger());
    QCOMPARE(notes.at(before).toObject(), toJson(*first));

    const auto events = http.eventsAfter(seq);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"note.created"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"note"_s].toObject(), toJson(*first));
    QCOMPARE(events.at(0)[u"origin"_s][u"client_id"_s].toString(), clientId);
    QCOMPARE(events.at(0)[u"origin"_s][u"agent_id"_s].toInteger(), me);
    QCOMPARE(http.get(u"/api/v1/chats/999999999/notes"_s).status, 404);
    QCOMPARE(http.post(u"/api/v1/chats/999999999/notes"_s, QJsonObject{}).status, 404);
}

void TestNotes::clientIdMakesCreateIdempotent()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats_.takeFirst().id;
    const QString path = u"/api/v1/chats/%1/notes"_s.arg(chatId);
    const qsizetype existing = http.get(path).json[u"notes"_s].toArray().size();
    http.setClientId(uuid());
    const Reply created = http.post(path, QJsonObject{{u"text"_s, u"Call back at 5"_s}});
    QCOMPARE(created.status, 201);
    const qint64 seq = http.eventHead();
    // A retry: the same note, 200, no event.
    const Reply replay = http.post(path, QJsonObject{{u"text"_s, u"Call back at 5"_s}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json, created.json);
    QCOMPARE(http.eventHead(), seq);
    // The same key with another body (or chat) is a conflict.
    Reply r = http.post(path, QJsonObject{{u"text"_s, u"Call back at 6"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorField(), u"X-Client-Id"_s);
    r = http.post(u"/api/v1/chats/%1/notes"_s.arg(chats_.constFirst().id),
                  QJsonObject{{u"text"_s, u"Call back at 5"_s}});
    QCOMPARE(r.status, 409);
    // The replay answers the note as it is now.
    const qint64 noteId = created.json[u"id"_s].toInteger();
    QCOMPARE(patchNote(http, noteId, u"Call back at 5:30"_s).status, 200);
    r = http.post(path, QJsonObject{{u"text"_s, u"Call back at 5"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"text"_s].toString(), u"Call back at 5:30"_s);
    // Once deleted, a replay is 404, not a new note.
    QCOMPARE(http.send("DELETE", u"/api/v1/notes/%1"_s.arg(noteId), {}, {}).status, 204);
    r = http.post(path, QJsonObject{{u"text"_s, u"Call back at 5"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(http.get(path).json[u"notes"_s].toArray().size(), existing);
    http.setClientId(u"not a valid key!"_s);
    QCOMPARE(http.post(path, QJsonObject{{u"text"_s, u"x"_s}}).status, 400);
}

void TestNotes::textLimits()
{
    HttpClient http(server_.url());
    QCOMPARE(http.login(u"ann@acme.test"_s).status, 200);
    const QString path = u"/api/v1/chats/%1/notes"_s.arg(chats_.takeFirst().id);
    const qsizetype existing = http.get(path).json[u"notes"_s].toArray().size();
    // 2000 code points, emoji counted as one each.
    const QString emoji = u"🙂"_s;
    QString max;
    for (int i = 0; i < 2000; ++i)
        max += emoji;
    Reply r = http.post(path, QJsonObject{{u"text"_s, max}});
    QCOMPARE(r.status, 201);
    const qint64 id = r.json[u"id"_s].toInteger();
    r = http.post(path, QJsonObject{{u"text"_s, QString(max + u"x"_s)}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"text"_s);
    r = http.post(path, QJsonObject{{u"text"_s, QString(2001, u'a')}});
    QCOMPARE(r.status, 422);
    for (const QString& blank : {u""_s, u"  \n "_s}) {
        r = http.post(path, QJsonObject{{u"text"_s, blank}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), u"text"_s);
    }
    QCOMPARE(http.post(path, QJsonObject{{u"body"_s, u"x"_s}}).status, 400);
    r = patchNote(http, id, QString(2001, u'a'));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorField(), u"text"_s);
    QCOMPARE(http.get(path).json[u"notes"_s].toArray().size(), existing + 1);
}

void TestNotes::authorOrAdminEditsAndDeletes()
{
    HttpClient ann(server_.url()); // admin
    HttpClient bob(server_.url());
    HttpClient cruz(server_.url());
    QCOMPARE(ann.login(u"ann@acme.test"_s).status, 200);
    QCOMPARE(bob.login(u"bob@acme.test"_s).status, 200);
    QCOMPARE(cruz.login(u"cruz@acme.test"_s).status, 200);
    const qint64 chatId = chats_.takeFirst().id;
    const QString path = u"/api/v1/chats/%1/notes"_s.arg(chatId);
    const qsizetype existing = bob.get(path).json[u"notes"_s].toArray().size();
    const auto bobs = decode<Note>(bob.post(path, QJsonObject{{u"text"_s, u"Bob's"_s}}).json);
    const auto cruzs = decode<Note>(cruz.post(path, QJsonObject{{u"text"_s, u"Cruz's"_s}}).json);
    QVERIFY(bobs.ok() && cruzs.ok());

    // Another agent may neither edit nor delete.
    Reply r = patchNote(cruz, bobs->id, u"hijacked"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    QCOMPARE(cruz.send("DELETE", u"/api/v1/notes/%1"_s.arg(bobs->id), {}, {}).status, 403);

    // The author edits: updated_at set, note.updated.
    qint64 seq = bob.eventHead();
    r = patchNote(bob, bobs->id, u"Bob's, edited"_s);
    QCOMPARE(r.status, 200);
    const auto edited = decode<Note>(r.json);
    QCOMPARE(edited->text, u"Bob's, edited"_s);
    QVERIFY(edited->updatedAt);
    QCOMPARE(edited->createdAt, bobs->createdAt);
    auto events = bob.eventsAfter(seq);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"note.updated"_s);
    QCOMPARE(events.at(0)[u"data"_s][u"note"_s].toObject(), r.json);
    // The same text: nothing.
    seq = bob.eventHead();
    QCOMPARE(patchNote(bob, bobs->id, u"Bob's, edited"_s).status, 200);
    QCOMPARE(bob.eventHead(), seq);

    // An admin may edit and delete anyone's note.
    QCOMPARE(patchNote(ann, cruzs->id, u"Checked by Ann"_s).status, 200);
    QCOMPARE(ann.send("DELETE", u"/api/v1/notes/%1"_s.arg(cruzs->id), {}, {}).status, 204);

    // The author deletes: 204, note.deleted, then 404.
    seq = bob.eventHead();
    r = bob.send("DELETE", u"/api/v1/notes/%1"_s.arg(bobs->id), {}, {});
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    events = bob.eventsAfter(seq);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[u"type"_s].toString(), u"note.deleted"_s);
    QCOMPARE(events.at(0)[u"data"_s].toObject(),
             (QJsonObject{{u"note_id"_s, bobs->id}, {u"chat_id"_s, chatId}}));
    QCOMPARE(bob.send("DELETE", u"/api/v1/notes/%1"_s.arg(bobs->id), {}, {}).status, 404);
    QCOMPARE(patchNote(bob, bobs->id, u"x"_s).status, 404);
    QCOMPARE(bob.get(path).json[u"notes"_s].toArray().size(), existing);
}

void TestNotes::otherWorkspacesGet404()
{
    HttpClient ann(server_.url());
    QCOMPARE(ann.login(u"ann@acme.test"_s).status, 200);
    const qint64 chatId = chats_.takeFirst().id;
    const QString path = u"/api/v1/chats/%1/notes"_s.arg(chatId);
    const auto note = decode<Note>(ann.post(path, QJsonObject{{u"text"_s, u"Acme only"_s}}).json);
    QVERIFY(note.ok());
    const qsizetype existing = ann.get(path).json[u"notes"_s].toArray().size();

    HttpClient gail(server_.url());
    QCOMPARE(gail.login(u"gail@globex.test"_s).status, 200);
    const Reply noChat = gail.get(u"/api/v1/chats/999999999/notes"_s);
    const Reply noNote = patchNote(gail, 999999999, u"x"_s);
    QCOMPARE(noChat.status, 404);
    QCOMPARE(noNote.status, 404);
    for (const Reply& r : {gail.get(path), gail.post(path, QJsonObject{{u"text"_s, u"x"_s}})}) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, noChat.json);
    }
    for (const Reply& r : {patchNote(gail, note->id, u"x"_s),
                           gail.send("DELETE", u"/api/v1/notes/%1"_s.arg(note->id), {}, {})}) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, noNote.json);
    }
    QCOMPARE(ann.get(path).json[u"notes"_s].toArray().size(), existing);
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
