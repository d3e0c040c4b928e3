#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace baton::app {

// What the command line asked for (docs/app.md). Parsing never exits the
// process: main() decides what to print and with which exit code.
struct Options {
    QUrl server;              // --server: preselected in the login dialog
    QString profileDir;       // --profile: config, data and cache under this folder
    QString email;            // --email: sign in without the dialog (password from the env)
    QString password;         // from BATON_PASSWORD, only with --email
    bool reset = false;       // --reset: forget this profile's cache and settings
    bool forgetToken = false; // --forget-token (with --reset): the keychain entry too
    bool noKeychain = false;  // --no-keychain: the token lives in memory only
    qint64 chatId = 0;        // --chat: open this chat once signed in
    QString palette;          // --palette: "system", "light" or "dark" (empty: the setting)
    QString language;         // --language: "system", "en", "de", "es", "uk" (empty: the setting)
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
    QString error; // not empty: the command line is wrong (helpText says how to use it)
};

// Parses `arguments` (argv[0] first). `environmentPassword` is the value of
// BATON_PASSWORD, if set.
Options parseOptions(const QStringList& arguments,
                     const std::optional<QString>& environmentPassword);

} // namespace baton::app
