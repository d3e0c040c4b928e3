#include <protocol/supportwindow.h>

#include <QTest>

using namespace Qt::StringLiterals;
using baton::protocol::Channel;

namespace bp = baton::protocol;

namespace {

using std::chrono::seconds;

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

const QDateTime kLast = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

Q_DECLARE_METATYPE(Channel)

class TestSupportWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void windowLength_data();
    void windowLength();
    void windowEnd();
    void windowEndAcrossTimeZones();
    void boundaries_data();
    void boundaries();
    void noWindowChannelsAlwaysOpen_data();
    void noWindowChannelsAlwaysOpen();
    void neverWrote_data();
    void neverWrote();
    void everyInboundRestartsTheWindow();
};

void TestSupportWindow::windowLength_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<qint64>("expectedSeconds"); // -1: no window

    QTest::newRow("whatsapp") << Channel::WhatsApp << 24 * kHour;
    QTest::newRow("messenger") << Channel::Messenger << 24 * kHour;
    QTest::newRow("instagram") << Channel::Instagram << 7 * kDay;
    QTest::newRow("telegram") << Channel::Telegram << qint64(-1);
    QTest::newRow("viber") << Channel::Viber << qint64(-1);
    QTest::newRow("livechat") << Channel::LiveChat << qint64(-1);
}

void TestSupportWindow::windowLength()
{
    QFETCH(Channel, channel);
    QFETCH(qint64, expectedSeconds);
    const auto window = bp::supportWindow(channel);
    QCOMPARE(window.has_value(), expectedSeconds >= 0);
    if (window)
        QCOMPARE(window->count(), expectedSeconds);
}

void TestSupportWindow::windowEnd()
{
    QCOMPARE(bp::supportWindowEnd(Channel::WhatsApp, kLast), kLast.addSecs(kDay));
    QCOMPARE(bp::supportWindowEnd(Channel::Messenger, kLast), kLast.addSecs(kDay));
    QCOMPARE(bp::supportWindowEnd(Channel::Instagram, kLast),
             QDateTime(QDate(2024, 3, 8), QTime(12, 0), Qt::UTC));
    QCOMPARE(bp::supportWindowEnd(Channel::Telegram, kLast), std::nullopt);
    QCOMPARE(bp::supportWindowEnd(Channel::Viber, kLast), std::nullopt);
    QCOMPARE(bp::supportWindowEnd(Channel::LiveChat, kLast), std::nullopt);
    QCOMPARE(bp::supportWindowEnd(Channel::Telegram, std::nullopt), std::nullopt);
}

void TestSupportWindow::windowEndAcrossTimeZones()
{
    // The same instant in another offset gives the same end instant.
    const QDateTime plusThree = kLast.toOffsetFromUtc(3 * 3600);
    const auto end = bp::supportWindowEnd(Channel::WhatsApp, plusThree);
    QVERIFY(end.has_value());
    QCOMPARE(end->toMSecsSinceEpoch(), kLast.addSecs(kDay).toMSecsSinceEpoch());
    QVERIFY(bp::canSendFreeText(Channel::WhatsApp, plusThree, kLast.addSecs(kDay - 1)));
    QVERIFY(!bp::canSendFreeText(Channel::WhatsApp, plusThree, kLast.addSecs(kDay)));
}

// The window is open while now < end: a message sent exactly 24 hours (or 7
// days) after the subscriber's last message is already outside it.
void TestSupportWindow::boundaries_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<qint64>("msAfterLast");
    QTest::addColumn<bool>("open");

    const qint64 day = kDay * 1000;
    const qint64 week = 7 * day;
    for (const Channel channel : {Channel::WhatsApp, Channel::Messenger}) {
        const QByteArray name = bp::enumName(channel).toUtf8();
        QTest::addRow("%s at the last message", name.constData()) << channel << qint64(0) << true;
        QTest::addRow("%s one hour later", name.constData()) << channel << 3600'000LL << true;
        QTest::addRow("%s 1 ms before 24 h", name.constData()) << channel << day - 1 << true;
        QTest::addRow("%s exactly 24 h", name.constData()) << channel << day << false;
        QTest::addRow("%s 1 ms after 24 h", name.constData()) << channel << day + 1 << false;
        QTest::addRow("%s 2 days", name.constData()) << channel << 2 * day << false;
    }
    QTest::newRow("instagram 25 h") << Channel::Instagram << day + 3600'000LL << true;
    QTest::newRow("instagram 6 days") << Channel::Instagram << 6 * day << true;
    QTest::newRow("instagram 1 ms before 7 days") << Channel::Instagram << week - 1 << true;
    QTest::newRow("instagram exactly 7 days") << Channel::Instagram << week << false;
    QTest::newRow("instagram 8 days") << Channel::Instagram << 8 * day << false;
    // A clock a little behind the server's: still open.
    QTest::newRow("whatsapp now before last message") << Channel::WhatsApp << qint64(-5000) << true;
}

void TestSupportWindow::boundaries()
{
    QFETCH(Channel, channel);
    QFETCH(qint64, msAfterLast);
    QFETCH(bool, open);
    const QDateTime now = kLast.addMSecs(msAfterLast);
    QCOMPARE(bp::canSendFreeText(channel, kLast, now), open);
    const auto end = bp::supportWindowEnd(channel, kLast);
    QVERIFY(end.has_value());
    QCOMPARE(now < *end, open);
}

void TestSupportWindow::noWindowChannelsAlwaysOpen_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::newRow("telegram") << Channel::Telegram;
    QTest::newRow("viber") << Channel::Viber;
    QTest::newRow("livechat") << Channel::LiveChat;
}

void TestSupportWindow::noWindowChannelsAlwaysOpen()
{
    QFETCH(Channel, channel);
    QVERIFY(bp::canSendFreeText(channel, kLast, kLast));
    QVERIFY(bp::canSendFreeText(channel, kLast, kLast.addDays(30)));
    QVERIFY(bp::canSendFreeText(channel, kLast, kLast.addYears(5)));
    QVERIFY(bp::canSendFreeText(channel, std::nullopt, kLast)); // never wrote
}

void TestSupportWindow::neverWrote_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::newRow("whatsapp") << Channel::WhatsApp;
    QTest::newRow("messenger") << Channel::Messenger;
    QTest::newRow("instagram") << Channel::Instagram;
}

void TestSupportWindow::neverWrote()
{
    QFETCH(Channel, channel);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!bp::canSendFreeText(channel, std::nullopt, now));
    QVERIFY(!bp::canSendFreeText(channel, std::nullopt, kLast));
    // An invalid time counts as "never wrote".
    QVERIFY(!bp::canSendFreeText(channel, QDateTime(), now));

    const auto end = bp::supportWindowEnd(channel, std::nullopt);
    QVERIFY(end.has_value()); // the channel has a window; it is closed
    QVERIFY(end->isValid());
    QVERIFY(*end <= now);
    QVERIFY(*end < kLast);
}

void TestSupportWindow::everyInboundRestartsTheWindow()
{
    // Last wrote 23 h ago: open. They write again 1 h later: open for 24 h more.
    const QDateTime first = kLast;
    const QDateTime now = first.addSecs(30 * kHour);
    QVERIFY(!bp::canSendFreeText(Channel::WhatsApp, first, now));
    const QDateTime second = first.addSecs(23 * kHour);
    QVERIFY(bp::canSendFreeText(Channel::WhatsApp, second, now));
    QCOMPARE(bp::supportWindowEnd(Channel::WhatsApp, second), second.addSecs(kDay));
}

QTEST_APPLESS_MAIN(TestSupportWindow)
#include "tst_supportwindow.moc"
