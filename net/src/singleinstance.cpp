#include <net/singleinstance.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace baton::net {

namespace {

// Frame: quint32 magic, quint32 size, then a QDataStream'd QStringList.
constexpr quint32 kMagic = 0xBA70'0001;
constexpr qsizetype kHeader = 8;
constexpr quint32 kMaxPayload = 1024 * 1024;
constexpr char kAck = 'k';

QByteArray frame(const QStringList& arguments)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << arguments;
    }
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << kMagic << static_cast<quint32>(payload.size());
    data.append(payload);
    return data;
}

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , key_(key)
{}

SingleInstance::~SingleInstance()
{
    if (server_)
        server_->close();
}

QString SingleInstance::keyFor(const QString& profileDir)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString seed =
        user + u'\n' + QDir::homePath() + u'\n' + QFileInfo(profileDir).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    QString name = u"baton-"_s + QString::fromLatin1(hash.toHex().left(24));
#ifdef Q_OS_UNIX
    // The session's private runtime folder when there is one: nobody else
    // can create or reach a socket there. Else the temporary folder.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

bool SingleInstance::isClaimed() const
{
    return server_ && server_->isListening();
}

bool SingleInstance::claim()
{
    if (isClaimed())
        return true;
    if (!server_) {
        // No socket options: with them Qt binds in a temporary folder and
        // renames the socket into place, which silently replaces a live
        // instance's socket instead of failing.
        server_ = new QLocalServer(this);
        connect(server_, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    }
    if (server_->listen(key_))
        return true;
    if (server_->serverError() != QAbstractSocket::AddressInUseError) {
        error_ = server_->errorString();
        return false;
    }
    // Someone has the name: a live instance answers, a crashed one left a
    // socket file nobody listens on.
    QLocalSocket probe;
    probe.connectToServer(key_);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        error_ = tr("Another instance is running");
        return false;
    }
    QLocalServer::removeServer(key_);
    if (server_->listen(key_))
        return true;
    error_ = server_->errorString();
    return false;
}

bool SingleInstance::sendToRunning(const QStringList& arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(key_);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        error_ = socket.errorString();
        return false;
    }
    socket.write(frame(arguments));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            error_ = socket.errorString();
            return false;
        }
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            error_ = tr("The running instance did not answer");
            return false;
        }
    }
    char ack = 0;
    socket.getChar(&ack);
    socket.disconnectFromServer();
    if (ack != kAck) {
        error_ = tr("The running instance did not answer");
        return false;
    }
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket* socket)
{
    if (socket->bytesAvailable() < kHeader)
        return;
    QDataStream header(socket->peek(kHeader));
    quint32 magic = 0;
    quint32 size = 0;
    header >> magic >> size;
    if (magic != kMagic || size > kMaxPayload) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < kHeader + size)
        return;
    socket->skip(kHeader);
    QDataStream in(socket->read(size));
    in.setVersion(QDataStream::Qt_6_4);
    QStringList arguments;
    in >> arguments;
    if (in.status() != QDataStream::Ok) {
        socket->abort();
        return;
    }
    socket->putChar(kAck);
    socket->flush();
    Q_EMIT activated(arguments);
}

} // namespace baton::net
