#include <ui/stores.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <app/translations.h>

using namespace Qt::StringLiterals;

namespace baton::app {

Translations::Translations() = default;

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::codes()
{
    return {u"de"_s, u"es"_s, u"uk"_s};
}

QLocale Translations::install(const QString& language)
{
    removeAll();
    const bool system = language.isEmpty() || language == u"system"_s;
    const QLocale locale = system ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Installed last is asked first: the language, then English plurals for
    // whatever it does not cover (the source texts say "chat(s)").
    auto english = std::make_unique<QTranslator>();
    if (english->load(u":/i18n/baton_en.qm"_s))
        add(std::move(english));
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, qtDir))
        add(std::move(qt));
    auto baton = std::make_unique<QTranslator>();
    if (baton->load(locale, u"baton"_s, u"_"_s, u":/i18n"_s))
        add(std::move(baton));
    return locale;
}

void Translations::add(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    installed_.push_back(std::move(translator));
}

void Translations::removeAll()
{
    for (const auto& translator : installed_)
        QCoreApplication::removeTranslator(translator.get());
    installed_.clear();
}

QString languageSetting(const QString& settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    return ui::SettingsPreferencesStore(&settings).preferences().language;
}

} // namespace baton::app
