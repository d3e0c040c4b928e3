#include "apiutil.h"
#include "chatstore.h"
#include "crypto.h"
#include "database.h"
#include "eventhub.h"
#include "noteservice.h"
#include "sqlquery.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

// X-Client-Id keys of note creations are remembered this long.
constexpr std::chrono::hours kReplayWindow{24};

const QString kNoteColumns = u"id, chat_id, author_id, text, created_at, updated_at"_s;

Note readNote(const Query& q)
{
    Note n;
    n.id = q.integer(0);
    n.chatId = q.integer(1);
    n.authorId = q.integer(2);
    n.text = q.text(3);
    n.createdAt = q.time(4);
    n.updatedAt = q.optTime(5);
    return n;
}

QString requestHash(qint64 chatId, const NoteRequest& request)
{
    return crypto::sha256Hex(QByteArray::number(chatId) + '\n' + request.text.toUtf8());
}

} // namespace

std::optional<Note> NoteService::load(qint64 workspaceId, qint64 noteId) const
{
    Query q(db_, u"SELECT "_s + kNoteColumns + u" FROM notes WHERE workspace_id = ? AND id = ?"_s);
    q.bind(workspaceId).bind(noteId).exec();
    if (!q.next())
        return std::nullopt;
    return readNote(q);
}

Note NoteService::get(const Caller& caller, qint64 noteId) const
{
    const auto note = load(caller.workspaceId, noteId);
    if (!note)
        failNotFound(u"note"_s);
    return *note;
}

void NoteService::requireAuthorOrAdmin(const Caller& caller, const Note& note)
{
    if (note.authorId != caller.agentId && !caller.isAdmin())
        fail(ErrorCode::Forbidden, u"only the note's author or an admin may change it"_s);
}

QList<Note> NoteService::list(const Caller& caller, qint64 chatId) const
{
    if (!chats_.chat(caller.workspaceId, chatId))
        failNotFound(u"chat"_s);
    Query q(db_, u"SELECT "_s + kNoteColumns +
                     u" FROM notes WHERE workspace_id = ? AND chat_id = ? ORDER BY id"_s);
    q.bind(caller.workspaceId).bind(chatId).exec();
    QList<Note> out;
    while (q.next())
        out.append(readNote(q));
    return out;
}

NoteResult NoteService::create(const Caller& caller, qint64 chatId, const NoteRequest& request,
                               const QDateTime& now)
{
    StoredEvent event;
    Note note;
    {
        Transaction tx(db_);
        if (!chats_.chat(caller.workspaceId, chatId))
            failNotFound(u"chat"_s);
        const QString hash = requestHash(chatId, request);
        const QString& clientId = caller.clientId;
        if (!clientId.isEmpty()) {
            Query q(db_, u"SELECT note_id, request_hash, created_at FROM note_requests "
                         "WHERE workspace_id = ? AND client_id = ?"_s);
            q.bind(caller.workspaceId).bind(clientId).exec();
            if (q.next()) {
                const QDateTime seen = q.time(2);
                const qint64 windowSecs =
                    std::chrono::duration_cast<std::chrono::seconds>(kReplayWindow).count();
                if (seen.addSecs(windowSecs) > now) {
                    // A replay: the original answer, before any rule that may have changed.
                    if (q.text(1) != hash)
                        fail(ErrorCode::Conflict,
                             u"this X-Client-Id was used for a different note"_s, u"X-Client-Id"_s);
                    const auto original =
                        q.isNull(0) ? std::nullopt : load(caller.workspaceId, q.integer(0));
                    if (!original)
                        failNotFound(u"note"_s);
                    return {*original, false};
                }
                Query(db_, u"DELETE FROM note_requests WHERE workspace_id = ? AND client_id = ?"_s)
                    .bind(caller.workspaceId)
                    .bind(clientId)
                    .exec();
            }
        }
        if (const auto problem = validate(request))
            throw ApiFailure(*problem);
        note.chatId = chatId;
        note.authorId = caller.agentId;
        note.text = request.text;
        note.createdAt = now;
        {
            Query insert(db_, u"INSERT INTO notes (workspace_id, chat_id, author_id, text, "
                              "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
            insert.bind(caller.workspaceId)
                .bind(chatId)
                .bind(caller.agentId)
                .bind(note.text)
                .bind(now);
            note.id = scalar(insert);
        }
        if (!clientId.isEmpty()) {
            Query(db_, u"INSERT INTO note_requests (workspace_id, client_id, note_id, "
                       "request_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s)
                .bind(caller.workspaceId)
                .bind(clientId)
                .bind(note.id)
                .bind(hash)
                .bind(now)
                .exec();
        }
        event =
            events_.append(caller.workspaceId, EventType::NoteCreated, note, caller.origin(), now);
        tx.commit();
    }
    hub_.publish(event);
    return {note, true};
}

Note NoteService::edit(const Caller& caller, qint64 noteId, const NoteRequest& request,
                       const QDateTime& now)
{
    StoredEvent event;
    Note note;
    {
        Transaction tx(db_);
        note = get(caller, noteId);
        requireAuthorOrAdmin(caller, note);
        if (note.text == request.text)
            return note;
        if (const auto problem = validate(request))
            throw ApiFailure(*problem);
        Query(db_, u"UPDATE notes SET text = ?, updated_at = ? WHERE id = ?"_s)
            .bind(request.text)
            .bind(now)
            .bind(noteId)
            .exec();
        note.text = request.text;
        note.updatedAt = now;
        event =
            events_.append(caller.workspaceId, EventType::NoteUpdated, note, caller.origin(), now);
        tx.commit();
    }
    hub_.publish(event);
    return note;
}

void NoteService::remove(const Caller& caller, qint64 noteId, const QDateTime& now)
{
    StoredEvent event;
    {
        Transaction tx(db_);
        const Note note = get(caller, noteId);
        requireAuthorOrAdmin(caller, note);
        Query(db_, u"DELETE FROM notes WHERE id = ?"_s).bind(noteId).exec();
        event = events_.append(caller.workspaceId, EventType::NoteDeleted,
                               NoteDeleted{note.id, note.chatId}, caller.origin(), now);
        tx.commit();
    }
    hub_.publish(event);
}

} // namespace baton::server
