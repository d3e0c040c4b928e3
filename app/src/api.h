#pragma once

// The REST requests the console sends for the agent's actions
// (docs/protocol.md section 5), built from net::RestRequest's factories.
// Requests the protocol lists as setting a state are marked idempotent so the
// RestClient may repeat them after an unknown outcome; extend and flow start
// are not.

#include <net/restclient.h>
#include <protocol/requests.h>

#include <QString>

namespace baton::app::api {

net::RestRequest chat(qint64 chatId);
net::RestRequest closeChat(qint64 chatId);
net::RestRequest reopenChat(qint64 chatId);
net::RestRequest readChat(qint64 chatId);
net::RestRequest unreadChat(qint64 chatId);
// agentId 0: unassign.
net::RestRequest assign(qint64 chatId, qint64 agentId);

net::RestRequest editMessage(qint64 messageId, const QString& text);
net::RestRequest deleteMessage(qint64 messageId);

net::RestRequest addNote(qint64 chatId, const QString& text, const QString& clientId);
net::RestRequest editNote(qint64 noteId, const QString& text);
net::RestRequest deleteNote(qint64 noteId);

net::RestRequest setBotStatus(qint64 subscriberId, const protocol::BotStatusRequest& request);
net::RestRequest extendBot(qint64 subscriberId, int minutes);
net::RestRequest continueBot(qint64 subscriberId);
net::RestRequest bulkBotStatus(const protocol::BulkBotStatusRequest& request);

net::RestRequest setTags(qint64 subscriberId, const QStringList& tags);
net::RestRequest setVariable(qint64 subscriberId, const QString& name,
                             const protocol::VariableValue& value);
net::RestRequest setEnabled(qint64 subscriberId, bool enabled);
net::RestRequest editContact(qint64 subscriberId, const protocol::ContactRequest& request);
net::RestRequest stopFlow(qint64 subscriberId);
net::RestRequest startFlow(qint64 subscriberId, qint64 flowId);
net::RestRequest searchFlows(const QString& text, qint64 botId);

net::RestRequest pipelines();
net::RestRequest deals(qint64 subscriberId);
net::RestRequest addDeal(qint64 subscriberId, const protocol::DealRequest& request,
                         const QString& clientId);
net::RestRequest editDeal(qint64 dealId, const protocol::DealPatch& patch);

} // namespace baton::app::api
