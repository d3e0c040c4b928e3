#pragma once

#include "httpclient.h"

#include <protocol/chat.h>

#include <QList>

// REST views of the server's state, paged to the end: the truth that
// client-side tests compare their caches against.
namespace baton::test {

// Every chat (list=all), in the server's order; empty on any failure.
QList<protocol::Chat> serverChats(HttpClient& http);
// Every message id of a chat, oldest first; empty on any failure.
QList<qint64> serverMessageIds(HttpClient& http, qint64 chatId);

// The demo seed writes no events; one change (chat 1 read, then unread
// again) makes "events after the head" servable. False on any failure.
bool startEventLog(HttpClient& http);

} // namespace baton::test
