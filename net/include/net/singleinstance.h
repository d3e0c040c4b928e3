#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace baton::net {

// One running client per user and profile (docs/ui.md, "Tray,
// notifications, settings"). The first instance claims a local socket; a
// second one hands its command line to the first, which emits activated()
// (raise the window, open what was asked), and exits. A socket left behind
// by a crash (nobody answers on it) is removed and claimed.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    // `key` names the socket; keyFor() makes one per user and profile.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // "baton-" and a hash of the user name and the profile's absolute path;
    // on Unix inside $XDG_RUNTIME_DIR when it is set (an absolute socket
    // path), else a name Qt puts in the temporary folder.
    static QString keyFor(const QString& profileDir);

    QString key() const { return key_; }
    // Listens on the key; false when another live instance holds it.
    bool claim();
    bool isClaimed() const;
    // Sends `arguments` to the instance holding the key and waits (at most
    // `timeoutMs`) for its acknowledgement.
    bool sendToRunning(const QStringList& arguments, int timeoutMs = 3000);
    // Why claim() or sendToRunning() failed.
    QString errorString() const { return error_; }

Q_SIGNALS:
    void activated(const QStringList& arguments);

private:
    void onConnection();
    void readFrom(QLocalSocket* socket);

    QString key_;
    QLocalServer* server_ = nullptr;
    QString error_;
};

} // namespace baton::net
