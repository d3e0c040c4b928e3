#pragma once

#include <net/restclient.h>
#include <protocol/requests.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace baton::models {
class ChatListModel;
class Outbox;
class SubscriberCard;
} // namespace baton::models

namespace baton::ui {
class MainWindow;
} // namespace baton::ui

namespace baton::app {

// Turns what the agent asks for in the widgets into requests to the server
// (docs/app.md lists every signal and its endpoint). Answers that carry the
// new state are shown at once (the events that follow change nothing more);
// failures are told in the widget's own error line or the status bar and
// leave the agent's input where it was.
class Wiring : public QObject {
    Q_OBJECT

public:
    struct Context {
        net::RestClient* rest = nullptr;
        ui::MainWindow* window = nullptr;
        models::ChatListModel* chats = nullptr;
        models::SubscriberCard* card = nullptr;
        // The subscriber's deals changed: fetch them again.
        std::function<void(qint64 subscriberId)> reloadDeals;
        // Where downloads go.
        QString downloadDir;
    };

    explicit Wiring(Context context, QObject* parent = nullptr);

    // Follows a new account's outbox (confirmations for the composer).
    void attachOutbox(models::Outbox* outbox);
    // Tells the agent something went wrong (status bar).
    void report(const QString& text);
    // One line for the agent about a failed request.
    static QString describe(const net::RestError& error);

private:
    void wireConversation();
    void wireComposer();
    void wireNotes();
    void wireCard();
    void wireList();

    // Sends `request`; on failure reports `what` with the reason.
    void simple(const net::RestRequest& request, const QString& what);
    // Sends a request answered with a Subscriber and shows the answer.
    void subscriberCall(const net::RestRequest& request, const QString& what);
    void setBotStatus(qint64 subscriberId, const protocol::BotStatusRequest& request);
    void bulkBotStatus(const QList<qint64>& subscriberIds, protocol::BotState state,
                       const QDateTime& until);
    void extend(qint64 subscriberId, int minutes);
    void continueBot(qint64 subscriberId);
    void send(qint64 chatId, const QString& text, qint64 replyTo, const QStringList& files);
    void confirm(const QString& clientId);
    void reject(const QString& clientId, const QString& reason);
    void download(qint64 messageId, const QVariantMap& attachment);

    Context ctx_;
    QPointer<models::Outbox> outbox_;
    QHash<QString, qint64> sending_; // client id -> chat, until the composer heard back
};

} // namespace baton::app
