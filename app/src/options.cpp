#include <QCommandLineParser>
#include <QCoreApplication>

#include <app/options.h>

using namespace Qt::StringLiterals;

namespace baton::app {

namespace {

// QCommandLineParser's own texts are not translated; these are. lupdate
// files a free tr() under its namespace, so that is the context.
QString tr(const char* text)
{
    return QCoreApplication::translate("baton::app", text);
}

} // namespace

Options parseOptions(const QStringList& arguments,
                     const std::optional<QString>& environmentPassword)
{
    Options out;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Baton: the desktop console for support agents."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption server(u"server"_s, tr("Preselect the server at <url>."), tr("url"));
    const QCommandLineOption profile(
        u"profile"_s, tr("Keep settings, data and cache in <folder> instead of the usual places."),
        tr("folder"));
    const QCommandLineOption reset(
        u"reset"_s,
        tr("Forget the cached data and the settings of this profile (the saved login stays "
           "in the keychain unless --forget-token is given)."));
    const QCommandLineOption forgetToken(
        u"forget-token"_s, tr("With --reset: also remove the saved login from the keychain."));
    const QCommandLineOption email(
        u"email"_s,
        tr("Sign in as <email> without the login dialog; the password is read from the "
           "environment variable BATON_PASSWORD."),
        tr("email"));
    const QCommandLineOption noKeychain(
        u"no-keychain"_s, tr("Keep the session token in memory only (sign in again next time)."));
    const QCommandLineOption chat(u"chat"_s, tr("Open the chat with the number <id>."), tr("id"));
    const QCommandLineOption palette(
        u"palette"_s,
        tr("Colours: system (the desktop's), light or dark; overrides the setting for this run."),
        tr("theme"));
    const QCommandLineOption language(
        u"language"_s,
        tr("Show Baton in <language> (system, en, de, es or uk); overrides the setting for "
           "this run."),
        tr("language"));
    parser.addOptions({help, version, server, profile, reset, forgetToken, email, noKeychain, chat,
                       palette, language});
    out.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    out.showHelp = parser.isSet(help);
    out.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        out.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return out;
    }
    if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            out.error =
                tr("The server must be an http or https address: %1").arg(parser.value(server));
            return out;
        }
        out.server = url;
    }
    out.profileDir = parser.value(profile);
    if (parser.isSet(profile) && out.profileDir.isEmpty()) {
        out.error = tr("--profile needs a folder.");
        return out;
    }
    out.reset = parser.isSet(reset);
    out.forgetToken = parser.isSet(forgetToken);
    if (out.forgetToken && !out.reset) {
        out.error = tr("--forget-token only works together with --reset.");
        return out;
    }
    out.noKeychain = parser.isSet(noKeychain);
    if (parser.isSet(chat)) {
        bool ok = false;
        out.chatId = parser.value(chat).toLongLong(&ok);
        if (!ok || out.chatId <= 0) {
            out.error = tr("--chat needs a chat number: %1").arg(parser.value(chat));
            return out;
        }
    }
    if (parser.isSet(palette)) {
        out.palette = parser.value(palette).trimmed().toLower();
        if (out.palette != u"system"_s && out.palette != u"light"_s && out.palette != u"dark"_s) {
            out.error =
                tr("--palette must be system, light or dark: %1").arg(parser.value(palette));
            return out;
        }
    }
    if (parser.isSet(language)) {
        out.language = parser.value(language).trimmed().toLower();
        static const QStringList known{u"system"_s, u"en"_s, u"de"_s, u"es"_s, u"uk"_s};
        if (!known.contains(out.language)) {
            out.error =
                tr("--language must be system, en, de, es or uk: %1").arg(parser.value(language));
            return out;
        }
    }
    out.email = parser.value(email).trimmed();
    if (parser.isSet(email)) {
        if (out.email.isEmpty()) {
            out.error = tr("--email needs an address.");
            return out;
        }
        if (!environmentPassword || environmentPassword->isEmpty()) {
            out.error = tr("--email needs the password in the environment variable "
                           "BATON_PASSWORD.");
            return out;
        }
        out.password = *environmentPassword;
    }
    return out;
}

} // namespace baton::app
