// Routes: private notes on a chat.
#include "conversationroutes.h"
#include "noteservice.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addNoteRoutes(Router& router, NoteService& notes)
{
    router.add(u"GET"_s, u"/api/v1/chats/{id}/notes"_s, Router::Access::Agent,
               [&notes](RequestContext& c) {
                   QJsonArray list;
                   for (const Note& n : notes.list(c.caller, c.id(u"id"_s)))
                       list.append(toJson(n));
                   return HttpResponse::json({{u"notes"_s, list}});
               });
    router.add(u"POST"_s, u"/api/v1/chats/{id}/notes"_s, Router::Access::Agent,
               [&notes](RequestContext& c) {
                   const qint64 chatId = c.id(u"id"_s);
                   notes.list(c.caller, chatId); // 404 before any body error
                   const auto body = readBody<NoteRequest>(c.request);
                   const NoteResult result = notes.create(c.caller, chatId, body, c.now);
                   return HttpResponse::json(toJson(result.note), result.created ? 201 : 200);
               });
    router.add(u"PATCH"_s, u"/api/v1/notes/{id}"_s, Router::Access::Agent,
               [&notes](RequestContext& c) {
                   const qint64 id = c.id(u"id"_s);
                   notes.get(c.caller, id);
                   const auto body = readBody<NoteRequest>(c.request);
                   return HttpResponse::json(toJson(notes.edit(c.caller, id, body, c.now)));
               });
    router.add(u"DELETE"_s, u"/api/v1/notes/{id}"_s, Router::Access::Agent,
               [&notes](RequestContext& c) {
                   notes.remove(c.caller, c.id(u"id"_s), c.now);
                   return HttpResponse::noContent();
               });
}

} // namespace baton::server
