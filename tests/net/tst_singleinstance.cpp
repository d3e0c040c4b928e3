#include <net/singleinstance.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

const QString kHelper = QStringLiteral(BATON_SINGLEINSTANCE_HELPER);

// A helper process holding `key`, with its output read line by line.
struct Holder {
    QProcess process;

    bool start(const QString& key)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(kHelper, {key, u"hold"_s});
        return process.waitForStarted() && waitFor(u"claimed"_s);
    }
    // The next line; empty when the process ended without one.
    QString line()
    {
        while (!process.canReadLine()) {
            if (process.state() == QProcess::NotRunning || !process.waitForReadyRead(30000))
                return process.canReadLine() ? QString::fromUtf8(process.readLine()).trimmed()
                                             : QString();
        }
        return QString::fromUtf8(process.readLine()).trimmed();
    }
    bool waitFor(const QString& expected) { return line() == expected; }
    ~Holder()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

// What a `send` helper printed and its exit code.
QPair<int, QString> runSender(const QString& key, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(kHelper, QStringList{key, u"send"_s} + args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll()).trimmed()};
}

// A sender process started without waiting, for when this process holds the
// key and must run its event loop to answer.
struct AsyncSender {
    QProcess process;
    explicit AsyncSender(const QString& key, const QStringList& args)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(kHelper, QStringList{key, u"send"_s} + args);
    }
};

} // namespace

// One client per user and profile, between real processes.
class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysDependOnTheProfile();
    void secondLaunchActivatesTheFirst();
    void runningInstanceInThisProcessAnswersAnotherProcess();
    void staleSocketAfterACrashIsReclaimed();
    void garbageOnTheSocketIsIgnored();
};

void TestSingleInstance::keysDependOnTheProfile()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const QString ka = net::SingleInstance::keyFor(a.path());
    QCOMPARE(net::SingleInstance::keyFor(a.path()), ka);
    QVERIFY(ka != net::SingleInstance::keyFor(b.path()));
    QVERIFY(QFileInfo(ka).fileName().startsWith(u"baton-"_s));

    // Inside the session's runtime folder when there is one.
    QTemporaryDir runtime;
    const QByteArray old = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    const QString inRuntime = net::SingleInstance::keyFor(a.path());
    {
        net::SingleInstance instance(inRuntime);
        QVERIFY(instance.claim());
        QVERIFY(QFile::exists(inRuntime));
    }
    if (old.isEmpty())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", old);
    QCOMPARE(QFileInfo(inRuntime).absolutePath(), QFileInfo(runtime.path()).absoluteFilePath());
    QCOMPARE(QFileInfo(inRuntime).fileName(), QFileInfo(ka).fileName());
}

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    QTemporaryDir profile;
    const QString key = net::SingleInstance::keyFor(profile.path());
    Holder first;
    QVERIFY(first.start(key));

    // This process is a second launch: it cannot claim, it hands over.
    net::SingleInstance second(key);
    QVERIFY(!second.claim());
    QVERIFY(!second.isClaimed());
    QVERIFY(second.sendToRunning({u"--open-chat"_s, u"42"_s}));
    QCOMPARE(first.line(), u"activated --open-chat|42"_s);

    // A third process does the same.
    const auto [code, out] = runSender(key, {u"--server"_s, u"http://127.0.0.1:8080"_s});
    QCOMPARE(out, u"sent"_s);
    QCOMPARE(code, 0);
    QCOMPARE(first.line(), u"activated --server|http://127.0.0.1:8080"_s);
    // Empty command lines and unusual text arrive as they are.
    QVERIFY(second.sendToRunning({}));
    QCOMPARE(first.line(), u"activated"_s);
    QVERIFY(second.sendToRunning({u"Zoë Ødegaard – 🙂"_s}));
    QCOMPARE(first.line(), u"activated Zoë Ødegaard – 🙂"_s);

    // When the first quits normally, the key is free again.
    QVERIFY(second.sendToRunning({u"--quit"_s}));
    QCOMPARE(first.line(), u"activated --quit"_s);
    QVERIFY(first.process.waitForFinished(30000));
    QCOMPARE(first.process.exitCode(), 0);
    net::SingleInstance third(key);
    QVERIFY(third.claim());
}

void TestSingleInstance::runningInstanceInThisProcessAnswersAnotherProcess()
{
    QTemporaryDir profile;
    const QString key = net::SingleInstance::keyFor(profile.path());
    net::SingleInstance first(key);
    QVERIFY(first.claim());
    QVERIFY(first.claim()); // idempotent
    net::SingleInstance again(key);
    QVERIFY(!again.claim());
    QVERIFY(!again.errorString().isEmpty());

    QSignalSpy spy(&first, &net::SingleInstance::activated);
    AsyncSender sender(key, {u"--open-chat"_s, u"7"_s});
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{u"--open-chat"_s, u"7"_s}));
    QVERIFY(sender.process.waitForFinished(30000));
    QCOMPARE(sender.process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sender.process.readAll()).trimmed(), u"sent"_s);
}

void TestSingleInstance::staleSocketAfterACrashIsReclaimed()
{
    QTemporaryDir profile;
    const QString key = net::SingleInstance::keyFor(profile.path());
    {
        Holder crashed;
        QVERIFY(crashed.start(key));
        crashed.process.kill(); // SIGKILL: no clean-up
        QVERIFY(crashed.process.waitForFinished(30000));
    }
    // The socket file is still there, and nobody answers on it.
    const QString path = QDir::isAbsolutePath(key) ? key : QDir(QDir::tempPath()).filePath(key);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    net::SingleInstance probe(key);
    QVERIFY(!probe.sendToRunning({u"hello"_s}, 2000));

    net::SingleInstance next(key);
    QVERIFY(next.claim());
    QVERIFY(next.isClaimed());
    // And it works: another process reaches this one.
    QSignalSpy spy(&next, &net::SingleInstance::activated);
    AsyncSender sender(key, {u"--raise"_s});
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{u"--raise"_s});
    QVERIFY(sender.process.waitForFinished(30000));
    QCOMPARE(sender.process.exitCode(), 0);
}

void TestSingleInstance::garbageOnTheSocketIsIgnored()
{
    QTemporaryDir profile;
    const QString key = net::SingleInstance::keyFor(profile.path());
    net::SingleInstance first(key);
    QVERIFY(first.claim());
    QSignalSpy spy(&first, &net::SingleInstance::activated);
    {
        QLocalSocket junk;
        junk.connectToServer(key);
        QVERIFY(junk.waitForConnected(5000));
        junk.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(junk.waitForBytesWritten(5000));
        // The instance drops the connection without an activation.
        QTRY_COMPARE(junk.state(), QLocalSocket::UnconnectedState);
    }
    QCOMPARE(spy.count(), 0);
    // A proper client after it still gets through.
    AsyncSender sender(key, {u"ok"_s});
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{u"ok"_s});
    QVERIFY(sender.process.waitForFinished(30000));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
