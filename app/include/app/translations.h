#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace baton::app {

// The UI language (docs/translations.md): Baton's own translations, compiled
// in under :/i18n, and Qt's (standard buttons, key names, dialogs) from the
// Qt installation. English is the source language; its file only carries the
// plural forms.
class Translations {
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Installs the translators for `language` ("de", "es", "uk", "en"; empty
    // or "system" for the desktop's languages) in place of the previous
    // ones, and makes its locale the default for numbers and dates. Returns
    // that locale.
    QLocale install(const QString& language);

    // The language codes Baton is translated into, besides English.
    static QStringList codes();

private:
    void add(std::unique_ptr<QTranslator> translator);
    void removeAll();

    std::vector<std::unique_ptr<QTranslator>> installed_;
};

// The language a profile asked for in its settings ("" = the system's).
QString languageSetting(const QString& settingsPath);

} // namespace baton::app
