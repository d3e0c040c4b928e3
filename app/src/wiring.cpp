#include "api.h"
#include "wiring.h"

#include <models/chatlistmodel.h>
#include <models/outbox.h>
#include <models/subscribercard.h>
#include <protocol/flow.h>
#include <ui/chatlistpane.h>
#include <ui/composer.h>
#include <ui/conversationpane.h>
#include <ui/mainwindow.h>
#include <ui/messageview.h>
#include <ui/notespanel.h>
#include <ui/subscribercardwidget.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace baton::app {

using net::RestRequest;
using net::RestResponse;

namespace {

template <class T>
std::optional<QList<T>> listIn(const QByteArray& body, QStringView key)
{
    auto object = protocol::parseObject(body);
    if (!object)
        return std::nullopt;
    protocol::JsonReader reader(*object);
    QList<T> items = reader.list<T>(key);
    if (!reader.ok())
        return std::nullopt;
    return items;
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

protocol::VariableValue variableValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toDouble();
    case QMetaType::QDate:
        return value.toDate();
    default:
        return value.toString();
    }
}

} // namespace

Wiring::Wiring(Context context, QObject* parent)
    : QObject(parent)
    , ctx_(std::move(context))
{
    wireConversation();
    wireComposer();
    wireNotes();
    wireCard();
    wireList();
}

QString Wiring::describe(const net::RestError& error)
{
    switch (error.kind) {
    case net::RestError::Kind::Network:
        if (error.timedOut)
            return tr("the server did not answer in time");
        return tr("the server cannot be reached (%1)").arg(error.detail);
    case net::RestError::Kind::Http:
        if (error.retryAfter)
            return tr("%1; try again in %2 s")
                .arg(error.api.message)
                .arg(error.retryAfter->count());
        return error.api.message.isEmpty() ? tr("the server answered %1").arg(error.httpStatus)
                                           : error.api.message;
    case net::RestError::Kind::Decode:
        return tr("the server's answer could not be read (%1)").arg(error.decode.field);
    }
    return error.toString();
}

void Wiring::report(const QString& text)
{
    ctx_.window->statusBar()->showMessage(text);
}

void Wiring::simple(const RestRequest& request, const QString& what)
{
    ctx_.rest->send(request, this, [this, what](const RestResponse& r) {
        if (!r.ok())
            report(what.arg(describe(*r.error)));
    });
}

void Wiring::subscriberCall(const RestRequest& request, const QString& what)
{
    ctx_.rest->call<protocol::Subscriber>(
        request, this, [this, what](const net::RestResult<protocol::Subscriber>& r) {
            if (!r.ok()) {
                report(what.arg(describe(*r.error)));
                return;
            }
            if (ctx_.card->subscriberId() == r->id)
                ctx_.card->setSubscriber(*r);
        });
}

// ---- conversation header and history ----

void Wiring::wireConversation()
{
    ui::ConversationPane* pane = ctx_.window->conversation();
    connect(pane, &ui::ConversationPane::assignRequested, this, [this](qint64 chat, qint64 agent) {
        simple(api::assign(chat, agent), tr("The chat could not be assigned: %1"));
    });
    connect(pane, &ui::ConversationPane::closeRequested, this, [this](qint64 chat) {
        simple(api::closeChat(chat), tr("The chat could not be closed: %1"));
    });
    connect(pane, &ui::ConversationPane::reopenRequested, this, [this](qint64 chat) {
        simple(api::reopenChat(chat), tr("The chat could not be reopened: %1"));
    });
    connect(pane, &ui::ConversationPane::markUnreadRequested, this, [this](qint64 chat) {
        simple(api::unreadChat(chat), tr("The chat could not be marked unread: %1"));
    });
    connect(pane, &ui::ConversationPane::botStatusRequested, this, &Wiring::setBotStatus);
    connect(pane, &ui::ConversationPane::extendRequested, this, &Wiring::extend);
    connect(pane, &ui::ConversationPane::continueRequested, this, &Wiring::continueBot);

    ui::MessageView* view = pane->messageView();
    connect(view, &ui::MessageView::retryRequested, this, [this](const QString& clientId) {
        if (outbox_ && outbox_->retry(clientId).isEmpty())
            report(tr("This reply can't be sent again."));
    });
    connect(view, &ui::MessageView::discardRequested, this, [this](const QString& clientId) {
        if (outbox_ && !outbox_->discard(clientId))
            report(tr("This reply is on its way and can't be discarded."));
    });
    connect(view, &ui::MessageView::deleteRequested, this, [this](qint64 id) {
        simple(api::deleteMessage(id), tr("The message could not be deleted: %1"));
    });
    connect(view, &ui::MessageView::downloadRequested, this, &Wiring::download);
}

void Wiring::download(qint64 messageId, const QVariantMap& attachment)
{
    Q_UNUSED(messageId)
    const QUrl url(attachment.value(u"url"_s).toString());
    const QString name = QFileInfo(attachment.value(u"filename"_s).toString()).fileName();
    if (url.path().isEmpty() || name.isEmpty()) {
        report(tr("This attachment has no address to download from."));
        return;
    }
    RestRequest request = RestRequest::get(url.path());
    request.timeout = std::chrono::minutes(5);
    ctx_.rest->send(request, this, [this, name](const RestResponse& r) {
        if (!r.ok()) {
            report(tr("The file could not be downloaded: %1").arg(describe(*r.error)));
            return;
        }
        QDir dir(ctx_.downloadDir);
        if (!dir.mkpath(u"."_s)) {
            report(tr("The folder %1 cannot be created.").arg(ctx_.downloadDir));
            return;
        }
        // Never overwrite: "name (2).ext" when the name is taken.
        const QFileInfo info(name);
        QString path = dir.filePath(name);
        for (int n = 2; QFile::exists(path); ++n) {
            const QString suffix = info.completeSuffix();
            path = dir.filePath(suffix.isEmpty()
                                    ? u"%1 (%2)"_s.arg(info.baseName()).arg(n)
                                    : u"%1 (%2).%3"_s.arg(info.baseName()).arg(n).arg(suffix));
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.body) != r.body.size()) {
            report(tr("The file could not be saved to %1.").arg(path));
            return;
        }
        report(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
}

// ---- the composer and the outbox ----

void Wiring::wireComposer()
{
    ui::Composer* composer = ctx_.window->conversation()->composer();
    connect(composer, &ui::Composer::sendRequested, this, &Wiring::send);
    connect(composer, &ui::Composer::editRequested, this,
            [this, composer](qint64 chat, qint64 messageId, const QString& text) {
                ctx_.rest->send(api::editMessage(messageId, text), this,
                                [this, composer, chat, messageId, text](const RestResponse& r) {
                                    if (r.ok())
                                        return;
                                    // Give the edited text back rather than lose it.
                                    if (composer->chatId() == chat)
                                        composer->startEdit(messageId, text);
                                    composer->sendRejected(chat, describe(*r.error));
                                });
            });
}

void Wiring::attachOutbox(models::Outbox* outbox)
{
    if (outbox_)
        disconnect(outbox_, nullptr, this, nullptr);
    outbox_ = outbox;
    sending_.clear();
    if (!outbox)
        return;
    connect(outbox, &models::Outbox::accepted, this,
            [this](const QString& clientId, qint64) { confirm(clientId); });
    connect(outbox, &models::Outbox::delivered, this,
            [this](const QString& clientId, qint64) { confirm(clientId); });
    connect(outbox, &models::Outbox::failed, this, &Wiring::reject);
}

void Wiring::send(qint64 chatId, const QString& text, qint64 replyTo, const QStringList& files)
{
    ui::Composer* composer = ctx_.window->conversation()->composer();
    if (!outbox_) {
        composer->sendRejected(chatId, tr("not signed in"));
        return;
    }
    // Files are copied into the cache now and uploaded before the message.
    const QString clientId = outbox_->queueSend(chatId, text, replyTo, files);
    if (clientId.isEmpty()) {
        composer->sendRejected(chatId, tr("the reply could not be saved on this computer"));
        return;
    }
    sending_.insert(clientId.toLower(), chatId);
    // A refused file fails the reply inside queueSend, before the id was known here.
    for (const models::OutboxEntry& entry : outbox_->entries()) {
        if (entry.clientId.compare(clientId, Qt::CaseInsensitive) == 0 &&
            entry.state == models::OutboxEntry::State::Failed)
            reject(clientId, entry.error);
    }
}

void Wiring::confirm(const QString& clientId)
{
    const auto it = sending_.constFind(clientId.toLower());
    if (it == sending_.cend())
        return; // already confirmed, or sent by an earlier run
    const qint64 chat = it.value();
    sending_.erase(it);
    ctx_.window->conversation()->composer()->markSent(chat);
}

void Wiring::reject(const QString& clientId, const QString& reason)
{
    const auto it = sending_.constFind(clientId.toLower());
    if (it == sending_.cend()) {
        report(tr("A reply was not sent: %1").arg(reason));
        return;
    }
    const qint64 chat = it.value();
    sending_.erase(it);
    ctx_.window->conversation()->composer()->sendRejected(chat, reason);
}

// ---- notes ----

void Wiring::wireNotes()
{
    ui::NotesPanel* panel = ctx_.window->conversation()->notesPanel();
    connect(panel, &ui::NotesPanel::addRequested, this,
            [this, panel](qint64 chat, const QString& text) {
                ctx_.rest->send(
                    api::addNote(chat, text, newClientId()), this,
                    [this, panel](const RestResponse& r) {
                        if (r.ok())
                            panel->markSaved();
                        else
                            report(tr("The note was not saved: %1").arg(describe(*r.error)));
                    });
            });
    connect(panel, &ui::NotesPanel::editRequested, this,
            [this, panel](qint64 note, const QString& text) {
                ctx_.rest->send(
                    api::editNote(note, text), this, [this, panel](const RestResponse& r) {
                        if (r.ok())
                            panel->markSaved();
                        else
                            report(tr("The note was not saved: %1").arg(describe(*r.error)));
                    });
            });
    connect(panel, &ui::NotesPanel::deleteRequested, this, [this](qint64 note) {
        ctx_.rest->send(api::deleteNote(note), this, [this](const RestResponse& r) {
            // A repeated delete answers 404: the note is gone either way.
            if (!r.ok() && r.status != 404)
                report(tr("The note was not deleted: %1").arg(describe(*r.error)));
        });
    });
}

// ---- bot status ----

void Wiring::setBotStatus(qint64 subscriberId, const protocol::BotStatusRequest& request)
{
    ctx_.rest->call<protocol::BotStatus>(
        api::setBotStatus(subscriberId, request), this,
        [this, subscriberId](const net::RestResult<protocol::BotStatus>& r) {
            if (r.ok()) {
                if (ctx_.card->subscriberId() == subscriberId)
                    ctx_.card->clearConflict();
                return;
            }
            if (r.error->is(protocol::ErrorCode::Conflict)) {
                const auto current = protocol::decode<protocol::BotStatus>(
                    QJsonValue(r.error->api.current), u"current"_s);
                if (current && ctx_.card->subscriberId() == subscriberId) {
                    ctx_.card->conflict(*current);
                    report(ctx_.card->conflictText());
                    return;
                }
            }
            report(tr("The bot status was not changed: %1").arg(describe(*r.error)));
        });
}

void Wiring::extend(qint64 subscriberId, int minutes)
{
    simple(api::extendBot(subscriberId, minutes), tr("The bot was not snoozed longer: %1"));
}

void Wiring::continueBot(qint64 subscriberId)
{
    simple(api::continueBot(subscriberId), tr("Autoflows were not continued: %1"));
}

void Wiring::bulkBotStatus(const QList<qint64>& subscriberIds, protocol::BotState state,
                           const QDateTime& until)
{
    if (subscriberIds.isEmpty())
        return;
    std::optional<QDateTime> end;
    if (until.isValid() && state != protocol::BotState::Active)
        end = until;
    if (subscriberIds.size() == 1) {
        // One subscriber: a versioned change, so a newer change by someone
        // else is reported instead of overwritten.
        protocol::BotStatusRequest request;
        request.state = state;
        request.until = end;
        for (int row = 0; row < ctx_.chats->count(); ++row) {
            const QModelIndex index = ctx_.chats->index(row);
            if (index.data(models::ChatListModel::SubscriberIdRole).toLongLong() ==
                subscriberIds.first()) {
                request.baseVersion =
                    index.data(models::ChatListModel::BotVersionRole).toLongLong();
                break;
            }
        }
        setBotStatus(subscriberIds.first(), request);
        return;
    }
    protocol::BulkBotStatusRequest request;
    request.subscriberIds = subscriberIds;
    request.state = state;
    request.until = end;
    ctx_.rest->send(api::bulkBotStatus(request), this, [this](const RestResponse& r) {
        if (!r.ok()) {
            report(tr("The bot status was not changed: %1").arg(describe(*r.error)));
            return;
        }
        const auto results = listIn<protocol::BulkResult>(r.body, u"results");
        if (!results) {
            report(tr("The server's answer could not be read."));
            return;
        }
        QStringList problems;
        for (const protocol::BulkResult& result : *results) {
            if (result.error)
                problems.append(u"#%1: %2"_s.arg(result.subscriberId).arg(result.error->message));
        }
        if (!problems.isEmpty())
            report(tr("%n subscriber(s) not changed: %1", nullptr, int(problems.size()))
                       .arg(problems.join(u"; "_s)));
    });
}

void Wiring::wireList()
{
    ui::ChatListPane* list = ctx_.window->chatList();
    connect(list, &ui::ChatListPane::botStatusRequested, this, &Wiring::bulkBotStatus);
    connect(list, &ui::ChatListPane::extendRequested, this, &Wiring::extend);
    connect(list, &ui::ChatListPane::continueRequested, this, &Wiring::continueBot);
}

// ---- the subscriber card ----

void Wiring::wireCard()
{
    using Card = ui::SubscriberCardWidget;
    Card* card = ctx_.window->cardWidget();
    connect(card, &Card::tagsChangeRequested, this, [this](qint64 id, const QStringList& tags) {
        subscriberCall(api::setTags(id, tags), tr("The tags were not saved: %1"));
    });
    connect(card, &Card::variableChangeRequested, this,
            [this](qint64 id, const QString& name, const QVariant& value) {
                subscriberCall(api::setVariable(id, name, variableValue(value)),
                               tr("The variable was not saved: %1"));
            });
    connect(card, &Card::botStatusRequested, this, &Wiring::setBotStatus);
    connect(card, &Card::extendRequested, this, &Wiring::extend);
    connect(card, &Card::continueRequested, this, &Wiring::continueBot);
    connect(card, &Card::stopFlowRequested, this, [this](qint64 id) {
        subscriberCall(api::stopFlow(id), tr("The flow was not stopped: %1"));
    });
    connect(card, &Card::startFlowRequested, this, [this](qint64 id, qint64 flow) {
        subscriberCall(api::startFlow(id, flow), tr("The flow was not started: %1"));
    });
    connect(card, &Card::flowSearchRequested, this, [this, card](qint64 id, const QString& text) {
        const qint64 bot = ctx_.card->subscriberId() == id ? ctx_.card->botId() : 0;
        ctx_.rest->send(api::searchFlows(text, bot), this, [this, card](const RestResponse& r) {
            const auto flows = r.ok() ? listIn<protocol::Flow>(r.body, u"flows") : std::nullopt;
            if (!flows) {
                report(tr("Flows could not be searched: %1")
                           .arg(r.ok() ? tr("unreadable answer") : describe(*r.error)));
                return;
            }
            card->setFlowResults(*flows);
        });
    });
    connect(card, &Card::enabledChangeRequested, this, [this](qint64 id, bool enabled) {
        subscriberCall(api::setEnabled(id, enabled),
                       enabled ? tr("The subscriber was not enabled: %1")
                               : tr("The subscriber was not disabled: %1"));
    });
    connect(card, &Card::contactEditRequested, this,
            [this](qint64 id, const protocol::ContactRequest& request) {
                subscriberCall(api::editContact(id, request), tr("The contact was not saved: %1"));
            });
    connect(card, &Card::dealAddRequested, this,
            [this](qint64 id, const protocol::DealRequest& request) {
                ctx_.rest->send(
                    api::addDeal(id, request, newClientId()), this,
                    [this, id](const RestResponse& r) {
                        if (!r.ok())
                            report(tr("The deal was not added: %1").arg(describe(*r.error)));
                        else if (ctx_.reloadDeals)
                            ctx_.reloadDeals(id);
                    });
            });
    connect(card, &Card::dealEditRequested, this,
            [this](qint64 dealId, const protocol::DealPatch& patch) {
                ctx_.rest->call<protocol::Deal>(
                    api::editDeal(dealId, patch), this,
                    [this](const net::RestResult<protocol::Deal>& r) {
                        if (!r.ok())
                            report(tr("The deal was not saved: %1").arg(describe(*r.error)));
                        else if (ctx_.reloadDeals)
                            ctx_.reloadDeals(r->subscriberId);
                    });
            });
}

} // namespace baton::app
