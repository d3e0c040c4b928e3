#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace baton::net {

// The outcome of one CredentialStore operation.
struct CredentialResult {
    bool ok = false;
    // read: the token, or nothing when none is stored.
    std::optional<QString> token;
    // Why it failed (ok == false), for logs and the agent.
    QString error;
    // Whether the store is backed by the system keychain at this point.
    bool persistent = true;
};

// Session tokens, one per (server, agent), in the system keychain (service
// "baton") through QtKeychain. Every operation is asynchronous; its callback
// runs on the event loop, and only while its context object is alive.
//
// When there is no keychain (no Secret Service on the session bus, no
// backend, access refused), the store switches for the rest of the process to
// keeping tokens in memory only, reports persistent() == false, and emits
// persistenceUnavailable() once with a reason the UI can show. A token is
// never written to a file: QtKeychain's plaintext fallback stays off, and
// QSettings is not used.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult&)>;

    explicit CredentialStore(QObject* parent = nullptr);
    // `service` is the keychain service name; tests may use their own.
    CredentialStore(const QString& service, QObject* parent);
    ~CredentialStore() override;

    QString service() const { return service_; }
    bool persistent() const { return persistent_; }
    // Empty while persistent.
    QString nonPersistentReason() const { return reason_; }

    // The keychain entry name for a server and agent (email or id):
    // "agent@host:port/path" style, with the URL normalised (scheme and host
    // lowercased, default port made explicit, no trailing slash).
    static QString accountFor(const QUrl& server, const QString& agent);

    void read(const QUrl& server, const QString& agent, QObject* context, Callback done);
    void write(const QUrl& server, const QString& agent, const QString& token, QObject* context,
               Callback done);
    // Removing a token that is not there succeeds.
    void remove(const QUrl& server, const QString& agent, QObject* context, Callback done);

Q_SIGNALS:
    // The keychain cannot be used; tokens live in memory only. Emitted once.
    void persistenceUnavailable(const QString& reason);

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString& account, const QString& token, QObject* context, Callback done);
    void runInMemory(Op op, const QString& account, const QString& token, QObject* context,
                     Callback done);
    void fallBackToMemory(const QString& detail);

    QString service_;
    bool persistent_ = true;
    QString reason_;
    QHash<QString, QString> memory_;
};

} // namespace baton::net
