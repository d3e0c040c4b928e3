// Console: building and owning the client, opening chats, the connection
// indicator. The session flow is in session.cpp.
#include "api.h"
#include "desktop.h"
#include "session.h"
#include "wiring.h"

#include <models/agentdirectory.h>
#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <models/outbox.h>
#include <models/subscribercard.h>
#include <models/syncengine.h>
#include <net/credentialstore.h>
#include <protocol/crm.h>
#include <ui/connectionindicator.h>
#include <ui/logindialog.h>
#include <ui/mainwindow.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>

#include <QAction>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <app/console.h>
#include <app/options.h>

using namespace Qt::StringLiterals;

namespace baton::app {

Console::Console(ConsoleConfig config, QObject* parent)
    : QObject(parent)
    , config_(std::move(config))
    , profile_(config_.profileDir)
{
    QString profileError;
    if (!profile_.ensure(&profileError))
        qWarning("%s", qPrintable(profileError));
    settings_ = std::make_unique<QSettings>(profile_.settingsPath(), QSettings::IniFormat);
    drafts_ = std::make_unique<ui::SettingsDraftStore>(settings_.get());
    shortcuts_ = std::make_unique<ui::SettingsShortcutStore>(settings_.get());
    layout_ = std::make_unique<ui::SettingsLayoutStore>(settings_.get());
    loginStore_ = std::make_unique<ui::SettingsLoginStore>(settings_.get());

    network_ = std::make_unique<QNetworkAccessManager>();
    rest_ = std::make_unique<net::RestClient>(network_.get());
    if (config_.retry)
        rest_->setRetryPolicy(*config_.retry);
    stream_ = std::make_unique<net::EventStream>(config_.stream);
    if (config_.useKeychain)
        credentials_ = std::make_unique<net::CredentialStore>(config_.keychainService, nullptr);

    agents_ = std::make_unique<models::AgentDirectory>();
    chats_ = std::make_unique<models::ChatListModel>();
    filter_ = std::make_unique<models::ChatFilterModel>(chats_.get());
    card_ = std::make_unique<models::SubscriberCard>(agents_.get());

    ui::MainWindow::Context context;
    context.chats = filter_.get();
    context.agents = agents_.get();
    context.card = card_.get();
    context.drafts = drafts_.get();
    context.shortcuts = shortcuts_.get();
    context.layout = layout_.get();
    // The server's clock: presets ("snooze 1 hour"), countdowns and support
    // windows stay right on a laptop whose clock is off.
    context.clock = [rest = rest_.get()] { return rest->serverNow().toLocalTime(); };
    window_ = std::make_unique<ui::MainWindow>(context);
    login_ = std::make_unique<ui::LoginDialog>(loginStore_.get());
    if (!config_.server.isEmpty())
        login_->serverField()->setText(config_.server.toString());
    if (!config_.email.isEmpty())
        login_->emailField()->setText(config_.email);

    Wiring::Context wiring;
    wiring.rest = rest_.get();
    wiring.window = window_.get();
    wiring.chats = chats_.get();
    wiring.card = card_.get();
    wiring.reloadDeals = [this](qint64 subscriberId) { loadDeals(subscriberId); };
    wiring.downloadDir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (wiring.downloadDir.isEmpty())
        wiring.downloadDir = profile_.cacheDir() + u"/downloads"_s;
    wiring_ = std::make_unique<Wiring>(std::move(wiring));

    connect(window_.get(), &ui::MainWindow::chatOpenRequested, this, &Console::openChat);
    // The rest of the cached chats is decoded once the first screen shows.
    connect(window_.get(), &ui::MainWindow::chatListPainted, this, [this] {
        if (session_)
            session_->engine->listPainted();
    });
    connect(window_.get(), &ui::MainWindow::quitRequested, this, &Console::quitRequested);
    connect(login_.get(), &ui::LoginDialog::loginRequested, this,
            [this](const QString& server, const QString& email, const QString& password) {
                login(QUrl(server), email, password);
            });
    connect(login_.get(), &QDialog::rejected, this, [this] {
        // Nothing left on screen (first start, or signed out): that was the
        // way out. With the window still there (session ended), the agent
        // keeps reading the cache.
        if (!signedIn_ && !window_->isVisible())
            Q_EMIT quitRequested();
    });
    connect(rest_.get(), &net::RestClient::unauthorized, this,
            [this] { sessionEnded(tr("Your session has ended. Please log in again.")); });
    connect(stream_.get(), &net::EventStream::needsLogin, this,
            [this] { sessionEnded(tr("Your session has ended. Please log in again.")); });
    connect(stream_.get(), &net::EventStream::statusChanged, this, &Console::updateConnection);
    if (credentials_) {
        // Said once: the agent will have to log in again after a restart.
        connect(credentials_.get(), &net::CredentialStore::persistenceUnavailable, this,
                [this](const QString& reason) { wiring_->report(reason); });
    }
    connect(card_.get(), &models::SubscriberCard::subscriberChanged, this, [this] {
        window_->cardWidget()->deals()->setContact(card_->firstName(), card_->lastName(),
                                                   card_->phone());
    });

    connect(window_.get(), &ui::MainWindow::signOutRequested, this, &Console::signOut);
    const QIcon icon(u":/baton/baton.svg"_s);
    window_->setWindowIcon(icon);
    login_->setWindowIcon(icon);
    // --palette wins over the setting for this run; empty: the setting.
    desktop_ = std::make_unique<Desktop>(
        this, config_.palette.isEmpty() ? std::nullopt : parseTheme(config_.palette));
    if (config_.openChat > 0) {
        // Once: the chat the command line asked for, after the first sign-in.
        auto* once = new QObject(this);
        connect(this, &Console::signedIn, once, [this, once] {
            openChat(config_.openChat);
            once->deleteLater();
        });
    }
    updateConnection();
}

Console::~Console()
{
    closeCurrentChat();
    if (session_)
        session_->engine->stop();
    window_->saveLayout();
    settings_->sync();
}

QUrl Console::serverUrl() const
{
    return rest_->baseUrl();
}

models::ListCounts* Console::listCounts() const
{
    return chats_->counts();
}

models::SyncEngine* Console::syncEngine() const
{
    return session_ ? session_->engine.get() : nullptr;
}

models::Outbox* Console::outbox() const
{
    return session_ ? session_->outbox.get() : nullptr;
}

models::LocalCache* Console::cache() const
{
    return session_ ? session_->cache.get() : nullptr;
}

void Console::activate()
{
    if (signedIn_ || (window_->isVisible() && !login_->isVisible())) {
        if (window_->isMinimized())
            window_->showNormal();
        window_->show();
        window_->raise();
        window_->activateWindow();
        return;
    }
    login_->show();
    login_->raise();
    login_->activateWindow();
}

ui::NotificationCenter* Console::notifications() const
{
    return desktop_->center();
}

ui::Notifier* Console::notifier() const
{
    return desktop_->notifier();
}

ui::TrayIcon* Console::tray() const
{
    return desktop_->tray();
}

ui::SettingsDialog* Console::settingsDialog() const
{
    return desktop_->settingsDialog();
}

ui::StatisticsView* Console::statisticsView() const
{
    return desktop_->statisticsView();
}

void Console::openSettings()
{
    desktop_->openSettings();
}

void Console::openStatistics()
{
    desktop_->openStatistics();
}

void Console::handleArguments(const QStringList& arguments)
{
    // The password never travels this way: --email is ignored here.
    const Options options = parseOptions(QStringList{u"baton"_s} + arguments, std::nullopt);
    if (!signedIn_ && !options.server.isEmpty())
        login_->serverField()->setText(options.server.toString());
    activate();
    if (options.chatId > 0)
        openChat(options.chatId);
}

// ---- chats ----

void Console::openChat(qint64 chatId)
{
    if (!session_ || chatId <= 0)
        return;
    if (window_->isMinimized())
        window_->showNormal();
    window_->show();
    window_->raise();
    window_->activateWindow();
    if (chatId == openChatId_) {
        window_->showChat(chatId, messages_.get(), notes_.get());
        return;
    }
    auto messages = std::make_unique<models::MessageModel>(chatId, agents_.get());
    messages->setCurrentAgentId(agent_.id);
    auto notes = std::make_unique<models::NotesModel>(chatId, agents_.get());
    if (openChatId_ != 0)
        session_->engine->closeChat(openChatId_);
    session_->engine->openChat(chatId, messages.get(), notes.get(), card_.get());
    window_->showChat(chatId, messages.get(), notes.get());
    // The previous chat's models go only once nothing shows them.
    messages_ = std::move(messages);
    notes_ = std::move(notes);
    openChatId_ = chatId;

    const std::optional<protocol::Chat> chat = chats_->chat(chatId);
    if (!chat || chat->unreadCount > 0) {
        rest_->send(api::readChat(chatId), this, [this](const net::RestResponse& r) {
            if (!r.ok())
                wiring_->report(
                    tr("The chat could not be marked read: %1").arg(describe(*r.error)));
        });
    }
    if (chat)
        loadDeals(chat->subscriberId);
}

void Console::closeCurrentChat()
{
    if (openChatId_ == 0)
        return;
    if (session_)
        session_->engine->closeChat(openChatId_);
    window_->showChat(0, nullptr, nullptr);
    card_->clear();
    messages_.reset();
    notes_.reset();
    openChatId_ = 0;
}

void Console::loadDeals(qint64 subscriberId)
{
    rest_->send(api::deals(subscriberId), this, [this, subscriberId](const net::RestResponse& r) {
        if (!r.ok())
            return; // the card shows the deals it had; the next open asks again
        auto object = protocol::parseObject(r.body);
        if (!object)
            return;
        protocol::JsonReader reader(*object);
        const auto deals = reader.list<protocol::Deal>(u"deals");
        const std::optional<protocol::Chat> open = chats_->chat(openChatId_);
        if (reader.ok() && open && open->subscriberId == subscriberId)
            window_->cardWidget()->setDeals(deals);
    });
}

void Console::updateConnection()
{
    ui::ConnectionIndicator* indicator = window_->connection();
    const net::StreamStatus& status = stream_->status();
    const models::SyncEngine* engine = syncEngine();
    const auto state = engine ? engine->state() : models::SyncEngine::State::Idle;
    switch (state) {
    case models::SyncEngine::State::UpToDate:
        indicator->setOnline();
        break;
    case models::SyncEngine::State::Syncing:
        indicator->setConnecting(status.since.isValid() ? status.since
                                                        : QDateTime::currentDateTime());
        break;
    case models::SyncEngine::State::Offline:
        if (status.state == net::StreamStatus::State::Connecting)
            indicator->setConnecting(status.since);
        else
            indicator->setOffline(engine->offlineSince());
        break;
    case models::SyncEngine::State::Idle:
        indicator->setOffline(status.lastSyncAt);
        break;
    }
}

} // namespace baton::app
