// batond: the composition root. Every long-lived object is created and
// wired here; nothing reaches another through a global.
#include "api.h"
#include "auth.h"
#include "botengine.h"
#include "botstatusservice.h"
#include "channelservice.h"
#include "chatservice.h"
#include "chatstore.h"
#include "conversationroutes.h"
#include "crmservice.h"
#include "crypto.h"
#include "database.h"
#include "demo.h"
#include "eventfeed.h"
#include "eventhub.h"
#include "eventstore.h"
#include "extraroutes.h"
#include "flowstore.h"
#include "httpfront.h"
#include "logging.h"
#include "messageactionservice.h"
#include "messageservice.h"
#include "messagestore.h"
#include "noteservice.h"
#include "options.h"
#include "signalwatcher.h"
#include "simulator.h"
#include "statsservice.h"
#include "streamsession.h"
#include "subscriberservice.h"
#include "uploadservice.h"
#include "workspacestore.h"

#include <protocol/version.h>

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace baton::server;

namespace {

int failStart(const QString& message)
{
    std::fprintf(stderr, "batond: %s\n", qPrintable(message));
    return 1;
}

std::optional<QHostAddress> listenAddress(const QString& host)
{
    if (host == u"localhost"_s)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return address;
}

// Test hooks: shorter stream timeouts so tests need not wait 45 s.
StreamTimeouts streamTimeouts()
{
    StreamTimeouts t;
    const auto read = [](const char* name, int fallback) {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        return ok && value > 0 ? value : fallback;
    };
    t.helloMs = read("BATON_STREAM_HELLO_MS", t.helloMs);
    t.pingMs = read("BATON_STREAM_PING_MS", t.pingMs);
    t.deadMs = read("BATON_STREAM_DEAD_MS", t.deadMs);
    return t;
}

bool openDatabase(Database& db, const Options& options, QString* error)
{
    if (options.databaseUrl.isEmpty()) {
        if (!QDir().mkpath(options.dataDir)) {
            *error = u"cannot create the data directory %1"_s.arg(options.dataDir);
            return false;
        }
        return db.openSqlite(QDir(options.dataDir).filePath(u"batond.sqlite"_s), error);
    }
    const auto settings = parsePostgresUrl(options.databaseUrl, error);
    if (!settings)
        return false;
    return db.openPostgres(*settings, error);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"batond"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"_s);

    const ParsedOptions parsed = parseOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        std::fprintf(stderr, "batond: %s\nTry 'batond --help'.\n", qPrintable(parsed.error));
        return 2;
    }
    const Options& options = *parsed.options;
    const auto address = listenAddress(options.listenHost);
    if (!address)
        return failStart(u"cannot listen on '%1': not an IP address"_s.arg(options.listenHost));
    if (!crypto::initialize())
        return failStart(u"libsodium failed to initialise"_s);

    Database db;
    QString error;
    if (!openDatabase(db, options, &error))
        return failStart(u"cannot open the database: %1"_s.arg(error));
    if (!db.migrate(&error))
        return failStart(error);

    // Test hook: BATON_CLOCK_OFFSET_S moves the server's clock (e.g. past the
    // 48-hour edit window on a restart). Never set in production.
    const qint64 clockOffsetSecs = qEnvironmentVariableIntValue("BATON_CLOCK_OFFSET_S");
    const auto clock = [clockOffsetSecs] {
        return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSecs);
    };
    WorkspaceStore workspaces(db);
    ChatStore chats(db);
    try {
        chats.fillMissingSearch();
    } catch (const DbError& e) {
        return failStart(u"cannot fill the search columns: %1"_s.arg(QString::fromUtf8(e.what())));
    }
    MessageStore messages(db);
    EventStore events(db);
    EventHub hub;
    AuthService auth(workspaces, hub, clock);
    ChatService chatService(db, chats, events, hub, workspaces, options.pageCache);
    BotStatusService botStatus(db, chats, messages, events, hub, clock);
    MessageService messageService(db, chats, messages, events, hub, botStatus);
    // Bot engine, channels, CRM and statistics (extraroutes.h).
    FlowStore flows(db);
    CrmService crm(db, events, hub);
    StatsService stats(db);
    BotEngine engine(db, flows, chats, messages, events, hub, botStatus, crm, clock);
    ChannelService channels(db, chats, messages, events, hub, flows, engine);
    // Subscriber card, notes, message actions and uploads (conversationroutes.h).
    SubscriberService subscriberService(db, chats, flows, events, hub);
    NoteService noteService(db, chats, events, hub);
    MessageActionService messageActions(db, chats, messages, events, hub);
    UploadService uploads(db, clock);

    if (options.demo) {
        try {
            seedDemo(db, workspaces, chats, messages, clock());
        } catch (const DbError& e) {
            return failStart(u"demo seeding failed: %1"_s.arg(QString::fromUtf8(e.what())));
        }
    }

    // Bot-status wake-ups that passed while the server was down are applied
    // before it serves; then a timer keeps applying them.
    try {
        botStatus.applyDueWakeUps();
    } catch (const DbError& e) {
        qCWarning(lcDb) << "applying wake-ups failed:" << e.what();
    }
    // Flow waits that ended while the server was down run before it serves.
    try {
        engine.resumeDueRuns();
    } catch (const DbError& e) {
        qCWarning(lcDb) << "resuming flows failed:" << e.what();
    }

    Api api({auth, workspaces, chatService, messageService, events}, clock);
    addChannelRoutes(api.mutableRouter(), channels);
    addFlowRoutes(api.mutableRouter(), engine);
    addCrmRoutes(api.mutableRouter(), crm);
    addStatsRoutes(api.mutableRouter(), stats);
    addBotStatusRoutes(api.mutableRouter(), botStatus);
    addSubscriberRoutes(api.mutableRouter(), subscriberService);
    addNoteRoutes(api.mutableRouter(), noteService);
    addMessageActionRoutes(api.mutableRouter(), messageActions);
    addUploadRoutes(api.mutableRouter(), uploads);
    if (options.printRoutes) {
        // For the docs test: every route the server answers.
        for (const Router::Route& route : api.router().routes())
            std::printf("%s %s\n", qPrintable(route.method), qPrintable(route.pattern));
        std::fflush(stdout);
        db.close();
        return 0;
    }
    StreamServer streams(auth, events, hub, streamTimeouts());
    // Events other instances on the same database commit reach our streams too.
    std::optional<PgSettings> listenSettings;
    if (!options.databaseUrl.isEmpty())
        listenSettings = parsePostgresUrl(options.databaseUrl);
    EventFeed feed(db, events, hub, listenSettings, options.catchUpIntervalMs);
    feed.start();
    HttpFront front([&api](const HttpRequest& request) { return api.handle(request); },
                    QString::fromLatin1(baton::protocol::kApiPrefix) + u"/stream"_s);
    QObject::connect(&front, &HttpFront::webSocketConnected, &streams, &StreamServer::accept);
    if (!front.start(*address, options.listenPort, &error))
        return failStart(u"cannot listen on %1:%2: %3"_s.arg(options.listenHost)
                             .arg(options.listenPort)
                             .arg(error));

    // The first stdout line is the contract with scripts and tests.
    const QString host = address->protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options.listenHost + u']'
                             : options.listenHost;
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(front.port()));
    std::fflush(stdout);
    qCInfo(lcServer).noquote() << "batond" << QCoreApplication::applicationVersion()
                               << "listening on port" << front.port();

    // --demo --simulate: traffic through our own inbound endpoint.
    std::unique_ptr<Simulator> simulator;
    if (options.simulate) {
        const bool anyAddress =
            QList<QHostAddress>{QHostAddress::AnyIPv4, QHostAddress::AnyIPv6, QHostAddress::Any}
                .contains(*address);
        QUrl self;
        self.setScheme(u"http"_s);
        self.setHost(anyAddress ? u"127.0.0.1"_s : address->toString());
        self.setPort(front.port());
        simulator = std::make_unique<Simulator>(db, self, options.simulateIntervalMs);
        if (!simulator->start())
            qCWarning(lcDemo) << "--simulate: no demo bots to simulate";
    }

    // Old events go; a client that far behind resyncs from a snapshot.
    QTimer pruneTimer;
    const auto prune = [&] {
        try {
            events.prune(clock().addDays(-30));
        } catch (const DbError& e) {
            qCWarning(lcDb) << "pruning events failed:" << e.what();
        }
    };
    QObject::connect(&pruneTimer, &QTimer::timeout, prune);
    pruneTimer.start(std::chrono::hours(1));
    prune();

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        qCInfo(lcServer) << "signal" << number << "received, shutting down";
        // Say goodbye on open streams, then give the event loop a moment to
        // write the close frames before it stops.
        streams.closeAll();
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });

    const int rc = QCoreApplication::exec();
    db.close();
    qCInfo(lcServer) << "stopped";
    return rc;
}
