// Client model figures at 100,000 chats: initial load, filter switch, search
// keystroke, event apply (throughput and the longest single turn), and
// opening a 10,000-message chat. Prints a table; with --json FILE also
// writes the figures for scripts and docs/performance.md.
//
// Every figure is wall-clock time (what the agent waits for). The CPU time of
// the process is printed beside it: on a shared machine the wall time also
// holds the time other processes ran, and the CPU time tells the two apart.
#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/messagemodel.h>
#include <protocol/event.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace baton;
using namespace baton::protocol;
using namespace Qt::StringLiterals;

namespace {

const QStringList kFirst = {u"Maria"_s, u"Jonas"_s, u"Aiko"_s,  u"Carlos"_s, u"Lena"_s,
                            u"Omar"_s,  u"Priya"_s, u"Sven"_s,  u"Zoë"_s,    u"Tomás"_s,
                            u"Mei"_s,   u"Olena"_s, u"Kwame"_s, u"Ines"_s,   u"Farid"_s};
const QStringList kLast = {u"Schmidt"_s, u"Kowalski"_s, u"Tanaka"_s, u"García"_s, u"Novak"_s,
                           u"Haddad"_s,  u"Sharma"_s,   u"Berg"_s,   u"Dubois"_s, u"Ribeiro"_s};

QDateTime base()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
}

Chat makeChat(qint64 id, QRandomGenerator& rng)
{
    Chat c;
    c.id = id;
    c.subscriberId = id;
    c.botId = 1 + id % 6;
    c.channel = static_cast<Channel>(id % 6);
    c.type = id % 17 == 0 ? ChatType::Group : ChatType::Personal;
    c.state = rng.bounded(4) == 0 ? ChatState::Closed : ChatState::Open;
    c.unreadCount = rng.bounded(3) == 0 ? rng.bounded(1, 9) : 0;
    if (rng.bounded(3) != 0)
        c.assigneeId = rng.bounded(1, 6);
    const QString first = kFirst.at(rng.bounded(kFirst.size()));
    const QString last = kLast.at(rng.bounded(kLast.size()));
    c.title = first + u' ' + last;
    c.username = first.toLower() + QString::number(id);
    c.email = c.username + u"@example.org"_s;
    c.phone = u"+1 555 %1"_s.arg(id, 7, 10, QChar(u'0'));
    const QDateTime at = base().addSecs(-rng.bounded(30 * 24 * 3600));
    c.lastMessage = MessagePreview{u"Hi, question about order %1"_s.arg(id),
                                   Direction::In,
                                   MessageSource::Subscriber,
                                   MessageKind::Text,
                                   std::nullopt,
                                   at,
                                   id * 10};
    c.lastActivityAt = at;
    c.lastInboundAt = at;
    c.botStatus.changedAt = at;
    c.botStatus.version = 1;
    return c;
}

struct Stat {
    double medianMs = 0;
    double maxMs = 0;
};

Stat summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

// Wall-clock and process CPU time since the last restart.
class Timer {
public:
    void start() { restart(); }
    void restart()
    {
        wall_.start();
        cpu_ = std::clock();
    }
    double wallMs() const { return static_cast<double>(wall_.nsecsElapsed()) / 1e6; }
    double cpuMs() const
    {
        return static_cast<double>(std::clock() - cpu_) * 1000.0 / CLOCKS_PER_SEC;
    }

private:
    QElapsedTimer wall_;
    std::clock_t cpu_ = 0;
};

// VmRSS of this process in MiB (0 where /proc is not there).
double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double msSince(const Timer& t)
{
    return t.wallMs();
}

// What a view does after a change: ask for the row count and the rows it
// shows. The proxy builds its mapping lazily, so without this a filter
// change would look free.
int touchVisibleRows(const QAbstractItemModel& model)
{
    const int rows = model.rowCount();
    int seen = 0;
    for (int row = 0; row < std::min(rows, 40); ++row)
        seen += model.data(model.index(row, 0)).isValid() ? 1 : 0;
    return seen;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int chats = args.contains(u"--small"_s) ? 10'000 : 100'000;
    const int jsonAt = static_cast<int>(args.indexOf(u"--json"_s));
    QRandomGenerator rng(20261121);

    const double rssBeforeMiB = rssMiB();
    QList<Chat> all;
    all.reserve(chats);
    for (int i = 1; i <= chats; ++i)
        all.append(makeChat(i, rng));

    models::ChatListModel list;
    models::ChatFilterModel filter(&list);
    filter.setCurrentAgentId(1);

    Timer t;
    t.start();
    list.setChats(std::move(all)); // the model keeps its own copy, as in the app
    touchVisibleRows(filter);
    const double loadMs = msSince(t);
    const double loadCpuMs = t.cpuMs();
    // What the loaded list costs: the process's growth from before the
    // chats were made (the decoded list is released by now).
    const double modelMiB = rssMiB() - rssBeforeMiB;

    // Filter switches: each list tab, then a channel, then back.
    std::vector<double> switches;
    std::vector<double> switchesCpu;
    const ChatList lists[] = {ChatList::Unread, ChatList::Closed, ChatList::All, ChatList::Open};
    for (int round = 0; round < 5; ++round) {
        for (ChatList l : lists) {
            t.restart();
            filter.setList(l);
            touchVisibleRows(filter);
            switches.push_back(msSince(t));
            switchesCpu.push_back(t.cpuMs());
        }
        t.restart();
        filter.setChannel(Channel::WhatsApp);
        touchVisibleRows(filter);
        switches.push_back(msSince(t));
        switchesCpu.push_back(t.cpuMs());
        t.restart();
        filter.setChannel(std::nullopt);
        touchVisibleRows(filter);
        switches.push_back(msSince(t));
        switchesCpu.push_back(t.cpuMs());
    }

    // Search keystrokes: typing a name and deleting it again.
    std::vector<double> keys;
    std::vector<double> keysCpu;
    const QString typed = u"maria sch"_s;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            t.restart();
            filter.setSearch(typed.left(n));
            touchVisibleRows(filter);
            keys.push_back(msSince(t));
            keysCpu.push_back(t.cpuMs());
        }
        for (qsizetype n = typed.size() - 1; n >= 0; --n) {
            t.restart();
            filter.setSearch(typed.left(n));
            touchVisibleRows(filter);
            keys.push_back(msSince(t));
            keysCpu.push_back(t.cpuMs());
        }
    }

    // Events: a stream of chat.updated bumping activity (each one a row move)
    // applied in turns of 200, as a socket delivers them.
    const int eventCount = 50'000;
    const int perTurn = 200;
    QList<Event> events;
    events.reserve(eventCount);
    for (int i = 0; i < eventCount; ++i) {
        Chat c = list.chatAt(static_cast<int>(rng.bounded(list.count())));
        c.lastActivityAt = base().addSecs(i + 1);
        c.unreadCount += 1;
        events.append(Event{i + 1, EventType::ChatUpdated, c.lastActivityAt, {}, c});
    }
    double longestTurnMs = 0;
    double longestTurnCpuMs = 0;
    Timer total;
    total.start();
    for (int at = 0; at < eventCount; at += perTurn) {
        t.restart();
        list.applyEvents(events.mid(at, perTurn));
        list.flushPendingChanges();
        touchVisibleRows(filter);
        longestTurnMs = std::max(longestTurnMs, msSince(t));
        longestTurnCpuMs = std::max(longestTurnCpuMs, t.cpuMs());
    }
    const double eventsPerSecond = eventCount / (msSince(total) / 1000.0);
    const double eventsPerCpuSecond = eventCount / (total.cpuMs() / 1000.0);

    // Opening a 10,000-message chat.
    QList<Message> history;
    history.reserve(10'000);
    for (int i = 1; i <= 10'000; ++i) {
        Message m;
        m.id = i;
        m.chatId = 1;
        m.direction = i % 2 ? Direction::In : Direction::Out;
        m.source = i % 2 ? MessageSource::Subscriber : MessageSource::Bot;
        m.text = u"Message number %1 in a long conversation"_s.arg(i);
        m.createdAt = base().addSecs(i * 60);
        history.append(m);
    }
    models::MessageModel messages(1);
    t.restart();
    messages.setMessages(history, false);
    const double openMs = msSince(t);
    const double openCpuMs = t.cpuMs();

    const Stat sw = summarize(switches);
    const Stat swCpu = summarize(switchesCpu);
    const Stat key = summarize(keys);
    const Stat keyCpu = summarize(keysCpu);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);
    out << "chats                         " << chats << "   (wall; process CPU in brackets)\n"
        << "initial load (setChats)       " << loadMs << " ms (" << loadCpuMs << ")\n"
        << "memory of the loaded list     " << modelMiB << " MiB (RSS growth)\n"
        << "filter switch median / max    " << sw.medianMs << " / " << sw.maxMs << " ms ("
        << swCpu.medianMs << " / " << swCpu.maxMs << ")\n"
        << "search keystroke median / max " << key.medianMs << " / " << key.maxMs << " ms ("
        << keyCpu.medianMs << " / " << keyCpu.maxMs << ")\n"
        << "events applied per second     " << static_cast<qint64>(eventsPerSecond) << " ("
        << static_cast<qint64>(eventsPerCpuSecond) << ")\n"
        << "longest turn (" << perTurn << " events)     " << longestTurnMs << " ms ("
        << longestTurnCpuMs << ")\n"
        << "open 10k-message chat         " << openMs << " ms (" << openCpuMs << ")\n";

    if (jsonAt >= 0 && jsonAt + 1 < args.size()) {
        const QJsonObject json{{u"chats"_s, chats},
                               {u"load_ms"_s, loadMs},
                               {u"model_rss_mib"_s, modelMiB},
                               {u"filter_switch_median_ms"_s, sw.medianMs},
                               {u"filter_switch_max_ms"_s, sw.maxMs},
                               {u"search_key_median_ms"_s, key.medianMs},
                               {u"search_key_max_ms"_s, key.maxMs},
                               {u"events_per_second"_s, eventsPerSecond},
                               {u"longest_turn_ms"_s, longestTurnMs},
                               {u"open_10k_messages_ms"_s, openMs},
                               {u"load_cpu_ms"_s, loadCpuMs},
                               {u"filter_switch_median_cpu_ms"_s, swCpu.medianMs},
                               {u"filter_switch_max_cpu_ms"_s, swCpu.maxMs},
                               {u"search_key_median_cpu_ms"_s, keyCpu.medianMs},
                               {u"search_key_max_cpu_ms"_s, keyCpu.maxMs},
                               {u"events_per_cpu_second"_s, eventsPerCpuSecond},
                               {u"longest_turn_cpu_ms"_s, longestTurnCpuMs},
                               {u"open_10k_messages_cpu_ms"_s, openCpuMs}};
        QFile file(args.at(jsonAt + 1));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(QJsonDocument(json).toJson());
    }
    return 0;
}
