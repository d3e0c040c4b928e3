#pragma once

#include "theme.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QDialog;
class QSettings;

namespace baton::ui {
class MainWindow;
class NotificationCenter;
class Notifier;
class SettingsDialog;
class SettingsPreferencesStore;
class StatisticsView;
class TrayIcon;
class XdgAutostartStore;
struct Preferences;
} // namespace baton::ui

namespace baton::app {

class Console;

// The parts of the console that live with the desktop rather than the
// server (docs/app.md, "Tray, notifications, settings"): notifications from
// the engine's batches, their delivery (tray balloon or in-window banner),
// the tray icon, the settings dialog with its live preferences, the
// statistics window, the theme, and "close to tray". Created and owned by
// the Console, which it drives only through the Console's public hooks.
class Desktop : public QObject {
    Q_OBJECT

public:
    // `theme`: the command line's --palette, which wins over the setting
    // for this run.
    Desktop(Console* console, std::optional<Theme> theme);
    ~Desktop() override;

    ui::NotificationCenter* center() const { return center_.get(); }
    ui::Notifier* notifier() const { return notifier_.get(); }
    ui::TrayIcon* tray() const { return tray_.get(); }
    ui::SettingsPreferencesStore* preferences() const { return preferences_.get(); }
    // Null until first opened.
    ui::SettingsDialog* settingsDialog() const;
    ui::StatisticsView* statisticsView() const;
    Theme theme() const { return themes_.current(); }

    void openSettings();
    void openStatistics();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void usePreferences(const ui::Preferences& p);
    void setDoNotDisturb(bool on);
    void connectEngine();
    void fetchStatistics();

    Console* console_;
    std::optional<Theme> themeOverride_;
    ThemeSwitcher themes_;
    std::unique_ptr<ui::SettingsPreferencesStore> preferences_;
    std::unique_ptr<ui::XdgAutostartStore> autostart_;
    std::unique_ptr<ui::NotificationCenter> center_;
    std::unique_ptr<ui::TrayIcon> tray_;
    std::unique_ptr<ui::Notifier> notifier_;
    QPointer<ui::SettingsDialog> settings_;
    QPointer<QDialog> statisticsWindow_;
    QPointer<ui::StatisticsView> statistics_;
    qint64 agentId_ = 0;
    bool firstSignIn_ = true;
};

} // namespace baton::app
