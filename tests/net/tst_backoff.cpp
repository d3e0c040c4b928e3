#include <net/backoff.h>

#include <QSet>
#include <QTest>

#include <chrono>

using baton::net::Backoff;
using Ms = Backoff::Ms;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void ceilingDoublesAndCaps();
    void delaysWithinCeiling();
    void reset();
    void jitterVaries();
    void seededIsDeterministic();
    void capBelowBase();
    void manyAttemptsDoNotOverflow();
};

void TestBackoff::defaults()
{
    QRandomGenerator random(1);
    Backoff backoff(Ms{500}, Ms{60'000}, &random);
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(backoff.ceiling(), Ms{500});
}

void TestBackoff::ceilingDoublesAndCaps()
{
    QRandomGenerator random(2);
    Backoff backoff(Ms{500}, Ms{60'000}, &random);
    const QList<qint64> expected{500, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(backoff.attempts(), int(i));
        QCOMPARE(backoff.ceiling().count(), expected.at(i));
        const Ms delay = backoff.next();
        QVERIFY(delay.count() >= 0);
        QVERIFY2(delay.count() <= expected.at(i),
                 qPrintable(QString::number(delay.count()) + QLatin1StringView(" > ") +
                            QString::number(expected.at(i))));
    }
    QCOMPARE(backoff.attempts(), 10);
}

void TestBackoff::delaysWithinCeiling()
{
    QRandomGenerator random(12345);
    Backoff backoff(Ms{500}, Ms{60'000}, &random);
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 50; ++i) {
            const Ms ceiling = backoff.ceiling();
            QVERIFY(ceiling >= Ms{500});
            QVERIFY(ceiling <= Ms{60'000});
            const Ms delay = backoff.next();
            QVERIFY(delay >= Ms{0});
            QVERIFY(delay <= ceiling);
        }
        backoff.reset();
    }
}

void TestBackoff::reset()
{
    QRandomGenerator random(3);
    Backoff backoff(Ms{250}, Ms{10'000}, &random);
    for (int i = 0; i < 8; ++i)
        backoff.next();
    QCOMPARE(backoff.attempts(), 8);
    QCOMPARE(backoff.ceiling(), Ms{10'000});
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(backoff.ceiling(), Ms{250});
    QVERIFY(backoff.next() <= Ms{250});
    QCOMPARE(backoff.ceiling(), Ms{500});
}

void TestBackoff::jitterVaries()
{
    // Full jitter: at the cap, 200 draws from [0, 60 s] are not all the same,
    // and they spread over the range rather than hugging the ceiling.
    QRandomGenerator random(42);
    Backoff backoff(Ms{500}, Ms{60'000}, &random);
    for (int i = 0; i < 10; ++i)
        backoff.next();
    QCOMPARE(backoff.ceiling(), Ms{60'000});
    QSet<qint64> seen;
    qint64 below = 0;
    qint64 above = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = backoff.next().count();
        seen.insert(delay);
        if (delay < 30'000)
            ++below;
        else
            ++above;
    }
    QVERIFY2(seen.size() > 100, qPrintable(QString::number(seen.size())));
    QVERIFY(below > 50);
    QVERIFY(above > 50);

    // Two clients that fail at the same moment draw different first delays.
    QRandomGenerator a(7);
    QRandomGenerator b(8);
    Backoff first(Ms{500}, Ms{60'000}, &a);
    Backoff second(Ms{500}, Ms{60'000}, &b);
    QList<qint64> firstDelays;
    QList<qint64> secondDelays;
    for (int i = 0; i < 8; ++i) {
        firstDelays.append(first.next().count());
        secondDelays.append(second.next().count());
    }
    QVERIFY(firstDelays != secondDelays);
}

void TestBackoff::seededIsDeterministic()
{
    QRandomGenerator a(2024);
    QRandomGenerator b(2024);
    Backoff first(Ms{500}, Ms{60'000}, &a);
    Backoff second(Ms{500}, Ms{60'000}, &b);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(first.next(), second.next());
}

void TestBackoff::capBelowBase()
{
    // A cap below the base is raised to the base: the ceiling never drops.
    QRandomGenerator random(5);
    Backoff backoff(Ms{2'000}, Ms{1'000}, &random);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(backoff.ceiling(), Ms{2'000});
        QVERIFY(backoff.next() <= Ms{2'000});
    }
}

void TestBackoff::manyAttemptsDoNotOverflow()
{
    QRandomGenerator random(9);
    Backoff backoff(Ms{500}, Ms{60'000}, &random);
    for (int i = 0; i < 10'000; ++i) {
        const Ms delay = backoff.next();
        QVERIFY(delay >= Ms{0});
        QVERIFY(delay <= Ms{60'000});
    }
    QCOMPARE(backoff.attempts(), 10'000);
    QCOMPARE(backoff.ceiling(), Ms{60'000});
}

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
