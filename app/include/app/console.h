#pragma once

#include <net/eventstream.h>
#include <net/restclient.h>
#include <protocol/event.h>
#include <protocol/workspace.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <app/profile.h>
#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace baton::net {
class CredentialStore;
} // namespace baton::net

namespace baton::models {
class AgentDirectory;
class ChatFilterModel;
class ChatListModel;
class ListCounts;
class LocalCache;
class MessageModel;
class NotesModel;
class Outbox;
class SubscriberCard;
class SyncEngine;
} // namespace baton::models

namespace baton::ui {
class LoginDialog;
class MainWindow;
class NotificationCenter;
class Notifier;
class SettingsDialog;
class StatisticsView;
class TrayIcon;
class SettingsDraftStore;
class SettingsLayoutStore;
class SettingsLoginStore;
class SettingsShortcutStore;
} // namespace baton::ui

namespace baton::app {

class Desktop;
class Wiring;

// How a Console is set up: the profile, what the command line preselected,
// and (for tests and the demo) where the token lives and how fast the
// network layer retries.
struct ConsoleConfig {
    QString profileDir; // empty: the platform's standard folders
    QUrl server;        // preselected server (--server)
    QString email;      // with `password`: sign in without the dialog
    QString password;
    bool useKeychain = true; // false: the token lives in memory only
    QString keychainService = QStringLiteral("baton");
    net::StreamOptions stream; // reconnect and heartbeat timings
    std::optional<net::RetryPolicy> retry;
    std::chrono::milliseconds outboxRetryBase{1'000};
    std::chrono::milliseconds outboxRetryCap{30'000};
    qint64 openChat = 0; // --chat: opened after the first sign-in
    QString palette;     // --palette: "system", "light", "dark"; empty: the setting
};

// The composition root of the baton client (docs/app.md). It owns every
// object of the client: settings, the network layer, the local cache, the
// models, the sync engine and outbox, the stores, the main window and the
// login dialog, and wires the widgets' requests to the server. Nothing else
// creates any of them.
//
// The cache, outbox and sync engine belong to one account (server + agent):
// they are created at the first sign-in and replaced only when someone else
// signs in (sessionStarted() tells); everything else lives as long as the
// Console.
class Console : public QObject {
    Q_OBJECT

public:
    explicit Console(ConsoleConfig config, QObject* parent = nullptr);
    ~Console() override;

    // Signs in: with the configured email and password at once; else with
    // the keychain's token for the remembered server and agent (checked with
    // GET /me); else through the login dialog.
    void start();
    // Raises the window and opens the chat (the tray's and notifications'
    // entry point). Nothing happens before sign-in.
    void openChat(qint64 chatId);
    // Brings Baton to the front: the window when signed in (or showing the
    // cache), else the login dialog (a second launch, the tray).
    void activate();
    // Logs out at the server, forgets the token, shows the login dialog; the
    // local cache stays.
    void signOut();
    // A second launch's command line (net::SingleInstance): brings Baton to
    // the front, preselects --server in the login dialog when signed out,
    // opens --chat.
    void handleArguments(const QStringList& arguments);
    // The settings dialog (Ctrl+,) and the statistics window (Account menu).
    void openSettings();
    void openStatistics();

    bool isSignedIn() const { return signedIn_; }
    qint64 agentId() const { return agent_.id; }
    const protocol::Agent& agent() const { return agent_; }
    QUrl serverUrl() const;
    qint64 openChatId() const { return openChatId_; }

    const Profile& profile() const { return profile_; }
    // --profile as given (empty: the platform's folders).
    QString profileDir() const { return config_.profileDir; }
    QSettings* settings() const { return settings_.get(); }
    net::RestClient* rest() const { return rest_.get(); }
    net::EventStream* stream() const { return stream_.get(); }
    // Null with useKeychain = false.
    net::CredentialStore* credentials() const { return credentials_.get(); }
    models::ChatListModel* chatList() const { return chats_.get(); }
    models::ChatFilterModel* chatFilter() const { return filter_.get(); }
    models::ListCounts* listCounts() const;
    models::AgentDirectory* agents() const { return agents_.get(); }
    models::SubscriberCard* card() const { return card_.get(); }
    // The current account's; null before the first sign-in.
    models::SyncEngine* syncEngine() const;
    models::Outbox* outbox() const;
    models::LocalCache* cache() const;
    // The open chat's models; null when no chat is open.
    models::MessageModel* messages() const { return messages_.get(); }
    models::NotesModel* notes() const { return notes_.get(); }
    ui::MainWindow* mainWindow() const { return window_.get(); }
    ui::LoginDialog* loginDialog() const { return login_.get(); }
    ui::NotificationCenter* notifications() const;
    // Tray balloons when there is a tray, else the window's banner.
    ui::Notifier* notifier() const;
    // Exists without a system tray too (isAvailable() says).
    ui::TrayIcon* tray() const;
    // Null while not open.
    ui::SettingsDialog* settingsDialog() const;
    ui::StatisticsView* statisticsView() const;

Q_SIGNALS:
    // The window shows the account's data; the engine runs.
    void signedIn(qint64 agentId);
    // The login dialog is shown (first start, expired token, sign out).
    void loginShown();
    // A new account's cache, outbox and engine exist (the first sign-in, or
    // someone else signed in); re-connect to syncEngine() here.
    void sessionStarted();
    // The current engine's batches, forwarded so listeners survive an
    // account change.
    void eventsApplied(const QList<baton::protocol::Event>& events);
    // The agent quit (window closed, Quit, or the login dialog cancelled
    // before anyone signed in).
    void quitRequested();

private:
    struct Session;

    void showLogin(const QString& message = {});
    void login(const QUrl& server, const QString& email, const QString& password);
    void resume(const QUrl& server, const QString& email, const QString& token);
    void enter(const QUrl& server, const QString& email, const QString& token,
               const protocol::Agent& agent);
    bool ensureSession(const QUrl& server, const QString& email, QString* error);
    void sessionEnded(const QString& message);
    void closeCurrentChat();
    void updateConnection();
    void loadDeals(qint64 subscriberId);
    QString describe(const net::RestError& error) const;

    ConsoleConfig config_;
    Profile profile_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<ui::SettingsDraftStore> drafts_;
    std::unique_ptr<ui::SettingsShortcutStore> shortcuts_;
    std::unique_ptr<ui::SettingsLayoutStore> layout_;
    std::unique_ptr<ui::SettingsLoginStore> loginStore_;
    std::unique_ptr<QNetworkAccessManager> network_;
    std::unique_ptr<net::RestClient> rest_;
    std::unique_ptr<net::EventStream> stream_;
    std::unique_ptr<net::CredentialStore> credentials_;
    std::unique_ptr<models::AgentDirectory> agents_;
    std::unique_ptr<models::ChatListModel> chats_;
    std::unique_ptr<models::ChatFilterModel> filter_;
    std::unique_ptr<models::SubscriberCard> card_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<models::MessageModel> messages_;
    std::unique_ptr<models::NotesModel> notes_;
    std::unique_ptr<ui::MainWindow> window_;
    std::unique_ptr<ui::LoginDialog> login_;
    std::unique_ptr<Wiring> wiring_;
    std::unique_ptr<Desktop> desktop_;

    protocol::Agent agent_;
    QString email_;
    bool signedIn_ = false;
    bool loggingIn_ = false;
    qint64 openChatId_ = 0;
};

} // namespace baton::app
