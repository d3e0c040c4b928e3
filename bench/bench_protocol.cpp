// Encodes and decodes a page of chats and a burst of events, the two shapes
// the client parses most, and prints per-item costs.
#include <protocol/event.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace baton::protocol;
using namespace Qt::StringLiterals;

namespace {

Chat makeChat(qint64 id)
{
    const QDateTime base(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
    Chat c;
    c.id = id;
    c.subscriberId = id;
    c.botId = 1 + id % 6;
    c.channel = static_cast<Channel>(id % 6);
    c.state = id % 4 == 0 ? ChatState::Closed : ChatState::Open;
    c.unreadCount = id % 3;
    if (id % 2 == 0)
        c.assigneeId = 1 + id % 3;
    c.title = u"Subscriber %1"_s.arg(id);
    c.username = u"user%1"_s.arg(id);
    c.email = u"user%1@example.org"_s.arg(id);
    c.phone = u"+1 555 %1"_s.arg(id, 7, 10, QChar(u'0'));
    c.lastMessage = MessagePreview{u"Hello, I have a question about my order number %1"_s.arg(id),
                                   Direction::In,
                                   MessageSource::Subscriber,
                                   MessageKind::Text,
                                   std::nullopt,
                                   base.addSecs(id)};
    c.lastActivityAt = base.addSecs(id);
    c.lastInboundAt = base.addSecs(id);
    c.botStatus.changedAt = base;
    return c;
}

struct Figures {
    double encodeUs;
    double decodeUs;
};

template <class T>
Figures measure(const std::vector<T>& items)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<QByteArray> encoded;
    encoded.reserve(items.size());
    for (const T& item : items)
        encoded.push_back(QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact));
    const double encodeNs = static_cast<double>(timer.nsecsElapsed());
    timer.restart();
    qsizetype decodedOk = 0;
    for (const QByteArray& bytes : encoded)
        decodedOk += decodeBytes<T>(bytes).ok() ? 1 : 0;
    const double decodeNs = static_cast<double>(timer.nsecsElapsed());
    if (decodedOk != static_cast<qsizetype>(items.size()))
        qFatal("decode failed");
    const auto n = static_cast<double>(items.size());
    return {encodeNs / n / 1000.0, decodeNs / n / 1000.0};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100'000;

    std::vector<Chat> chats;
    std::vector<Event> events;
    chats.reserve(static_cast<std::size_t>(count));
    events.reserve(static_cast<std::size_t>(count));
    for (int i = 1; i <= count; ++i) {
        chats.push_back(makeChat(i));
        events.push_back(
            Event{i, EventType::ChatUpdated, chats.back().lastActivityAt, {}, chats.back()});
    }

    QTextStream out(stdout);
    const Figures chat = measure(chats);
    const Figures event = measure(events);
    out << "items: " << count << '\n';
    out << "chat  encode " << chat.encodeUs << " us, decode " << chat.decodeUs << " us\n";
    out << "event encode " << event.encodeUs << " us, decode " << event.decodeUs << " us\n";
    out << "events decoded per second: " << static_cast<qint64>(1e6 / event.decodeUs) << '\n';
    return 0;
}
