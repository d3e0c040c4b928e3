#pragma once

#include <QDateTime>

namespace baton::server {

class ChatStore;
class Database;
class MessageStore;
class WorkspaceStore;

// Seeds the demo workspaces "Acme" and "Globex" when the database holds no
// workspace yet, so running `batond --demo` twice keeps the first data.
// Returns true if it seeded. Everything is derived from fixed tables and
// the index of each row, so two seeds differ only in their timestamps.
bool seedDemo(Database& db, WorkspaceStore& workspaces, ChatStore& chats, MessageStore& messages,
              const QDateTime& now);

} // namespace baton::server
