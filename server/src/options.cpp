#include "options.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace baton::server {

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
    parser.addOptions({data, listen, db, demo, printRoutes, simulate, simulateInterval});

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
    out.dataDir = parser.value(data);
    if (out.dataDir.isEmpty())
        return {std::nullopt, u"--data DIR is required"_s};
    if (!splitHostPort(parser.value(listen), out.listenHost, out.listenPort))
        return {std::nullopt, u"--listen expects HOST:PORT, got '%1'"_s.arg(parser.value(listen))};
    out.databaseUrl = parser.value(db);
    out.demo = parser.isSet(demo);
    out.printRoutes = parser.isSet(printRoutes);
    out.simulate = parser.isSet(simulate);
    bool intervalOk = false;
    out.simulateIntervalMs = parser.value(simulateInterval).toInt(&intervalOk);
    if (!intervalOk || out.simulateIntervalMs < 50)
        return {std::nullopt, u"--simulate-interval expects milliseconds (at least 50)"_s};
    if (out.simulate && !out.demo)
        return {std::nullopt, u"--simulate needs --demo"_s};
    return {out, {}};
}

} // namespace baton::server
