// The command line (parsed and through the real executable) and the
// profile's folders.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <app/options.h>
#include <app/profile.h>

using namespace Qt::StringLiterals;
using baton::app::Options;
using baton::app::parseOptions;
using baton::app::Profile;

namespace {

Options parse(const QStringList& args, std::optional<QString> password = {})
{
    return parseOptions(QStringList{u"baton"_s} + args, password);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBaton(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Help, version and errors are text: they must work on a machine with no
    // display and no usable Qt platform (a server, an ssh session).
    env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"BATON_PASSWORD"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BATON_PATH), args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyOptionIsRead();
    void wrongCommandLinesAreRefusedWithAReason();
    void profileFoldersLiveUnderTheProfile();
    void resetForgetsCachesAndSettingsOnly();
    void executablePrintsVersionAndHelp();
    void executableRefusesAWrongOption();
};

void TestOptions::everyOptionIsRead()
{
    const Options o = parse({u"--server"_s, u"http://127.0.0.1:8080"_s, u"--profile"_s, u"/tmp/p"_s,
                             u"--reset"_s, u"--email"_s, u"ann@acme.test"_s, u"--no-keychain"_s},
                            u"demo"_s);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.server, QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(o.profileDir, u"/tmp/p"_s);
    QVERIFY(o.reset);
    QVERIFY(!o.forgetToken);
    QCOMPARE(o.email, u"ann@acme.test"_s);
    QCOMPARE(o.password, u"demo"_s);
    QVERIFY(o.noKeychain);
    QVERIFY(!o.showHelp);
    QVERIFY(!o.showVersion);

    const Options plain = parse({});
    QVERIFY(plain.error.isEmpty());
    QVERIFY(plain.server.isEmpty());
    QVERIFY(!plain.noKeychain);
    QVERIFY(plain.password.isEmpty());
    // The password is only taken with --email.
    QVERIFY(parse({}, u"secret"_s).password.isEmpty());
    QVERIFY(parse({u"--version"_s}).showVersion);
    QVERIFY(parse({u"--help"_s}).showHelp);
    QVERIFY(parse({u"--reset"_s, u"--forget-token"_s}).forgetToken);
    QCOMPARE(parse({u"--chat"_s, u"42"_s}).chatId, 42);
    QCOMPARE(parse({u"--palette"_s, u"Dark"_s}).palette, u"dark"_s);
    QVERIFY(plain.palette.isEmpty());
    QCOMPARE(plain.chatId, 0);
    for (const QString& option : {u"--server"_s, u"--profile"_s, u"--reset"_s, u"--email"_s,
                                  u"--no-keychain"_s, u"--version"_s})
        QVERIFY2(plain.helpText.contains(option), qPrintable(option));
}

void TestOptions::wrongCommandLinesAreRefusedWithAReason()
{
    QVERIFY(parse({u"--bogus"_s}).error.contains(u"bogus"_s));
    QVERIFY(parse({u"--server"_s, u"ftp://example.com"_s}).error.contains(u"http"_s));
    QVERIFY(parse({u"--email"_s, u"ann@acme.test"_s}).error.contains(u"BATON_PASSWORD"_s));
    QVERIFY(parse({u"--email"_s, u"ann@acme.test"_s}, u""_s).error.contains(u"BATON_PASSWORD"_s));
    QVERIFY(parse({u"--forget-token"_s}).error.contains(u"--reset"_s));
    QVERIFY(parse({u"stray"_s}).error.contains(u"stray"_s));
    QVERIFY(!parse({u"--server"_s}).error.isEmpty());
    QVERIFY(parse({u"--chat"_s, u"seven"_s}).error.contains(u"seven"_s));
    QVERIFY(parse({u"--chat"_s, u"-3"_s}).error.contains(u"-3"_s));
    QVERIFY(parse({u"--palette"_s, u"blue"_s}).error.contains(u"blue"_s));
}

void TestOptions::profileFoldersLiveUnderTheProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Profile profile(dir.path());
    QString error;
    QVERIFY2(profile.ensure(&error), qPrintable(error));
    for (const QString& sub : {profile.configDir(), profile.dataDir(), profile.cacheDir()}) {
        QVERIFY2(sub.startsWith(dir.path()), qPrintable(sub));
        QVERIFY(QDir(sub).exists());
    }
    QVERIFY(profile.settingsPath().startsWith(profile.configDir()));
    // One running client per profile folder.
    QCOMPARE(profile.instanceKey(), Profile(dir.path()).instanceKey());
    QVERIFY(profile.instanceKey() != Profile(dir.path() + u"/other"_s).instanceKey());
    const QUrl server(u"http://127.0.0.1:9000"_s);
    // One cache per account; the same account however it is spelled.
    QCOMPARE(profile.cachePath(server, u"ann@acme.test"_s),
             profile.cachePath(QUrl(u"HTTP://127.0.0.1:9000/"_s), u"Ann@Acme.test"_s));
    QVERIFY(profile.cachePath(server, u"ann@acme.test"_s) !=
            profile.cachePath(server, u"bob@acme.test"_s));
    QVERIFY(profile.cachePath(server, u"ann@acme.test"_s) !=
            profile.cachePath(QUrl(u"http://127.0.0.1:9001"_s), u"ann@acme.test"_s));
    QVERIFY(profile.cachePath(server, u"ann@acme.test"_s).startsWith(profile.dataDir()));
}

void TestOptions::resetForgetsCachesAndSettingsOnly()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensure(nullptr));
    const QString cache = profile.cachePath(QUrl(u"http://127.0.0.1:1"_s), u"a@b.c"_s);
    const QString other = profile.dataDir() + u"/keep.txt"_s;
    const QStringList paths{profile.settingsPath(), cache, cache + u"-wal"_s, other,
                            profile.cacheDir() + u"/img.png"_s};
    for (const QString& path : paths) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QString error;
    QVERIFY2(profile.reset(&error), qPrintable(error));
    QVERIFY(!QFile::exists(profile.settingsPath()));
    QVERIFY(!QFile::exists(cache));
    QVERIFY(!QFile::exists(cache + u"-wal"_s));
    QVERIFY(!QFile::exists(profile.cacheDir() + u"/img.png"_s));
    QVERIFY(QFile::exists(other)); // not ours: left alone
}

void TestOptions::executablePrintsVersionAndHelp()
{
    const Run version = runBaton({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"baton "_s), qPrintable(version.out));
    QVERIFY(version.out.contains(u'.'));
    const Run help = runBaton({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--profile"_s));
    QVERIFY(help.out.contains(u"--no-keychain"_s));
}

void TestOptions::executableRefusesAWrongOption()
{
    const Run bad = runBaton({u"--no-such-option"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"no-such-option"_s), qPrintable(bad.err));
    const Run noPassword = runBaton({u"--email"_s, u"ann@acme.test"_s});
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY(noPassword.err.contains(u"BATON_PASSWORD"_s));
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
