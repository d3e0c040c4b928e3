// batond's --config file: parsed by the same parseOptions() the server runs,
// and read by a real batond process.
#include "httpclient.h"
#include "options.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using baton::server::ParsedOptions;
using baton::server::parseOptions;

class TestOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileFillsWhatTheCommandLineLeavesUnset();
    void commandLineWinsOverTheFile();
    void relativeDataIsTakenFromTheFilesDirectory();
    void commentsBlankLinesAndHashesInValues();
    void badFilesAreRefusedWithTheLine_data();
    void badFilesAreRefusedWithTheLine();
    void missingFileIsRefused();
    void withoutConfigDataIsStillRequired();
    void realBatondReadsTheFile();

private:
    // Writes `text` to a file in the test's temporary directory.
    QString writeConfig(const QString& text);
    static ParsedOptions parse(const QStringList& arguments)
    {
        return parseOptions(QStringList{u"batond"_s} + arguments);
    }

    QTemporaryDir dir_;
    int files_ = 0;
};

QString TestOptions::writeConfig(const QString& text)
{
    const QString path = dir_.filePath(u"batond-%1.conf"_s.arg(++files_));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

void TestOptions::fileFillsWhatTheCommandLineLeavesUnset()
{
    const QString path = writeConfig(u"listen = 127.0.0.1:9123\n"
                                     u"data = /srv/baton\n"
                                     u"db = postgresql://baton@127.0.0.1:5432/baton\n"_s);
    const ParsedOptions parsed = parse({u"--config"_s, path});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->configFile, path);
    QCOMPARE(parsed.options->listenHost, u"127.0.0.1"_s);
    QCOMPARE(parsed.options->listenPort, quint16(9123));
    QCOMPARE(parsed.options->dataDir, u"/srv/baton"_s);
    QCOMPARE(parsed.options->databaseUrl, u"postgresql://baton@127.0.0.1:5432/baton"_s);
}

void TestOptions::commandLineWinsOverTheFile()
{
    const QString path = writeConfig(u"listen = 127.0.0.1:9123\ndata = /srv/baton\n"_s);
    const ParsedOptions parsed =
        parse({u"--listen"_s, u"127.0.0.1:7000"_s, u"--config"_s, path, u"--demo"_s});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->listenPort, quint16(7000));
    QCOMPARE(parsed.options->dataDir, u"/srv/baton"_s);
    QVERIFY(parsed.options->databaseUrl.isEmpty());
    QVERIFY(parsed.options->demo);

    // And an option the file does not set keeps its built-in default.
    const QString dataOnly = writeConfig(u"data = /srv/baton\n"_s);
    const ParsedOptions defaults = parse({u"--config"_s, dataOnly});
    QVERIFY2(defaults.options, qPrintable(defaults.error));
    QCOMPARE(defaults.options->listenHost, u"127.0.0.1"_s);
    QCOMPARE(defaults.options->listenPort, quint16(8080));
}

void TestOptions::relativeDataIsTakenFromTheFilesDirectory()
{
    const QString path = writeConfig(u"data = state/batond\n"_s);
    const ParsedOptions parsed = parse({u"--config"_s, path});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->dataDir, QDir(dir_.path()).filePath(u"state/batond"_s));
}

void TestOptions::commentsBlankLinesAndHashesInValues()
{
    const QString path = writeConfig(u"# batond settings\n"
                                     u"\n"
                                     u"; another comment\n"
                                     u"   data=/var/lib/batond   \n"
                                     u"db = postgresql://baton:se#cret@127.0.0.1/baton\n"
                                     u"listen =\n"_s);
    const ParsedOptions parsed = parse({u"--config"_s, path});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->dataDir, u"/var/lib/batond"_s);
    QCOMPARE(parsed.options->databaseUrl, u"postgresql://baton:se#cret@127.0.0.1/baton"_s);
    // An empty value counts as unset: the default applies.
    QCOMPARE(parsed.options->listenPort, quint16(8080));
}

void TestOptions::badFilesAreRefusedWithTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << u"data = /x\nport = 80\n"_s
                                 << u":2: unknown key 'port' (known keys: data, db, listen)"_s;
    QTest::newRow("no equals") << u"# ok\n\ndata /x\n"_s << u":3: expected 'key = value'"_s;
    QTest::newRow("twice") << u"data = /x\ndata = /y\n"_s << u":2: 'data' is set twice"_s;
    QTest::newRow("section") << u"[batond]\ndata = /x\n"_s << u":1: expected 'key = value'"_s;
    QTest::newRow("bad listen") << u"data = /x\nlisten = nowhere\n"_s
                                << u"--listen expects HOST:PORT, got 'nowhere'"_s;
}

void TestOptions::badFilesAreRefusedWithTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString path = writeConfig(text);
    const ParsedOptions parsed = parse({u"--config"_s, path});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
}

void TestOptions::missingFileIsRefused()
{
    const QString path = dir_.filePath(u"absent.conf"_s);
    const ParsedOptions parsed = parse({u"--config"_s, path, u"--data"_s, u"/x"_s});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(u"cannot read the config file "_s + path),
             qPrintable(parsed.error));
}

void TestOptions::withoutConfigDataIsStillRequired()
{
    const ParsedOptions parsed = parse({u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(u"--data DIR is required"_s), qPrintable(parsed.error));
}

void TestOptions::realBatondReadsTheFile()
{
    const QString data = dir_.filePath(u"real-data"_s);
    const QString path = writeConfig(u"data = %1\nlisten = 127.0.0.1:0\n"_s.arg(data));
    QProcess batond;
    batond.start(QStringLiteral(BATOND_PATH), {u"--config"_s, path, u"--demo"_s});
    QVERIFY2(batond.waitForStarted(10'000), qPrintable(batond.errorString()));
    const QDeadlineTimer deadline(30'000);
    while (!batond.canReadLine() && batond.state() == QProcess::Running && !deadline.hasExpired())
        batond.waitForReadyRead(200);
    const QString firstLine = QString::fromUtf8(batond.readLine()).trimmed();
    static const QRegularExpression pattern(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s);
    const auto match = pattern.match(firstLine);
    QVERIFY2(match.hasMatch(),
             qPrintable(firstLine + u'\n' + QString::fromUtf8(batond.readAllStandardError())));

    // The database went where the file said, and the server serves from it.
    QVERIFY(QFile::exists(QDir(data).filePath(u"batond.sqlite"_s)));
    baton::test::HttpClient http{QUrl(match.captured(1))};
    const baton::test::Reply login = http.login(u"ann@acme.test"_s);
    QVERIFY2(login.status == 200, qPrintable(login.describe()));
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 200);

    ::kill(static_cast<pid_t>(batond.processId()), SIGTERM);
    QVERIFY(batond.waitForFinished(15'000));
    QCOMPARE(batond.exitStatus(), QProcess::NormalExit);
    QCOMPARE(batond.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
