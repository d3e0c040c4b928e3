#include <net/credentialstore.h>

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace baton::net {

namespace {

// Errors that mean "there is no keychain to talk to" (or it refuses us), as
// opposed to "this entry is not there".
bool meansNoKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return false;
}

// Runs `done` unless the caller gave a context that has died since.
class Guard {
public:
    explicit Guard(QObject* context)
        : context_(context)
        , hasContext_(context != nullptr)
    {}
    bool alive() const { return !hasContext_ || context_; }

private:
    QPointer<QObject> context_;
    bool hasContext_;
};

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(u"baton"_s, parent)
{}

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , service_(service)
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::accountFor(const QUrl& server, const QString& agent)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    if (url.port() == -1) {
        if (url.scheme() == u"https"_s)
            url.setPort(443);
        else if (url.scheme() == u"http"_s)
            url.setPort(80);
    }
    return agent.trimmed().toLower() + u" on "_s + url.toString(QUrl::FullyEncoded);
}

void CredentialStore::read(const QUrl& server, const QString& agent, QObject* context,
                           Callback done)
{
    run(Op::Read, accountFor(server, agent), {}, context, std::move(done));
}

void CredentialStore::write(const QUrl& server, const QString& agent, const QString& token,
                            QObject* context, Callback done)
{
    run(Op::Write, accountFor(server, agent), token, context, std::move(done));
}

void CredentialStore::remove(const QUrl& server, const QString& agent, QObject* context,
                             Callback done)
{
    run(Op::Remove, accountFor(server, agent), {}, context, std::move(done));
}

void CredentialStore::run(Op op, const QString& account, const QString& token, QObject* context,
                          Callback done)
{
    if (!persistent_) {
        runInMemory(op, account, token, context, std::move(done));
        return;
    }

    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service_, this);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(service_, this);
        write->setTextData(token);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service_, this);
        break;
    }
    job->setKey(account);
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plaintext QSettings file.
    job->setInsecureFallback(false);

    connect(job, &QKeychain::Job::finished, this,
            [this, op, account, token, guard = Guard(context), context,
             done = std::move(done)](QKeychain::Job* finished) mutable {
                const QKeychain::Error error = finished->error();
                CredentialResult result;
                if (error == QKeychain::NoError) {
                    result.ok = true;
                    if (op == Op::Read)
                        result.token =
                            static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                } else if (error == QKeychain::EntryNotFound && op != Op::Write) {
                    result.ok = true; // nothing stored / nothing to remove
                } else if (meansNoKeychain(error)) {
                    fallBackToMemory(finished->errorString());
                    if (guard.alive())
                        runInMemory(op, account, token, context, std::move(done));
                    return;
                } else {
                    result.error = finished->errorString();
                }
                result.persistent = persistent_;
                if (guard.alive())
                    done(result);
            });
    job->start();
}

void CredentialStore::runInMemory(Op op, const QString& account, const QString& token,
                                  QObject* context, Callback done)
{
    CredentialResult result;
    result.ok = true;
    result.persistent = false;
    switch (op) {
    case Op::Read:
        if (const auto it = memory_.constFind(account); it != memory_.constEnd())
            result.token = *it;
        break;
    case Op::Write:
        memory_.insert(account, token);
        break;
    case Op::Remove:
        memory_.remove(account);
        break;
    }
    // Callbacks always run from the event loop, never inside the call.
    QMetaObject::invokeMethod(
        this,
        [guard = Guard(context), result, done = std::move(done)] {
            if (guard.alive())
                done(result);
        },
        Qt::QueuedConnection);
}

void CredentialStore::fallBackToMemory(const QString& detail)
{
    if (!persistent_)
        return;
    persistent_ = false;
    reason_ = tr("The system keychain is not available, so you will have to log in again "
                 "after restarting Baton. (%1)")
                  .arg(detail.isEmpty() ? tr("no keychain service") : detail);
    Q_EMIT persistenceUnavailable(reason_);
}

} // namespace baton::net
