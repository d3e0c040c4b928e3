#include "api.h"

using namespace Qt::StringLiterals;

namespace baton::app::api {

using net::RestRequest;

namespace {

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

RestRequest chat(qint64 chatId)
{
    return RestRequest::get(u"/api/v1/chats/"_s + id(chatId));
}

RestRequest closeChat(qint64 chatId)
{
    return RestRequest::post(u"/api/v1/chats/%1/close"_s.arg(chatId)).markIdempotent();
}

RestRequest reopenChat(qint64 chatId)
{
    return RestRequest::post(u"/api/v1/chats/%1/reopen"_s.arg(chatId)).markIdempotent();
}

RestRequest readChat(qint64 chatId)
{
    return RestRequest::post(u"/api/v1/chats/%1/read"_s.arg(chatId)).markIdempotent();
}

RestRequest unreadChat(qint64 chatId)
{
    return RestRequest::post(u"/api/v1/chats/%1/unread"_s.arg(chatId)).markIdempotent();
}

RestRequest assign(qint64 chatId, qint64 agentId)
{
    protocol::AssigneeRequest body;
    if (agentId != 0)
        body.agentId = agentId;
    return RestRequest::put(u"/api/v1/chats/%1/assignee"_s.arg(chatId), protocol::toJson(body))
        .markIdempotent();
}

RestRequest editMessage(qint64 messageId, const QString& text)
{
    return RestRequest::patch(u"/api/v1/messages/"_s + id(messageId),
                              protocol::toJson(protocol::EditMessageRequest{text}))
        .markIdempotent();
}

RestRequest deleteMessage(qint64 messageId)
{
    return RestRequest::del(u"/api/v1/messages/"_s + id(messageId)).markIdempotent();
}

RestRequest addNote(qint64 chatId, const QString& text, const QString& clientId)
{
    // With a client id a repeat answers the same note, so it may be retried.
    return RestRequest::post(u"/api/v1/chats/%1/notes"_s.arg(chatId),
                             protocol::toJson(protocol::NoteRequest{text}))
        .withClientId(clientId)
        .markIdempotent();
}

RestRequest editNote(qint64 noteId, const QString& text)
{
    return RestRequest::patch(u"/api/v1/notes/"_s + id(noteId),
                              protocol::toJson(protocol::NoteRequest{text}))
        .markIdempotent();
}

RestRequest deleteNote(qint64 noteId)
{
    // A repeat answers 404, which the caller treats as done.
    return RestRequest::del(u"/api/v1/notes/"_s + id(noteId)).markIdempotent();
}

RestRequest setBotStatus(qint64 subscriberId, const protocol::BotStatusRequest& request)
{
    // A repeat with the same state and until answers 200, not a conflict.
    return RestRequest::put(u"/api/v1/subscribers/%1/bot-status"_s.arg(subscriberId),
                            protocol::toJson(request))
        .markIdempotent();
}

RestRequest extendBot(qint64 subscriberId, int minutes)
{
    protocol::ExtendRequest body;
    body.minutes = minutes;
    return RestRequest::post(u"/api/v1/subscribers/%1/bot-status/extend"_s.arg(subscriberId),
                             protocol::toJson(body));
}

RestRequest continueBot(qint64 subscriberId)
{
    return RestRequest::post(u"/api/v1/subscribers/%1/bot-status/continue"_s.arg(subscriberId))
        .markIdempotent();
}

RestRequest bulkBotStatus(const protocol::BulkBotStatusRequest& request)
{
    return RestRequest::post(u"/api/v1/bot-status/bulk"_s, protocol::toJson(request))
        .markIdempotent();
}

RestRequest setTags(qint64 subscriberId, const QStringList& tags)
{
    return RestRequest::put(u"/api/v1/subscribers/%1/tags"_s.arg(subscriberId),
                            protocol::toJson(protocol::TagsRequest{tags}))
        .markIdempotent();
}

RestRequest setVariable(qint64 subscriberId, const QString& name,
                        const protocol::VariableValue& value)
{
    // Names are [A-Za-z_][A-Za-z0-9_]*: nothing to escape in the path.
    return RestRequest::put(u"/api/v1/subscribers/%1/variables/%2"_s.arg(subscriberId).arg(name),
                            protocol::toJson(protocol::VariableRequest{value}))
        .markIdempotent();
}

RestRequest setEnabled(qint64 subscriberId, bool enabled)
{
    return RestRequest::post(u"/api/v1/subscribers/%1/%2"_s.arg(subscriberId)
                                 .arg(enabled ? u"enable"_s : u"disable"_s))
        .markIdempotent();
}

RestRequest editContact(qint64 subscriberId, const protocol::ContactRequest& request)
{
    return RestRequest::patch(u"/api/v1/subscribers/%1/contact"_s.arg(subscriberId),
                              protocol::toJson(request))
        .markIdempotent();
}

RestRequest stopFlow(qint64 subscriberId)
{
    return RestRequest::del(u"/api/v1/subscribers/%1/flow"_s.arg(subscriberId)).markIdempotent();
}

RestRequest startFlow(qint64 subscriberId, qint64 flowId)
{
    return RestRequest::post(
        u"/api/v1/subscribers/%1/flows/%2/start"_s.arg(subscriberId).arg(flowId));
}

RestRequest searchFlows(const QString& text, qint64 botId)
{
    RestRequest r = RestRequest::get(u"/api/v1/flows"_s);
    if (!text.trimmed().isEmpty())
        r.addQuery(u"q"_s, text.trimmed());
    if (botId != 0)
        r.addQuery(u"bot_id"_s, id(botId));
    return r;
}

RestRequest pipelines()
{
    return RestRequest::get(u"/api/v1/pipelines"_s);
}

RestRequest deals(qint64 subscriberId)
{
    return RestRequest::get(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId));
}

RestRequest addDeal(qint64 subscriberId, const protocol::DealRequest& request,
                    const QString& clientId)
{
    return RestRequest::post(u"/api/v1/subscribers/%1/deals"_s.arg(subscriberId),
                             protocol::toJson(request))
        .withClientId(clientId)
        .markIdempotent();
}

RestRequest editDeal(qint64 dealId, const protocol::DealPatch& patch)
{
    return RestRequest::patch(u"/api/v1/deals/"_s + id(dealId), protocol::toJson(patch))
        .markIdempotent();
}

} // namespace baton::app::api
