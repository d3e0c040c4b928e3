#pragma once

#include "caller.h"
#include "eventstore.h"

#include <protocol/note.h>
#include <protocol/requests.h>

#include <QDateTime>

namespace baton::server {

class ChatStore;
class Database;
class EventHub;

struct NoteResult {
    protocol::Note note;
    bool created = false; // false: a replay of an earlier POST with the same X-Client-Id
};

// Private notes on chats. Anyone in the workspace reads them; the author or
// an admin edits and deletes. POST is idempotent for 24 hours when the
// request carries X-Client-Id.
class NoteService {
public:
    NoteService(Database& db, ChatStore& chats, EventStore& events, EventHub& hub)
        : db_(db)
        , chats_(chats)
        , events_(events)
        , hub_(hub)
    {}

    QList<protocol::Note> list(const Caller& caller, qint64 chatId) const;
    // 404 unless the note is in the caller's workspace.
    protocol::Note get(const Caller& caller, qint64 noteId) const;
    NoteResult create(const Caller& caller, qint64 chatId, const protocol::NoteRequest& request,
                      const QDateTime& now);
    protocol::Note edit(const Caller& caller, qint64 noteId, const protocol::NoteRequest& request,
                        const QDateTime& now);
    void remove(const Caller& caller, qint64 noteId, const QDateTime& now);

private:
    std::optional<protocol::Note> load(qint64 workspaceId, qint64 noteId) const;
    static void requireAuthorOrAdmin(const Caller& caller, const protocol::Note& note);

    Database& db_;
    ChatStore& chats_;
    EventStore& events_;
    EventHub& hub_;
};

} // namespace baton::server
