#include <ui/stores.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace baton::ui {

SettingsDraftStore::SettingsDraftStore(QSettings* settings)
    : settings_(settings)
{}

QString SettingsDraftStore::draft(qint64 chatId) const
{
    return settings_->value(u"drafts/%1"_s.arg(chatId)).toString();
}

void SettingsDraftStore::setDraft(qint64 chatId, const QString& text)
{
    const QString key = u"drafts/%1"_s.arg(chatId);
    if (text.isEmpty())
        settings_->remove(key);
    else
        settings_->setValue(key, text);
}

SettingsShortcutStore::SettingsShortcutStore(QSettings* settings)
    : settings_(settings)
{}

QHash<QString, QList<QKeySequence>> SettingsShortcutStore::bindings() const
{
    QHash<QString, QList<QKeySequence>> out;
    settings_->beginGroup(u"shortcuts"_s);
    const QStringList keys = settings_->childKeys();
    for (const QString& key : keys) {
        // Action ids contain dots; QSettings keeps them as they are.
        out.insert(key, QKeySequence::listFromString(settings_->value(key).toString(),
                                                     QKeySequence::PortableText));
    }
    settings_->endGroup();
    return out;
}

void SettingsShortcutStore::setBindings(const QHash<QString, QList<QKeySequence>>& bindings)
{
    settings_->remove(u"shortcuts"_s);
    settings_->beginGroup(u"shortcuts"_s);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        settings_->setValue(it.key(),
                            QKeySequence::listToString(it.value(), QKeySequence::PortableText));
    settings_->endGroup();
    settings_->sync();
}

SettingsLayoutStore::SettingsLayoutStore(QSettings* settings)
    : settings_(settings)
{}

QByteArray SettingsLayoutStore::state(const QString& key) const
{
    return settings_->value(u"layout/"_s + key).toByteArray();
}

void SettingsLayoutStore::setState(const QString& key, const QByteArray& state)
{
    settings_->setValue(u"layout/"_s + key, state);
}

SettingsLoginStore::SettingsLoginStore(QSettings* settings)
    : settings_(settings)
{}

QString SettingsLoginStore::serverUrl() const
{
    return settings_->value(u"login/server"_s).toString();
}

QString SettingsLoginStore::email() const
{
    return settings_->value(u"login/email"_s).toString();
}

void SettingsLoginStore::remember(const QString& serverUrl, const QString& email)
{
    settings_->setValue(u"login/server"_s, serverUrl);
    settings_->setValue(u"login/email"_s, email);
    settings_->sync();
}

SettingsPreferencesStore::SettingsPreferencesStore(QSettings* settings)
    : settings_(settings)
{}

Preferences SettingsPreferencesStore::preferences() const
{
    const Preferences d;
    Preferences p;
    settings_->beginGroup(u"preferences"_s);
    p.language = settings_->value(u"language"_s, d.language).toString();
    p.theme = settings_->value(u"theme"_s, d.theme).toString();
    p.startMinimized = settings_->value(u"startMinimized"_s, d.startMinimized).toBool();
    p.notifications = settings_->value(u"notifications"_s, d.notifications).toBool();
    p.notifyOpenChats = settings_->value(u"notifyOpenChats"_s, d.notifyOpenChats).toBool();
    p.notifyMyMessages = settings_->value(u"notifyMyMessages"_s, d.notifyMyMessages).toBool();
    p.doNotDisturb = settings_->value(u"doNotDisturb"_s, d.doNotDisturb).toBool();
    p.sound = settings_->value(u"sound"_s, d.sound).toBool();
    p.trayNoticeShown = settings_->value(u"trayNoticeShown"_s, d.trayNoticeShown).toBool();
    settings_->endGroup();
    return p;
}

void SettingsPreferencesStore::setPreferences(const Preferences& p)
{
    settings_->beginGroup(u"preferences"_s);
    settings_->setValue(u"language"_s, p.language);
    settings_->setValue(u"theme"_s, p.theme);
    settings_->setValue(u"startMinimized"_s, p.startMinimized);
    settings_->setValue(u"notifications"_s, p.notifications);
    settings_->setValue(u"notifyOpenChats"_s, p.notifyOpenChats);
    settings_->setValue(u"notifyMyMessages"_s, p.notifyMyMessages);
    settings_->setValue(u"doNotDisturb"_s, p.doNotDisturb);
    settings_->setValue(u"sound"_s, p.sound);
    settings_->setValue(u"trayNoticeShown"_s, p.trayNoticeShown);
    settings_->endGroup();
    settings_->sync();
}

} // namespace baton::ui
