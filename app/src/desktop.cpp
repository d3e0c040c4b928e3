// The desktop side of the console: notifications, tray, settings,
// statistics, theme, close to tray (docs/app.md).
#include "desktop.h"
#include "wiring.h"

#include <models/chatlistmodel.h>
#include <models/syncengine.h>
#include <net/restclient.h>
#include <protocol/stats.h>
#include <protocol/workspace.h>
#include <ui/autostart.h>
#include <ui/mainwindow.h>
#include <ui/notificationcenter.h>
#include <ui/notifier.h>
#include <ui/settingsdialog.h>
#include <ui/statisticsview.h>
#include <ui/stores.h>
#include <ui/trayicon.h>

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <app/console.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace baton::app {

namespace {

QStringList autostartCommand(const QString& profileDir)
{
    QStringList command{QCoreApplication::applicationFilePath()};
    if (!profileDir.isEmpty())
        command << u"--profile"_s << QDir(profileDir).absolutePath();
    return command;
}

} // namespace

Desktop::Desktop(Console* console, std::optional<Theme> theme)
    : QObject(console)
    , console_(console)
    , themeOverride_(theme)
    , preferences_(std::make_unique<ui::SettingsPreferencesStore>(console->settings()))
    , autostart_(std::make_unique<ui::XdgAutostartStore>(autostartCommand(console->profileDir())))
    , center_(std::make_unique<ui::NotificationCenter>(console->chatList(), ui::systemClock()))
    , tray_(std::make_unique<ui::TrayIcon>())
{
    ui::MainWindow* window = console_->mainWindow();
    tray_->setBaseIcon(QIcon(u":/baton/baton.svg"_s));
    tray_->setOnline(false);
    notifier_ = std::make_unique<ui::Notifier>(tray_.get(), window, preferences_.get());

    // Engine batches reach the center through the Console, which forwards
    // the current account's engine; snapshots and the state need the engine
    // itself, re-connected for each account.
    connect(console_, &Console::eventsApplied, center_.get(), &ui::NotificationCenter::applyEvents);
    connect(console_, &Console::sessionStarted, this, &Desktop::connectEngine);
    connect(console_, &Console::signedIn, this, [this](qint64 agentId) {
        if (agentId != agentId_) {
            // Someone else: their list is the known state, nothing to tell.
            agentId_ = agentId;
            center_->setAgentId(agentId);
            center_->reset();
        }
        if (!std::exchange(firstSignIn_, false))
            return;
        // Once per profile, when there is no tray: where notifications go.
        notifier_->start();
        if (preferences_->preferences().startMinimized) {
            // Hidden only when the tray can bring it back.
            if (tray_->isAvailable())
                console_->mainWindow()->hide();
            else
                console_->mainWindow()->showMinimized();
        }
    });
    connect(center_.get(), &ui::NotificationCenter::notify, notifier_.get(), &ui::Notifier::show);
    connect(notifier_.get(), &ui::Notifier::activated, center_.get(),
            &ui::NotificationCenter::activate);
    connect(center_.get(), &ui::NotificationCenter::chatOpenRequested, console_,
            &Console::openChat);
    connect(center_.get(), &ui::NotificationCenter::listRequested, console_, &Console::activate);
    connect(center_.get(), &ui::NotificationCenter::unreadChatsChanged, tray_.get(),
            &ui::TrayIcon::setUnreadCount);
    tray_->setUnreadCount(center_->unreadChats());

    connect(tray_.get(), &ui::TrayIcon::toggleWindowRequested, this, [this] {
        if (console_->isSignedIn())
            ui::TrayIcon::toggleWindow(console_->mainWindow());
        else
            console_->activate();
    });
    connect(tray_.get(), &ui::TrayIcon::showWindowRequested, console_, &Console::activate);
    connect(tray_.get(), &ui::TrayIcon::doNotDisturbToggled, this, &Desktop::setDoNotDisturb);
    connect(tray_.get(), &ui::TrayIcon::quitRequested, console_, &Console::quitRequested);

    connect(window, &ui::MainWindow::settingsRequested, this, &Desktop::openSettings);
    window->installEventFilter(this);

    connect(window, &ui::MainWindow::statisticsRequested, this, &Desktop::openStatistics);

    usePreferences(preferences_->preferences());
}

Desktop::~Desktop()
{
    delete statisticsWindow_;
    delete settings_;
}

ui::SettingsDialog* Desktop::settingsDialog() const
{
    return settings_;
}

ui::StatisticsView* Desktop::statisticsView() const
{
    return statistics_;
}

void Desktop::connectEngine()
{
    models::SyncEngine* engine = console_->syncEngine();
    if (!engine)
        return;
    connect(engine, &models::SyncEngine::snapshotApplied, center_.get(),
            [this] { center_->applySnapshot(); });
    connect(engine, &models::SyncEngine::stateChanged, tray_.get(),
            [this](models::SyncEngine::State s) {
                tray_->setOnline(s == models::SyncEngine::State::UpToDate ||
                                 s == models::SyncEngine::State::Syncing);
            });
}

void Desktop::usePreferences(const ui::Preferences& p)
{
    center_->setRules({p.notifications, p.notifyOpenChats, p.notifyMyMessages});
    center_->setDoNotDisturb(p.doNotDisturb);
    tray_->setDoNotDisturb(p.doNotDisturb);
    themes_.apply(themeOverride_ ? *themeOverride_ : parseTheme(p.theme).value_or(Theme::System));
}

void Desktop::setDoNotDisturb(bool on)
{
    ui::Preferences p = preferences_->preferences();
    p.doNotDisturb = on;
    preferences_->setPreferences(p);
    usePreferences(p);
}

void Desktop::openSettings()
{
    if (settings_) {
        settings_->raise();
        settings_->activateWindow();
        return;
    }
    settings_ =
        new ui::SettingsDialog(preferences_.get(), autostart_.get(), console_->mainWindow());
    settings_->setAttribute(Qt::WA_DeleteOnClose);
    settings_->setAccount(console_->serverUrl().toString(), console_->agent().name);
    connect(settings_, &ui::SettingsDialog::preferencesChanged, this,
            [this](const ui::Preferences& p) {
                // The setting wins from now on, also over --palette.
                themeOverride_.reset();
                usePreferences(p);
            });
    connect(settings_, &ui::SettingsDialog::shortcutsRequested, console_->mainWindow(),
            &ui::MainWindow::openShortcutsDialog);
    connect(settings_, &ui::SettingsDialog::signOutRequested, this, [this] {
        settings_->close();
        console_->signOut();
    });
    settings_->open();
}

void Desktop::openStatistics()
{
    if (!statisticsWindow_) {
        auto* dialog = new QDialog(console_->mainWindow());
        dialog->setWindowTitle(tr("Statistics"));
        dialog->setAccessibleName(tr("Statistics"));
        auto* view = new ui::StatisticsView(dialog);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(view, 1);
        layout->addWidget(buttons);
        dialog->resize(560, 360);
        // Today's server has all-time figures only: any period asks for
        // them and the view says which period they cover.
        connect(view, &ui::StatisticsView::periodRequested, this, &Desktop::fetchStatistics);
        statisticsWindow_ = dialog;
        statistics_ = view;
    }
    statisticsWindow_->show();
    statisticsWindow_->raise();
    statisticsWindow_->activateWindow();
    fetchStatistics();
}

void Desktop::fetchStatistics()
{
    if (!statistics_)
        return;
    statistics_->setLoading();
    net::RestClient* rest = console_->rest();
    rest->send(net::RestRequest::get(u"/api/v1/bots"_s), this, [this](const net::RestResponse& r) {
        if (!r.ok() || !statistics_)
            return; // the view names bots by number
        auto object = protocol::parseObject(r.body);
        if (!object)
            return;
        protocol::JsonReader reader(*object);
        const auto bots = reader.list<protocol::Bot>(u"bots");
        QHash<qint64, QString> names;
        for (const protocol::Bot& b : bots)
            names.insert(b.id, b.name);
        if (reader.ok())
            statistics_->setBotNames(names);
    });
    rest->send(net::RestRequest::get(u"/api/v1/stats"_s), this, [this](const net::RestResponse& r) {
        if (!statistics_)
            return;
        if (!r.ok()) {
            statistics_->setError(Wiring::describe(*r.error));
            return;
        }
        const auto stats = protocol::decodeBytes<protocol::Stats>(r.body);
        if (!stats.value) {
            statistics_->setError(tr("the server's answer cannot be read"));
            return;
        }
        statistics_->setStats(*stats.value);
    });
}

bool Desktop::eventFilter(QObject* watched, QEvent* event)
{
    // Close to tray: with a tray the window only hides (the tray and a
    // second launch bring it back, Quit quits); without one, closing quits.
    if (watched == console_->mainWindow() && event->type() == QEvent::Close &&
        !tray_->isAvailable())
        Q_EMIT console_->quitRequested();
    return QObject::eventFilter(watched, event);
}

} // namespace baton::app
