#pragma once

#include <QByteArray>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>

class QSettings;

namespace baton::ui {

// Interfaces for what the widgets remember, so the app decides where it lives
// and tests use temporary files. Each has a QSettings implementation that
// does not own the QSettings object. Nothing here stores a password or token.

// Per-chat composer drafts. An empty text removes the draft.
class DraftStore {
public:
    virtual ~DraftStore() = default;
    virtual QString draft(qint64 chatId) const = 0;
    virtual void setDraft(qint64 chatId, const QString& text) = 0;
};

// Shortcut bindings that differ from the defaults, by action id.
class ShortcutStore {
public:
    virtual ~ShortcutStore() = default;
    virtual QHash<QString, QList<QKeySequence>> bindings() const = 0;
    virtual void setBindings(const QHash<QString, QList<QKeySequence>>& bindings) = 0;
};

// Window geometry and splitter sizes.
class LayoutStore {
public:
    virtual ~LayoutStore() = default;
    virtual QByteArray state(const QString& key) const = 0;
    virtual void setState(const QString& key, const QByteArray& state) = 0;
};

// The login dialog's remembered server and email.
class LoginStore {
public:
    virtual ~LoginStore() = default;
    virtual QString serverUrl() const = 0;
    virtual QString email() const = 0;
    virtual void remember(const QString& serverUrl, const QString& email) = 0;
};

// The settings dialog's preferences (docs/ui.md, "Tray, notifications,
// settings"). `language` is empty for the system default, else "en", "de",
// "es" or "uk"; it takes effect at the next start.
struct Preferences {
    QString language;
    // "" follows the system, "light" or "dark" forces the palette.
    QString theme;
    bool startMinimized = false;
    bool notifications = true;
    bool notifyOpenChats = true;
    bool notifyMyMessages = true;
    bool doNotDisturb = false;
    bool sound = false;
    // The one-time "No system tray" notice was shown in this profile.
    bool trayNoticeShown = false;

    bool operator==(const Preferences&) const = default;
};

class PreferencesStore {
public:
    virtual ~PreferencesStore() = default;
    virtual Preferences preferences() const = 0;
    virtual void setPreferences(const Preferences& preferences) = 0;
};

class SettingsDraftStore : public DraftStore {
public:
    explicit SettingsDraftStore(QSettings* settings);
    QString draft(qint64 chatId) const override;
    void setDraft(qint64 chatId, const QString& text) override;

private:
    QSettings* settings_;
};

class SettingsShortcutStore : public ShortcutStore {
public:
    explicit SettingsShortcutStore(QSettings* settings);
    QHash<QString, QList<QKeySequence>> bindings() const override;
    void setBindings(const QHash<QString, QList<QKeySequence>>& bindings) override;

private:
    QSettings* settings_;
};

class SettingsLayoutStore : public LayoutStore {
public:
    explicit SettingsLayoutStore(QSettings* settings);
    QByteArray state(const QString& key) const override;
    void setState(const QString& key, const QByteArray& state) override;

private:
    QSettings* settings_;
};

class SettingsLoginStore : public LoginStore {
public:
    explicit SettingsLoginStore(QSettings* settings);
    QString serverUrl() const override;
    QString email() const override;
    void remember(const QString& serverUrl, const QString& email) override;

private:
    QSettings* settings_;
};

class SettingsPreferencesStore : public PreferencesStore {
public:
    explicit SettingsPreferencesStore(QSettings* settings);
    Preferences preferences() const override;
    void setPreferences(const Preferences& preferences) override;

private:
    QSettings* settings_;
};

} // namespace baton::ui
