// The direct chat writer against the QJsonObject encoders: for many
// generated chats, with strings chosen to hurt (control characters, quotes,
// backslashes, non-ASCII, surrogate pairs and lone surrogates), its text
// must decode to the very page and parse to the JSON values of toJson().
#include <protocol/chatwriter.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace bp = baton::protocol;

namespace {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what formatTime() can write.
constexpr qint64 kFirstMs = -62135596800000LL;
constexpr qint64 kLastMs = 253402300799999LL;

QDateTime utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

class Generator {
public:
    explicit Generator(quint32 seed)
        : random_(seed)
    {}

    int below(int n) { return static_cast<int>(random_.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    qint64 id() { return chance(10) ? bp::kMaxSafeInteger - below(3) : 1 + below(1000000); }
    qint64 count() { return chance(10) ? bp::kMaxSafeInteger : below(500); }
    std::optional<qint64> optId() { return chance(40) ? std::nullopt : std::optional(id()); }

    QDateTime time()
    {
        switch (below(4)) {
        case 0: // anywhere formatTime() can write
            return utcTime(kFirstMs + static_cast<qint64>(random_.bounded(
                                          static_cast<quint64>(kLastMs - kFirstMs + 1))));
        case 1: // the edges of each way of writing it
        {
            static constexpr qint64 edges[] = {kFirstMs, -1, 0, 1, 951782400000LL, kLastMs};
            return utcTime(edges[below(6)]);
        }
        default: // now-ish, with milliseconds
            return utcTime(1700000000000LL + static_cast<qint64>(random_.bounded(100000000000ULL)));
        }
    }
    std::optional<QDateTime> optTime() { return chance(40) ? std::nullopt : std::optional(time()); }

    template <class E>
    E pick()
    {
        const auto values = bp::allValues<E>();
        return values[static_cast<std::size_t>(below(static_cast<int>(values.size())))];
    }

    QString text()
    {
        if (chance(10))
            return chance(50) ? QString() : u""_s;
        QString out;
        const int pieces = 1 + below(12);
        for (int i = 0; i < pieces; ++i)
            appendPiece(out);
        return out;
    }

private:
    void appendPiece(QString& out)
    {
        switch (below(12)) {
        case 0:
            out += QChar(static_cast<char16_t>(below(0x20))); // control characters, NUL too
            break;
        case 1:
            out += QChar(below(2) ? u'"' : u'\\');
            break;
        case 2:
            out += u"\\u0041\\n/\u007f"_s; // escapes that must stay text
            break;
        case 3:
            out += QChar(static_cast<char16_t>(0x80 + below(0x780))); // 2 bytes in UTF-8
            break;
        case 4:
            out += QChar(static_cast<char16_t>(0x800 + below(0xD000 - 0x800))); // 3 bytes
            break;
        case 5: {
            static constexpr char16_t odd[] = {0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0xE000};
            out += QChar(odd[below(6)]);
            break;
        }
        case 6: { // a pair: 4 bytes in UTF-8
            const char32_t c = 0x10000 + static_cast<char32_t>(below(0x100000));
            out += QString::fromUcs4(&c, 1);
            break;
        }
        case 7: // a lone surrogate: high, low, or a high one at the very end
            out += QChar(
                static_cast<char16_t>(below(2) ? 0xD800 + below(0x400) : 0xDC00 + below(0x400)));
            break;
        case 8:
            out += u"Mária Šťastná 東京 😀 مرحبا"_s;
            break;
        default: {
            const int n = 1 + below(20);
            for (int i = 0; i < n; ++i)
                out += QChar(static_cast<char16_t>(0x20 + below(0x5F)));
        }
        }
    }

    QRandomGenerator random_;
};

bp::Chat generateChat(Generator& g)
{
    bp::Chat c;
    c.id = g.id();
    c.subscriberId = g.id();
    c.botId = g.id();
    c.channel = g.pick<bp::Channel>();
    c.type = g.pick<bp::ChatType>();
    c.state = g.pick<bp::ChatState>();
    c.unreadCount = g.count();
    c.assigneeId = g.optId();
    c.title = g.text();
    c.username = g.text();
    c.email = g.text();
    c.phone = g.text();
    c.avatarUrl = g.text();
    if (g.chance(80)) {
        bp::MessagePreview m;
        m.text = g.text();
        m.direction = g.pick<bp::Direction>();
        m.source = g.pick<bp::MessageSource>();
        m.kind = g.pick<bp::MessageKind>();
        m.agentId = g.optId();
        m.at = g.time();
        m.messageId = g.optId();
        c.lastMessage = m;
    }
    c.lastActivityAt = g.time();
    c.lastInboundAt = g.optTime();
    c.botStatus.state = g.pick<bp::BotState>();
    // The decoder's rules: no wake-up while active; an agent actor names its agent.
    if (c.botStatus.state != bp::BotState::Active)
        c.botStatus.until = g.optTime();
    c.botStatus.reason = g.pick<bp::BotStatusReason>();
    c.botStatus.actor.type = g.pick<bp::ActorType>();
    c.botStatus.actor.agentId =
        c.botStatus.actor.type == bp::ActorType::Agent ? std::optional(g.id()) : g.optId();
    c.botStatus.changedAt = g.time();
    c.botStatus.version = g.count();
    return c;
}

bp::ChatPage generatePage(Generator& g)
{
    bp::ChatPage page;
    const int n = g.below(9);
    for (int i = 0; i < n; ++i)
        page.chats.append(generateChat(g));
    if (g.chance(50))
        page.nextCursor = g.text();
    page.counts = {g.count(), g.count(), g.count(), g.count()};
    return page;
}

QJsonObject parsed(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << "at" << error.offset;
    return document.object();
}

QByteArray qtBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestChatWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatedPagesRoundTrip();
    void generatedChatsRoundTrip();
    void plainPageIsQtsText();
    void lastPageHasNullCursor();
    void stringEscapes();
    void timesAsFormatTime();
    void invalidTimeIsEmptyString();
};

void TestChatWriter::generatedPagesRoundTrip()
{
    Generator g(20261121);
    int chats = 0;
    for (int i = 0; i < 600; ++i) {
        const bp::ChatPage page = generatePage(g);
        chats += static_cast<int>(page.chats.size());
        const QByteArray bytes = bp::jsonBytes(page);
        QVERIFY2(bp::isValidUtf8(bytes), bytes.constData());
        const auto decoded = bp::decodeBytes<bp::ChatPage>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY(*decoded == page);
        // The same JSON values as toJson().
        QCOMPARE(parsed(bytes), bp::toJson(page));
    }
    QVERIFY(chats > 2000);
}

void TestChatWriter::generatedChatsRoundTrip()
{
    Generator g(7);
    for (int i = 0; i < 1000; ++i) {
        const bp::Chat chat = generateChat(g);
        const QByteArray bytes = bp::jsonBytes(chat);
        const auto decoded = bp::decodeBytes<bp::Chat>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY(*decoded == chat);
        QCOMPARE(parsed(bytes), bp::toJson(chat));
    }
}

void TestChatWriter::plainPageIsQtsText()
{
    // Without lone surrogates the text is QJsonDocument's, byte for byte:
    // clients see the same answers as before the writer.
    bp::Chat chat;
    chat.id = 12;
    chat.subscriberId = 34;
    chat.botId = 5;
    chat.title = u"Zoë \"Q\" \\ Tab\tNL\n 東京 😀 \u0001"_s;
    chat.username = u"zoe"_s;
    chat.lastActivityAt = utcTime(1763726469123LL);
    chat.lastInboundAt = utcTime(1763726460000LL);
    chat.assigneeId = 3;
    bp::MessagePreview preview;
    preview.text = u"hello"_s;
    preview.at = utcTime(1763726469123LL);
    preview.messageId = 99;
    chat.lastMessage = preview;
    chat.botStatus.state = bp::BotState::Snoozed;
    chat.botStatus.until = utcTime(1763730000000LL);
    chat.botStatus.actor = {bp::ActorType::Agent, 3};
    chat.botStatus.changedAt = utcTime(1763726400000LL);
    chat.botStatus.version = 4;
    bp::ChatPage page;
    page.chats = {chat, chat};
    page.nextCursor = u"djE6MTIzOjEyOmFiY2Q"_s;
    page.counts = {10, 2, 5, 15};
    QCOMPARE(bp::jsonBytes(page), qtBytes(bp::toJson(page)));
    QCOMPARE(bp::jsonBytes(chat), qtBytes(bp::toJson(chat)));
}

void TestChatWriter::lastPageHasNullCursor()
{
    const QByteArray bytes = bp::jsonBytes(bp::ChatPage{});
    QCOMPARE(bytes, QByteArray(R"({"chats":[],"counts":{"all":0,"closed":0,"open":0,"unread":0},)"
                               R"("next_cursor":null})"));
}

void TestChatWriter::stringEscapes()
{
    const auto written = [](const QString& text) {
        QByteArray out;
        bp::appendJsonString(out, text);
        return out;
    };
    QCOMPARE(written(u"a\"b\\c"_s), QByteArray(R"("a\"b\\c")"));
    QCOMPARE(written(QString(QChar(u'\0')) + u"\b\f\n\r\t\x1f\x7f"_s),
             QByteArray(R"("\u0000\b\f\n\r\t\u001f)"
                        "\x7f\""));
    QCOMPARE(written(u"é東😀"_s), QByteArray("\"\xC3\xA9\xE6\x9D\xB1\xF0\x9F\x98\x80\""));
    // Lone surrogates keep their unit as an escape; a pair split the wrong
    // way round is two lone ones.
    QString lone;
    lone += QChar(0xDC00);
    lone += QChar(0xD83D);
    QCOMPARE(written(lone), QByteArray(R"("\udc00\ud83d")"));
    // A byte order mark is escaped: QJsonDocument drops a raw one that opens a string.
    QCOMPARE(written(u"\uFEFFx"_s), QByteArray(R"("\ufeffx")"));
    QCOMPARE(parsed("{\"s\":" + written(u"\uFEFFx"_s) + '}').value(u"s"_s).toString(),
             u"\uFEFFx"_s);
    const QJsonObject back = parsed("{\"s\":" + written(lone) + '}');
    QCOMPARE(back.value(u"s"_s).toString(), lone);
}

void TestChatWriter::timesAsFormatTime()
{
    Generator g(99);
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time = g.time();
        QByteArray out;
        bp::appendJsonTime(out, time);
        QCOMPARE(out, '"' + bp::formatTime(time).toLatin1() + '"');
    }
    // A time given in another zone is written in UTC, as formatTime() does.
    const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(1763726469123LL, QTimeZone(3600 * 5));
    QByteArray out;
    bp::appendJsonTime(out, zoned);
    QCOMPARE(out, QByteArray("\"2025-11-21T12:01:09.123Z\""));
}

void TestChatWriter::invalidTimeIsEmptyString()
{
    QByteArray out;
    bp::appendJsonTime(out, QDateTime());
    QCOMPARE(out, QByteArray("\"\""));
    QCOMPARE(bp::formatTime(QDateTime()), QString());
}

QTEST_APPLESS_MAIN(TestChatWriter)
#include "tst_chatwriter.moc"
