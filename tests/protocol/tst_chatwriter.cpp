// The direct chat writer against the QJsonObject encoders: for many
// generated chats, with strings chosen to hurt (control characters, quotes,
// backslashes, non-ASCII, surrogate pairs and lone surrogates), its text
// must decode to the very page and parse to the JSON values of toJson().
#include "jsontestdata.h"

#include <protocol/chatwriter.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace bp = baton::protocol;

namespace {

using Generator = baton::test::JsonGenerator;
using baton::test::parsed;
using baton::test::qtBytes;
using baton::test::utcTime;

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
