#pragma once

#include <QString>
#include <QUrl>

namespace baton::app {

// Where one profile keeps its files: the settings (ini) in the config
// folder, the local caches (one SQLite file per server and agent) in the
// data folder, downloads and images in the cache folder. With --profile DIR
// all three are below DIR; otherwise the platform's usual places.
class Profile {
public:
    // `dir` empty: the platform's standard locations.
    explicit Profile(const QString& dir = {});

    QString configDir() const { return config_; }
    QString dataDir() const { return data_; }
    QString cacheDir() const { return cache_; }
    QString settingsPath() const;
    // The net::SingleInstance key of this profile: one running client each.
    QString instanceKey() const;
    // The local cache of one account: its own file, so signing in as someone
    // else never mixes two workspaces (nor drops the other's unsent replies).
    QString cachePath(const QUrl& server, const QString& agentEmail) const;

    // Creates the folders; false with `error` set when one cannot be made.
    bool ensure(QString* error) const;
    // --reset: deletes the settings file, every local cache and the cache
    // folder's content. The keychain is not touched here.
    bool reset(QString* error) const;

private:
    QString config_;
    QString data_;
    QString cache_;
};

} // namespace baton::app
