#include "options.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace baton::server {

namespace {

// The keys a config file may set: the long names of the command-line options
// an administrator fixes per machine. Run modes (--demo, --simulate) stay on
// the command line.
const QStringList& configKeys()
{
    static const QStringList keys{u"data"_s, u"db"_s, u"listen"_s};
    return keys;
}

// "key = value" per line; blank lines and lines starting with '#' or ';' are
// skipped. The value is the rest of the line, trimmed, so a '#' inside a
// password stays part of it. A relative `data` is taken from the file's
// directory, not from wherever batond was started.
std::optional<QHash<QString, QString>> readConfigFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read the config file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const QString where = u"%1:%2: "_s.arg(path).arg(lineNumber);
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            *error = where + u"expected 'key = value', got '%1'"_s.arg(line);
            return std::nullopt;
        }
        const QString key = line.left(equals).trimmed();
        if (!configKeys().contains(key)) {
            *error =
                where + u"unknown key '%1' (known keys: %2)"_s.arg(key, configKeys().join(u", "));
            return std::nullopt;
        }
        if (values.contains(key)) {
            *error = where + u"'%1' is set twice"_s.arg(key);
            return std::nullopt;
        }
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    const QString data = values.value(u"data"_s);
    if (!data.isEmpty() && QDir::isRelativePath(data))
        values.insert(u"data"_s, QFileInfo(path).absoluteDir().filePath(data));
    return values;
}

} // namespace

bool splitHostPort(const QString& text, QString& host, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || h.isEmpty())
        return false;
    host = h;
    port = static_cast<quint16>(p);
    return true;
}

ParsedOptions parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Baton server: chats, bots and agents over HTTP and WebSocket."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(u"data"_s, u"Directory for the SQLite database and files."_s,
                                  u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address to listen on; port 0 picks a free one."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption db(
        u"db"_s, u"PostgreSQL URL (postgresql://user@host:port/db) instead of SQLite."_s, u"URL"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo workspaces when the database is empty."_s);
    const QCommandLineOption printRoutes(u"print-routes"_s,
                                         u"Print every route (METHOD /path) and exit."_s);
    const QCommandLineOption simulate(
        u"simulate"_s, u"With --demo: simulated subscribers keep writing to the demo bots."_s);
    const QCommandLineOption simulateInterval(u"simulate-interval"_s,
                                              u"Milliseconds between simulated inbound messages."_s,
                                              u"MS"_s, u"4000"_s);
    const QCommandLineOption catchUpInterval(
        u"catch-up-interval"_s,
        u"Milliseconds between reads of events written by other instances on the same database."_s,
        u"MS"_s, u"1000"_s);
    const QCommandLineOption noPageCache(
        u"no-page-cache"_s,
        u"Read every chat page from the database instead of keeping recent ones."_s);
    const QCommandLineOption config(
        u"config"_s,
        u"Read data, listen and db from FILE (key = value lines); options given here win."_s,
        u"FILE"_s);
    parser.addOptions({config, data, listen, db, demo, printRoutes, simulate, simulateInterval,
                       catchUpInterval, noPageCache});

    if (!parser.parse(arguments))
        return {std::nullopt, parser.errorText()};
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return {std::nullopt,
                u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst())};

    Options out;
    QHash<QString, QString> fromFile;
    if (parser.isSet(config)) {
        out.configFile = parser.value(config);
        QString error;
        auto values = readConfigFile(out.configFile, &error);
        if (!values)
            return {std::nullopt, error};
        fromFile = std::move(*values);
    }
    // The command line wins over the file, the file over the defaults.
    const auto value = [&](const QCommandLineOption& option) {
        const QString name = option.names().constFirst();
        if (parser.isSet(option) || fromFile.value(name).isEmpty())
            return parser.value(option);
        return fromFile.value(name);
    };
    out.dataDir = value(data);
    if (out.dataDir.isEmpty())
        return {std::nullopt, u"--data DIR is required (or data = DIR in the --config file)"_s};
    const QString listenValue = value(listen);
    if (!splitHostPort(listenValue, out.listenHost, out.listenPort))
        return {std::nullopt, u"--listen expects HOST:PORT, got '%1'"_s.arg(listenValue)};
    out.databaseUrl = value(db);
    out.demo = parser.isSet(demo);
    out.printRoutes = parser.isSet(printRoutes);
    out.simulate = parser.isSet(simulate);
    bool intervalOk = false;
    out.simulateIntervalMs = parser.value(simulateInterval).toInt(&intervalOk);
    if (!intervalOk || out.simulateIntervalMs < 50)
        return {std::nullopt, u"--simulate-interval expects milliseconds (at least 50)"_s};
    bool catchUpOk = false;
    out.catchUpIntervalMs = parser.value(catchUpInterval).toInt(&catchUpOk);
    if (!catchUpOk || out.catchUpIntervalMs < 50)
        return {std::nullopt, u"--catch-up-interval expects milliseconds (at least 50)"_s};
    out.pageCache = !parser.isSet(noPageCache);
    if (out.simulate && !out.demo)
        return {std::nullopt, u"--simulate needs --demo"_s};
    return {out, {}};
}

} // namespace baton::server
