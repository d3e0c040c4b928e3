#include <net/credentialstore.h>
#include <net/singleinstance.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <app/profile.h>

using namespace Qt::StringLiterals;

namespace baton::app {

Profile::Profile(const QString& dir)
{
    if (dir.isEmpty()) {
        config_ = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        data_ = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        cache_ = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    } else {
        const QString root = QDir(dir).absolutePath();
        config_ = root + u"/config"_s;
        data_ = root + u"/data"_s;
        cache_ = root + u"/cache"_s;
    }
}

QString Profile::settingsPath() const
{
    return config_ + u"/baton.ini"_s;
}

QString Profile::instanceKey() const
{
    return net::SingleInstance::keyFor(QFileInfo(config_).absoluteFilePath());
}

QString Profile::cachePath(const QUrl& server, const QString& agentEmail) const
{
    // The keychain's account name is already normalised (case, default port).
    const QByteArray key = net::CredentialStore::accountFor(server, agentEmail).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return data_ + u"/cache-"_s + hash + u".sqlite"_s;
}

bool Profile::ensure(QString* error) const
{
    for (const QString& dir : {config_, data_, cache_}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("baton::app::Profile",
                                                     "Cannot create the folder %1.")
                             .arg(dir);
            return false;
        }
    }
    return true;
}

bool Profile::reset(QString* error) const
{
    QStringList failed;
    const auto remove = [&failed](const QString& path) {
        if (QFile::exists(path) && !QFile::remove(path))
            failed.append(path);
    };
    remove(settingsPath());
    const QDir data(data_);
    for (const QString& name :
         data.entryList({u"cache-*.sqlite"_s, u"cache-*.sqlite-*"_s}, QDir::Files))
        remove(data.filePath(name));
    QDir cache(cache_);
    if (cache.exists() && !cache.removeRecursively())
        failed.append(cache_);
    if (!failed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("baton::app::Profile", "Cannot remove %1.")
                         .arg(failed.join(u", "_s));
        return false;
    }
    return true;
}

} // namespace baton::app
