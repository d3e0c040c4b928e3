#pragma once

// Routes of the bot status, subscribers, notes, message actions and
// uploads (server engineer A). They are added to the Api's router
// (Api::mutableRouter()) and so get the same checks, authentication and
// JSON errors as every other route.

namespace baton::server {

class BotStatusService;
class MessageActionService;
class NoteService;
class Router;
class SubscriberService;
class UploadService;

// GET|PUT /api/v1/subscribers/{id}/bot-status, .../extend, .../continue,
// POST /api/v1/bot-status/bulk.
void addBotStatusRoutes(Router& router, BotStatusService& botStatus);
// GET /api/v1/subscribers/{id}, PUT .../tags, PUT|DELETE .../variables/{name},
// POST .../disable|enable, PATCH .../contact.
void addSubscriberRoutes(Router& router, SubscriberService& subscribers);
// GET|POST /api/v1/chats/{id}/notes, PATCH|DELETE /api/v1/notes/{id}.
void addNoteRoutes(Router& router, NoteService& notes);
// GET|PATCH|DELETE /api/v1/messages/{id}, POST /api/v1/messages/{id}/reactions.
void addMessageActionRoutes(Router& router, MessageActionService& messages);
// PUT /api/v1/uploads/{client_id}, GET /api/v1/attachments/{id}.
void addUploadRoutes(Router& router, UploadService& uploads);

} // namespace baton::server
