#pragma once

#include <ui/stores.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace baton::ui {

class AutostartStore;

// Preferences in four tabs (Ctrl+Tab switches): General (language, start
// with the system, start minimized), Notifications, Shortcuts (opens the
// shortcuts dialog through shortcutsRequested), Account (server, agent,
// Sign out). OK and Apply save through the stores and emit
// preferencesChanged; a failed autostart change is shown and nothing else
// is lost (the dialog stays open).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `autostart` may be null (no autostart on this platform: the box is
    // hidden). Neither store is owned.
    SettingsDialog(PreferencesStore* preferences, AutostartStore* autostart,
                   QWidget* parent = nullptr);

    void setAccount(const QString& serverUrl, const QString& agentName);

    // The languages offered: code ("" = system default) and autonym.
    static QList<QPair<QString, QString>> languages();

    QTabWidget* tabs() const { return tabs_; }
    QComboBox* languageBox() const { return language_; }
    QLabel* restartNotice() const { return restart_; }
    QComboBox* themeBox() const { return theme_; }
    QCheckBox* autostartBox() const { return autostart_; }
    QCheckBox* startMinimizedBox() const { return minimized_; }
    QCheckBox* notificationsBox() const { return notifications_; }
    QCheckBox* openChatsBox() const { return openChats_; }
    QCheckBox* myMessagesBox() const { return myMessages_; }
    QCheckBox* doNotDisturbBox() const { return dnd_; }
    QCheckBox* soundBox() const { return sound_; }
    QPushButton* shortcutsButton() const { return shortcuts_; }
    QPushButton* signOutButton() const { return signOut_; }
    QLabel* serverLabel() const { return server_; }
    QLabel* agentLabel() const { return agent_; }
    QLabel* errorLabel() const { return error_; }
    QDialogButtonBox* buttons() const { return buttons_; }

    // What the controls say now.
    Preferences current() const;

public Q_SLOTS:
    // Saves; false (with the reason shown) when autostart could not be changed.
    bool apply();
    void accept() override;

Q_SIGNALS:
    void preferencesChanged(const baton::ui::Preferences& preferences);
    void shortcutsRequested();
    void signOutRequested();

private:
    QWidget* generalPage();
    QWidget* notificationsPage();
    QWidget* shortcutsPage();
    QWidget* accountPage();
    void load();
    void updateDependents();

    PreferencesStore* store_;
    AutostartStore* autostartStore_;
    QString loadedLanguage_;

    QTabWidget* tabs_;
    QComboBox* language_ = nullptr;
    QLabel* restart_ = nullptr;
    QComboBox* theme_ = nullptr;
    QCheckBox* autostart_ = nullptr;
    QCheckBox* minimized_ = nullptr;
    QCheckBox* notifications_ = nullptr;
    QCheckBox* openChats_ = nullptr;
    QCheckBox* myMessages_ = nullptr;
    QCheckBox* dnd_ = nullptr;
    QCheckBox* sound_ = nullptr;
    QPushButton* shortcuts_ = nullptr;
    QPushButton* signOut_ = nullptr;
    QLabel* server_ = nullptr;
    QLabel* agent_ = nullptr;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace baton::ui
