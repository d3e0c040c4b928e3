#include <net/credentialstore.h>
#include <ui/stores.h>

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <app/console.h>
#include <app/options.h>
#include <app/profile.h>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(FILE* to, const QString& text)
{
    QTextStream out(to);
    out << text;
    if (!text.endsWith(u'\n'))
        out << u'\n';
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"baton"_s);
    QApplication::setOrganizationName(u"Baton"_s);
    QApplication::setApplicationDisplayName(u"Baton"_s);
    QApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    std::optional<QString> password;
    if (qEnvironmentVariableIsSet("BATON_PASSWORD"))
        password = qEnvironmentVariable("BATON_PASSWORD");
    const baton::app::Options options = baton::app::parseOptions(application.arguments(), password);
    if (!options.error.isEmpty()) {
        print(stderr, options.error + u"\n\n"_s + options.helpText);
        return 2;
    }
    if (options.showHelp) {
        print(stdout, options.helpText);
        return 0;
    }
    if (options.showVersion) {
        print(stdout, u"baton %1"_s.arg(QApplication::applicationVersion()));
        return 0;
    }
    if (options.reset) {
        const baton::app::Profile profile(options.profileDir);
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
    baton::app::Console console(config);
    QObject::connect(&console, &baton::app::Console::quitRequested, &application,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    console.start();
    return application.exec();
}
