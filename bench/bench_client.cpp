// Client start-up figures, one measurement per process so each starts cold:
//
//   bench_client --make-cache FILE [--chats N]   fill a LocalCache file
//   bench_client --empty --json OUT              an empty QMainWindow
//   bench_client --label --json OUT              one with a one-line QLabel
//   bench_client --list FILE --json OUT          the console on that cache
//
// "First paint" is the time from main() to the first paint event of the
// measured widget after show(): the central widget of the empty window (or
// the label), the chat list's viewport of the console. RSS is VmRSS after that paint. The
// console is built the way app/src/console.cpp builds it (the same models,
// stores and MainWindow::Context) and loaded the way SyncEngine::start()
// loads it (a ChatLoader: the newest chats into the model before the first
// paint, the rest decoded on a worker thread from that paint on and added
// a slice per event-loop turn); the network layer and sign-in are left out, they are not
// on the path to the first painted list. "Whole cache loaded" is the time
// from main() until the last slice is in the model, with the longest turn
// of the GUI thread from the first paint until then (a 1 ms probe timer:
// the longest gap between two of its ticks, and the GUI thread's CPU time
// in it); RSS is read then, with every chat in the model. --list then opens
// the top chat, which has 10,000 cached messages, through
// MainWindow::showChat() the way SyncEngine opens a chat (its newest page of
// 50 from the cache), and times it to the first paint of the message view;
// then again with all 10,000 rows in the view, and then times how long a
// change of one row (an edit) takes to paint with them all there.
#include "textgen.h"

#include <models/agentdirectory.h>
#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/chatloader.h>
#include <models/localcache.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <models/subscribercard.h>
#include <protocol/chatlist.h>
#include <ui/chatlistpane.h>
#include <ui/conversationpane.h>
#include <ui/mainwindow.h>
#include <ui/messageview.h>
#include <ui/stores.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <time.h>
#include <vector>

using namespace baton;
using namespace baton::protocol;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_sinceMain;

double msSinceMain()
{
    return static_cast<double>(g_sinceMain.nsecsElapsed()) / 1e6;
}

// Process CPU time so far: on a shared machine the wall time also holds
// other processes' turns, the CPU time does not.
double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// CPU time of the calling thread.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The longest turn of the event loop while it runs: a 1 ms timer's longest
// gap between two ticks (wall, less the 1 ms) and the thread's CPU time in
// that gap's longest one.
class StallProbe : public QObject {
public:
    StallProbe()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        wall_.start();
        cpu_ = threadCpuMs();
        timer_.start();
    }
    void stop() { timer_.stop(); }
    double longestMs() const { return longest_; }
    double longestCpuMs() const { return longestCpu_; }

private:
    void tick()
    {
        const double wall = static_cast<double>(wall_.nsecsElapsed()) / 1e6 - 1.0;
        const double cpu = threadCpuMs();
        longest_ = std::max(longest_, wall);
        longestCpu_ = std::max(longestCpu_, cpu - cpu_);
        wall_.start();
        cpu_ = cpu;
    }

    QTimer timer_;
    QElapsedTimer wall_;
    double cpu_ = 0;
    double longest_ = 0;
    double longestCpu_ = 0;
};

// VmRSS of this process in MiB.
double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Where the RSS is, from /proc/self/smaps_rollup (MiB): anonymous pages
// (heaps, thread arenas, stacks) and the rest (file-backed: libraries,
// fonts, the mapped cache file).
void addRssBreakdown(QJsonObject& result, const QString& prefix)
{
    QFile rollup(u"/proc/self/smaps_rollup"_s);
    if (!rollup.open(QIODevice::ReadOnly))
        return;
    double rss = -1;
    double anon = -1;
    const QList<QByteArray> lines = rollup.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const double kib = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble();
        if (line.startsWith("Rss:"))
            rss = kib / 1024.0;
        else if (line.startsWith("Anonymous:"))
            anon = kib / 1024.0;
    }
    if (rss < 0 || anon < 0)
        return;
    result[prefix + u"_anon_mib"_s] = anon;
    result[prefix + u"_file_mib"_s] = rss - anon;
}

// Calls `done` once, at the first paint event `watched` receives.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* watched, std::function<void()> done)
        : done_(std::move(done))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && done_) {
            watched->removeEventFilter(this);
            // After the paint itself, so its cost is in the figure.
            QMetaObject::invokeMethod(this, done_, Qt::QueuedConnection);
            done_ = nullptr;
        }
        return false;
    }

private:
    std::function<void()> done_;
};

void writeJson(const QString& path, const QJsonObject& json)
{
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(json).toJson());
}

QDateTime base()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
}

Chat makeChat(qint64 id, bench::TextGen& gen)
{
    Chat c;
    c.id = id;
    c.subscriberId = id;
    c.botId = 1 + id % 6;
    c.channel = static_cast<Channel>(id % 6);
    c.type = id % 17 == 0 ? ChatType::Group : ChatType::Personal;
    c.state = gen.bounded(3) == 0 ? ChatState::Closed : ChatState::Open;
    c.unreadCount = gen.bounded(3) == 0 ? gen.bounded(1, 9) : 0;
    if (gen.bounded(3) != 0)
        c.assigneeId = gen.bounded(1, 6);
    const QString first = gen.firstName();
    c.title = first + u' ' + gen.lastName();
    if (gen.bounded(2))
        c.username = first.toLower() + QString::number(id);
    if (gen.bounded(3) == 0)
        c.email = u"c%1@mail.test"_s.arg(id);
    if (gen.bounded(3) == 0)
        c.phone = u"+49 151 %1"_s.arg(id, 8, 10, QChar(u'0'));
    const QDateTime at = base().addSecs(-gen.bounded(90 * 24 * 3600));
    c.lastMessage = MessagePreview{gen.message(),
                                   Direction::In,
                                   MessageSource::Subscriber,
                                   MessageKind::Text,
                                   std::nullopt,
                                   at,
                                   id * 10};
    c.lastActivityAt = at;
    c.lastInboundAt = at;
    const int bot = gen.bounded(10);
    c.botStatus.state = bot < 6   ? BotState::Active
                        : bot < 9 ? BotState::Snoozed
                                  : BotState::Inactive;
    if (c.botStatus.state == BotState::Snoozed)
        c.botStatus.until = base().addSecs(3600);
    c.botStatus.changedAt = at;
    c.botStatus.version = 1;
    return c;
}

QList<Message> history(qint64 chatId, int count)
{
    bench::TextGen gen(7);
    QList<Message> out;
    out.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Message m;
        m.id = i;
        m.chatId = chatId;
        m.direction = i % 2 ? Direction::In : Direction::Out;
        m.source = i % 2 ? MessageSource::Subscriber : MessageSource::Bot;
        m.text = gen.message();
        m.createdAt = base().addSecs(-(count - i) * 60);
        out.append(m);
    }
    return out;
}

int makeCache(const QString& path, int count)
{
    QFile::remove(path);
    models::LocalCache cache(path);
    if (!cache.open())
        qFatal("cannot open cache: %s", qPrintable(cache.lastError()));
    bench::TextGen gen(20261121);
    QList<Chat> chats;
    chats.reserve(count);
    for (int i = 1; i <= count; ++i)
        chats.append(makeChat(i, gen));
    if (!cache.replaceSnapshot(chats, {}, 1))
        qFatal("cannot fill cache: %s", qPrintable(cache.lastError()));
    // The chat at the top of the list has 10,000 cached messages.
    const Chat top = *std::min_element(chats.cbegin(), chats.cend(), protocol::sortsBefore);
    if (!cache.storeMessages(history(top.id, 10'000)))
        qFatal("cannot store messages: %s", qPrintable(cache.lastError()));
    QTextStream(stdout) << "cache " << path << ": " << count << " chats\n";
    return 0;
}

// The floors: an empty QMainWindow, or one with a single line of text in a
// QLabel, the least a window can do to show any text at all (it pays for
// the font database, a font engine and shaping, as any text does).
int floorWindow(QApplication& app, const QString& json, bool withText)
{
    QMainWindow window;
    QWidget* central = withText ? new QLabel(u"Baton: chats waiting for you"_s) : new QWidget;
    window.setCentralWidget(central);
    window.resize(1280, 800);
    FirstPaint paint(central, [&] {
        writeJson(json, {{u"first_paint_ms"_s, msSinceMain()},
                         {u"first_paint_cpu_ms"_s, cpuMs()},
                         {u"first_paint_gui_cpu_ms"_s, threadCpuMs()},
                         {u"rss_mib"_s, rssMiB()}});
        app.quit();
    });
    window.show();
    return app.exec();
}

int console(QApplication& app, const QString& cachePath, const QString& json)
{
    QTemporaryDir profile;
    QSettings settings(profile.filePath(u"baton.ini"_s), QSettings::IniFormat);
    ui::SettingsDraftStore drafts(&settings);
    ui::SettingsShortcutStore shortcuts(&settings);
    ui::SettingsLayoutStore layout(&settings);
    models::AgentDirectory agents;
    models::ChatListModel chats;
    models::ChatFilterModel filter(&chats);
    models::SubscriberCard card(&agents);
    ui::MainWindow::Context context;
    context.chats = &filter;
    context.agents = &agents;
    context.card = &card;
    context.drafts = &drafts;
    context.shortcuts = &shortcuts;
    context.layout = &layout;
    context.clock = ui::systemClock();
    ui::MainWindow window(context);
    window.setCurrentAgent(1, false);
    window.resize(1280, 800);
    // Where the time to the first paint goes, for docs/performance.md.
    QJsonObject result;
    result[u"window_built_ms"_s] = msSinceMain();

    models::LocalCache cache(cachePath);
    if (!cache.open())
        qFatal("cannot open cache: %s", qPrintable(cache.lastError()));
    agents.setAgents(cache.agents());
    // SyncEngine::start()'s path: the first screen now, the rest after.
    models::ChatLoader loader(&cache, &chats);
    loader.start();
    result[u"chats_set_ms"_s] = msSinceMain();
    result[u"first_screen_rows"_s] = chats.count();
    StallProbe probe;

    std::unique_ptr<models::MessageModel> messages;
    std::unique_ptr<models::NotesModel> notes;
    // Kept to the end: a FirstPaint must outlive its own callback.
    std::vector<std::unique_ptr<FirstPaint>> chatPaints;
    QElapsedTimer openTimer;
    double openCpu = 0;
    const qint64 chatId = chats.count() > 0 ? chats.chatAt(0).id : 0;
    // Opens the top chat with `limit` of its cached messages, the way
    // SyncEngine::openChat() does (cache first), and calls `then` at the
    // first paint of the message view.
    std::function<void(int, const QString&, std::function<void()>)> open =
        [&](int limit, const QString& key, std::function<void()> then) {
            chatPaints.push_back(std::make_unique<FirstPaint>(
                window.conversation()->messageView()->viewport(), [&, key, then] {
                    result[key] = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
                    result[key + u"_cpu"_s] = cpuMs() - openCpu;
                    result[key + u"_rows"_s] = messages ? messages->rowCount() : 0;
                    then();
                }));
            openTimer.start();
            openCpu = cpuMs();
            auto model = std::make_unique<models::MessageModel>(chatId, &agents);
            model->setMessages(cache.messages(chatId, limit), limit < 10'000);
            notes = std::make_unique<models::NotesModel>(chatId, &agents);
            window.showChat(chatId, model.get(), notes.get());
            messages = std::move(model);
        };
    // Once the whole cache is in the model (and painted).
    const auto opens = [&] {
        // The app's path: the newest page (SyncEngine's kMessagePageLimit).
        open(50, u"open_10k_chat_ms"_s, [&] {
            // The worst case: all 10,000 messages in the view at once.
            open(10'000, u"open_10k_chat_all_rows_ms"_s, [&] {
                result[u"rss_after_open_mib"_s] = rssMiB();
                // One row changes (the newest message is edited):
                // the view lays every row out again before it paints.
                chatPaints.push_back(std::make_unique<FirstPaint>(
                    window.conversation()->messageView()->viewport(), [&] {
                        result[u"row_change_10k_rows_ms"_s] =
                            static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
                        result[u"row_change_10k_rows_ms_cpu"_s] = cpuMs() - openCpu;
                        writeJson(json, result);
                        app.quit();
                    }));
                openTimer.start();
                openCpu = cpuMs();
                protocol::Message newest = cache.messages(chatId, 1).constFirst();
                newest.text += u" (edited)"_s;
                newest.editedAt = newest.createdAt.addSecs(60);
                messages->upsertMessage(newest, false);
            });
        });
    };
    bool painted = false;
    bool loaded = false;
    const auto wholeLoad = [&] {
        probe.stop();
        result[u"whole_load_ms"_s] = msSinceMain();
        result[u"whole_load_cpu_ms"_s] = cpuMs();
        result[u"whole_load_stall_ms"_s] = probe.longestMs();
        result[u"whole_load_stall_cpu_ms"_s] = probe.longestCpuMs();
        result[u"rss_mib"_s] = rssMiB();
        addRssBreakdown(result, u"rss"_s);
        result[u"chats"_s] = chats.count();
        result[u"visible_rows"_s] = filter.rowCount();
        opens();
    };
    QObject::connect(&loader, &models::ChatLoader::finished, &app, [&] {
        loaded = true;
        if (painted)
            wholeLoad();
    });
    FirstPaint listPaint(window.chatList()->view()->viewport(), [&] {
        result[u"first_paint_ms"_s] = msSinceMain();
        result[u"first_paint_cpu_ms"_s] = cpuMs();
        // The GUI thread's alone (the decoding thread may have started).
        result[u"first_paint_gui_cpu_ms"_s] = threadCpuMs();
        result[u"rss_first_paint_mib"_s] = rssMiB();
        addRssBreakdown(result, u"rss_first_paint"_s);
        painted = true;
        // What the app does at the list's paint (MainWindow::chatListPainted).
        loader.proceed();
        if (loaded)
            wholeLoad();
        else
            probe.start();
    });
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const QString& name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const QString json = value(u"--json"_s);
    if (args.contains(u"--make-cache"_s)) {
        const QString chats = value(u"--chats"_s);
        return makeCache(value(u"--make-cache"_s), chats.isEmpty() ? 100'000 : chats.toInt());
    }
    if (args.contains(u"--empty"_s))
        return floorWindow(app, json, false);
    if (args.contains(u"--label"_s))
        return floorWindow(app, json, true);
    if (args.contains(u"--list"_s))
        return console(app, value(u"--list"_s), json);
    QTextStream(stderr)
        << "usage: bench_client --make-cache FILE [--chats N] | --empty | --label | --list "
           "FILE  [--json OUT]\n";
    return 2;
}
