#include "samples.h"

#include <QTest>

using namespace baton::protocol;
using namespace Qt::StringLiterals;

class TestStream : public QObject {
    Q_OBJECT

    static void roundTrip(const StreamFrame& frame)
    {
        const QByteArray bytes = encodeFrame(frame);
        const auto decoded = decodeFrame(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY2(*decoded == frame, bytes.constData());
    }

private Q_SLOTS:
    void everyFrameRoundTrips()
    {
        roundTrip(StreamFrame::hello(u"secret-token"_s, 1234));
        roundTrip(StreamFrame::hello(u"secret-token"_s, 0));
        roundTrip(StreamFrame::welcome(99));
        roundTrip(StreamFrame::resync(99));
        roundTrip(StreamFrame::ping());
        roundTrip(StreamFrame::pong());
        roundTrip(StreamFrame::ofError({ErrorCode::Unauthorized, u"bad token"_s, {}, {}}));
        for (const Event& e : samples::everyEvent())
            roundTrip(StreamFrame::ofEvent(e));
    }

    void wireShape()
    {
        QCOMPARE(encodeFrame(StreamFrame::hello(u"t"_s, 5)),
                 QByteArray(R"({"after":5,"token":"t","type":"hello"})"));
        QCOMPARE(encodeFrame(StreamFrame::ping()), QByteArray(R"({"type":"ping"})"));
        QCOMPARE(encodeFrame(StreamFrame::welcome(7)),
                 QByteArray(R"({"head":7,"type":"welcome"})"));
    }

    void helloWithoutAfterStartsFromZero()
    {
        const auto frame = decodeFrame(R"({"type":"hello","token":"t"})");
        QVERIFY(frame.ok());
        QCOMPARE(frame->after, 0);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("hello?") << QString();
        QTest::newRow("binary") << QByteArray("\xFF\xFE\x00\x01", 4) << QString();
        QTest::newRow("no type") << QByteArray(R"({"token":"t"})") << u"type"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"subscribe"})") << u"type"_s;
        QTest::newRow("hello without token")
            << QByteArray(R"({"type":"hello","after":3})") << u"token"_s;
        QTest::newRow("negative after")
            << QByteArray(R"({"type":"hello","token":"t","after":-1})") << u"after"_s;
        QTest::newRow("huge after")
            << QByteArray(R"({"type":"hello","token":"t","after":18446744073709551616})")
            << u"after"_s;
        QTest::newRow("event without event") << QByteArray(R"({"type":"event"})") << u"event"_s;
        QTest::newRow("event with broken payload")
            << QByteArray(R"({"type":"event","event":{"seq":3,"type":"note.deleted",)"
                          R"("at":"2026-11-21T09:00:00.000Z","data":{"chat_id":1}}})")
            << u"event.data.note_id"_s;
        QTest::newRow("welcome without head") << QByteArray(R"({"type":"welcome"})") << u"head"_s;
    }

    void badFrames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        const auto frame = decodeFrame(bytes);
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error.field, field);
        QVERIFY(!frame.error.message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestStream)
#include "tst_stream.moc"
