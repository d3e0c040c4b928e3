// CredentialStore on the real system keychain. ctest runs this executable
// twice:
//  - tst_net_credentialstore: inside the D-Bus session with an unlocked
//    gnome-keyring that scripts/test sets up (a fresh HOME). Tokens must go
//    to the keyring, and no file under HOME may contain one.
//  - tst_net_credentialstore_nobus: with DBUS_SESSION_BUS_ADDRESS pointing
//    nowhere and BATON_TEST_KEYCHAIN=none. The store must say it is not
//    persistent, why, and still keep the token in memory, never in a file.
#include <net/credentialstore.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using baton::net::CredentialResult;
using baton::net::CredentialStore;

namespace {

constexpr int kWait = 30'000;

const QUrl kServerA(u"https://a.baton.test"_s);
const QUrl kServerB(u"https://b.baton.test:8443/support"_s);

// A token shaped like the server's: 32 random bytes, base64url, no padding.
QString freshToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Runs one store operation and waits for its callback.
template <class Op>
CredentialResult await(Op op)
{
    std::optional<CredentialResult> result;
    QObject context;
    op(&context, [&](const CredentialResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
        CredentialResult timedOut;
        timedOut.error = u"no answer within %1 ms"_s.arg(kWait);
        return timedOut;
    }
    return *result;
}

CredentialResult readToken(CredentialStore& store, const QUrl& server, const QString& agent)
{
    return await([&](QObject* c, CredentialStore::Callback done) {
        store.read(server, agent, c, std::move(done));
    });
}

CredentialResult writeToken(CredentialStore& store, const QUrl& server, const QString& agent,
                            const QString& token)
{
    return await([&](QObject* c, CredentialStore::Callback done) {
        store.write(server, agent, token, c, std::move(done));
    });
}

CredentialResult removeToken(CredentialStore& store, const QUrl& server, const QString& agent)
{
    return await([&](QObject* c, CredentialStore::Callback done) {
        store.remove(server, agent, c, std::move(done));
    });
}

// The directories a client could write to: config, data, cache and state
// (scanned recursively), and HOME itself (its files, not its subfolders, so
// a developer's real HOME is not walked end to end).
struct Scan {
    QStringList hits;
    int files = 0;
};

Scan scanForSecret(const QString& secret)
{
    const QList<QByteArray> needles{secret.toUtf8(), secret.toUtf8().toBase64(),
                                    secret.toUtf8().toHex()};
    QStringList roots{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        qEnvironmentVariable("XDG_STATE_HOME", QDir::homePath() + u"/.local/state"_s),
    };
    Scan scan;
    auto check = [&](const QString& path) {
        QFile file(path);
        if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            return;
        ++scan.files;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle)) {
                scan.hits << path;
                return;
            }
        }
    };
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            check(it.next());
    }
    QDirIterator home(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (home.hasNext())
        check(home.next());
    return scan;
}

} // namespace

// ---- with a keychain ----

class TestKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void accountNamesAreNormalised();
    void writeReadRemoveRoundTrip();
    void serversAndAgentsAreKeptApart();
    void noFileUnderHomeContainsTheToken();
    void callbackIsDroppedWhenItsContextDies();

private:
    CredentialStore store_;
};

void TestKeychain::cleanup()
{
    for (const QUrl& server : {kServerA, kServerB}) {
        for (const QString& agent : {u"ann@acme.test"_s, u"bob@acme.test"_s})
            removeToken(store_, server, agent);
    }
}

void TestKeychain::accountNamesAreNormalised()
{
    QCOMPARE(CredentialStore::accountFor(QUrl(u"HTTPS://A.Baton.Test/"_s), u"Ann@Acme.test"_s),
             CredentialStore::accountFor(QUrl(u"https://a.baton.test:443"_s), u"ann@acme.test"_s));
    QVERIFY(CredentialStore::accountFor(kServerA, u"ann@acme.test"_s) !=
            CredentialStore::accountFor(kServerA, u"bob@acme.test"_s));
    QVERIFY(CredentialStore::accountFor(kServerA, u"ann@acme.test"_s) !=
            CredentialStore::accountFor(kServerB, u"ann@acme.test"_s));
    QVERIFY(CredentialStore::accountFor(QUrl(u"http://a.baton.test"_s), u"ann@acme.test"_s) !=
            CredentialStore::accountFor(kServerA, u"ann@acme.test"_s));
}

void TestKeychain::writeReadRemoveRoundTrip()
{
    QCOMPARE(store_.service(), u"baton"_s);
    const QString token = freshToken();
    const CredentialResult written = writeToken(store_, kServerA, u"ann@acme.test"_s, token);
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY2(written.persistent && store_.persistent(),
             qPrintable(u"the keychain was not used: "_s + store_.nonPersistentReason()));
    QVERIFY(store_.nonPersistentReason().isEmpty());

    const CredentialResult read = readToken(store_, kServerA, u"ann@acme.test"_s);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.token, std::optional(token));

    // A second store (a restarted client) finds it in the keychain.
    CredentialStore other;
    QCOMPARE(readToken(other, kServerA, u"ann@acme.test"_s).token, std::optional(token));

    // Overwriting replaces.
    const QString newer = freshToken();
    QVERIFY(writeToken(store_, kServerA, u"ann@acme.test"_s, newer).ok);
    QCOMPARE(readToken(store_, kServerA, u"ann@acme.test"_s).token, std::optional(newer));

    const CredentialResult removed = removeToken(store_, kServerA, u"ann@acme.test"_s);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    const CredentialResult gone = readToken(store_, kServerA, u"ann@acme.test"_s);
    QVERIFY2(gone.ok, qPrintable(gone.error));
    QVERIFY(!gone.token.has_value());
    // Removing again is not an error.
    QVERIFY(removeToken(store_, kServerA, u"ann@acme.test"_s).ok);
    QVERIFY(store_.persistent());
}

void TestKeychain::serversAndAgentsAreKeptApart()
{
    const QString annA = freshToken();
    const QString bobA = freshToken();
    const QString annB = freshToken();
    QVERIFY(writeToken(store_, kServerA, u"ann@acme.test"_s, annA).ok);
    QVERIFY(writeToken(store_, kServerA, u"bob@acme.test"_s, bobA).ok);
    QVERIFY(writeToken(store_, kServerB, u"ann@acme.test"_s, annB).ok);

    QCOMPARE(readToken(store_, kServerA, u"ann@acme.test"_s).token, std::optional(annA));
    QCOMPARE(readToken(store_, kServerA, u"bob@acme.test"_s).token, std::optional(bobA));
    QCOMPARE(readToken(store_, kServerB, u"ann@acme.test"_s).token, std::optional(annB));
    QVERIFY(!readToken(store_, kServerB, u"bob@acme.test"_s).token.has_value());

    QVERIFY(removeToken(store_, kServerA, u"ann@acme.test"_s).ok);
    QVERIFY(!readToken(store_, kServerA, u"ann@acme.test"_s).token.has_value());
    QCOMPARE(readToken(store_, kServerA, u"bob@acme.test"_s).token, std::optional(bobA));
    QCOMPARE(readToken(store_, kServerB, u"ann@acme.test"_s).token, std::optional(annB));
}

void TestKeychain::noFileUnderHomeContainsTheToken()
{
    const QString token = freshToken();
    QVERIFY(writeToken(store_, kServerA, u"ann@acme.test"_s, token).ok);
    QVERIFY(store_.persistent());
    QCOMPARE(readToken(store_, kServerA, u"ann@acme.test"_s).token, std::optional(token));
    const Scan scan = scanForSecret(token);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(u"token found in: "_s + scan.hits.join(u", "_s)));
    // The keyring itself lives under the data dir, encrypted: the scan did
    // look at files, and the secret was not in any of them.
    QVERIFY2(scan.files > 0, "the scan found no files at all");
}

void TestKeychain::callbackIsDroppedWhenItsContextDies()
{
    const QString token = freshToken();
    bool called = false;
    {
        QObject context;
        store_.write(kServerA, u"bob@acme.test"_s, token, &context,
                     [&](const CredentialResult&) { called = true; });
    }
    // The write itself still happens; only the callback is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(readToken(store_, kServerA, u"bob@acme.test"_s).token,
                              std::optional(token), kWait);
    QVERIFY(!called);
}

// ---- without a keychain ----

class TestNoKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokensStayInMemoryAndTheReasonIsGivenOnce();
};

void TestNoKeychain::tokensStayInMemoryAndTheReasonIsGivenOnce()
{
    CredentialStore store;
    QSignalSpy unavailable(&store, &CredentialStore::persistenceUnavailable);
    QVERIFY(store.persistent()); // nothing known yet

    const QString token = freshToken();
    const CredentialResult written = writeToken(store, kServerA, u"ann@acme.test"_s, token);
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(!written.persistent);
    QVERIFY(!store.persistent());
    QVERIFY(!store.nonPersistentReason().isEmpty());
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.first().first().toString(), store.nonPersistentReason());
    QVERIFY(!store.nonPersistentReason().contains(token));
    qInfo("reason given: %s", qPrintable(store.nonPersistentReason()));

    // The token is kept for this process, per server and agent.
    QCOMPARE(readToken(store, kServerA, u"ann@acme.test"_s).token, std::optional(token));
    QVERIFY(!readToken(store, kServerA, u"bob@acme.test"_s).token.has_value());
    const QString other = freshToken();
    QVERIFY(writeToken(store, kServerB, u"ann@acme.test"_s, other).ok);
    QCOMPARE(readToken(store, kServerB, u"ann@acme.test"_s).token, std::optional(other));
    QCOMPARE(readToken(store, kServerA, u"ann@acme.test"_s).token, std::optional(token));

    // Never on disk.
    const Scan scan = scanForSecret(token);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(u"token found in: "_s + scan.hits.join(u", "_s)));
    QVERIFY(scanForSecret(other).hits.isEmpty());

    QVERIFY(removeToken(store, kServerA, u"ann@acme.test"_s).ok);
    QVERIFY(!readToken(store, kServerA, u"ann@acme.test"_s).token.has_value());

    // The reason is reported once, however many operations follow.
    QCOMPARE(unavailable.count(), 1);

    // A store that first reads also finds out, and says so.
    CredentialStore reader;
    QSignalSpy readerUnavailable(&reader, &CredentialStore::persistenceUnavailable);
    const CredentialResult read = readToken(reader, kServerA, u"ann@acme.test"_s);
    QVERIFY(read.ok);
    QVERIFY(!read.token.has_value());
    QVERIFY(!reader.persistent());
    QCOMPARE(readerUnavailable.count(), 1);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("BATON_TEST_KEYCHAIN") == u"none"_s) {
        TestNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
