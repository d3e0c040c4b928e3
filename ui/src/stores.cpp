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

} // namespace baton::ui
