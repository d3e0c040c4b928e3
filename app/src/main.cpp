#include <net/credentialstore.h>
#include <net/singleinstance.h>
#include <ui/stores.h>

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <app/console.h>
#include <app/options.h>
#include <app/profile.h>
#include <app/translations.h>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

void print(FILE* to, const QString& text)
{
    QTextStream out(to);
    out << text;
    if (!text.endsWith(u'\n'))
        out << u'\n';
}

void nameApplication()
{
    QCoreApplication::setApplicationName(u"baton"_s);
    QCoreApplication::setOrganizationName(u"Baton"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
}

// Parsed twice: first to find the profile and language, then again with the
// translators installed, so help and errors are in that language. Answers
// --help, --version and a wrong command line: the exit code when done.
std::optional<int> parse(const QStringList& arguments, const std::optional<QString>& password,
                         baton::app::Translations& translations, baton::app::Options& options)
{
    options = baton::app::parseOptions(arguments, password);
    if (options.error.isEmpty()) {
        const QString language = !options.language.isEmpty()
                                     ? options.language
                                     : baton::app::languageSetting(
                                           baton::app::Profile(options.profileDir).settingsPath());
        translations.install(language);
    } else {
        translations.install({});
    }
    options = baton::app::parseOptions(arguments, password);
    if (!options.error.isEmpty()) {
        print(stderr, options.error + u"\n\n"_s + options.helpText);
        return 2;
    }
    if (options.showHelp) {
        print(stdout, options.helpText);
        return 0;
    }
    if (options.showVersion) {
        print(stdout, u"baton %1"_s.arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    return std::nullopt;
}

// Whether the command line only asks for text (help, version, an error):
// that needs no display, so it must not need a GUI platform either.
bool answersInText(int argc, char* argv[], const std::optional<QString>& password)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const baton::app::Options options = baton::app::parseOptions(arguments, password);
    return !options.error.isEmpty() || options.showHelp || options.showVersion;
}

} // namespace

int main(int argc, char* argv[])
{
    std::optional<QString> password;
    if (qEnvironmentVariableIsSet("BATON_PASSWORD"))
        password = qEnvironmentVariable("BATON_PASSWORD");
    baton::app::Options options;
    if (answersInText(argc, argv, password)) {
        QCoreApplication application(argc, argv);
        nameApplication();
        baton::app::Translations translations;
        return parse(application.arguments(), password, translations, options).value_or(0);
    }

    QApplication application(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(u"Baton"_s);
    // The packaging's app id: desktops match the window to baton's .desktop file.
    QGuiApplication::setDesktopFileName(u"example.baton.Baton"_s);
    QApplication::setWindowIcon(QIcon(u":/baton/baton.svg"_s));
    // The Console decides when closing the window quits (close to tray).
    QApplication::setQuitOnLastWindowClosed(false);
    baton::app::Translations translations;
    if (const std::optional<int> done =
            parse(application.arguments(), password, translations, options))
        return *done;
    // One client per profile: a second launch hands its command line to the
    // first (which comes to the front) and exits.
    // Claimed before --reset, so a second launch never deletes the files
    // of a running one.
    const baton::app::Profile profile(options.profileDir);
    baton::net::SingleInstance single(profile.instanceKey());
    if (!single.claim()) {
        if (single.sendToRunning(application.arguments().mid(1))) {
            print(stdout, QCoreApplication::translate(
                              "main", "Baton is already running with this profile; it was "
                                      "brought to the front."));
            return 0;
        }
        print(stderr, QCoreApplication::translate(
                          "main", "Baton seems to be running but does not answer: %1")
                          .arg(single.errorString()));
        return 1;
    }

    if (options.reset) {
        if (options.forgetToken) {
            // Read who was signed in before the settings go.
            QSettings settings(profile.settingsPath(), QSettings::IniFormat);
            const baton::ui::SettingsLoginStore login(&settings);
            const QUrl server(login.serverUrl());
            const QString email = login.email();
            if (server.isValid() && !email.isEmpty()) {
                baton::net::CredentialStore store;
                bool done = false;
                store.remove(server, email, &application,
                             [&done](const baton::net::CredentialResult&) { done = true; });
                while (!done)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            }
        }
        QString error;
        if (!profile.reset(&error)) {
            print(stderr, error);
            return 1;
        }
    }

    baton::app::ConsoleConfig config;
    config.profileDir = options.profileDir;
    config.server = options.server;
    config.email = options.email;
    config.password = options.password;
    config.useKeychain = !options.noKeychain;
    config.openChat = options.chatId;
    config.palette = options.palette;
    baton::app::Console console(config);
    QObject::connect(&single, &baton::net::SingleInstance::activated, &console,
                     &baton::app::Console::handleArguments);
    QObject::connect(&console, &baton::app::Console::quitRequested, &application,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    console.start();
    return application.exec();
}
