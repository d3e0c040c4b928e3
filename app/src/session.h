#pragma once

// Private to the app layer: what Console keeps per account, and the
// settings keys of the last session.

#include <models/localcache.h>
#include <models/outbox.h>
#include <models/syncengine.h>
#include <net/credentialstore.h>

#include <QString>
#include <QUrl>

#include <app/console.h>
#include <memory>

namespace baton::app {

// The objects of one account: its cache file, its unsent replies and the
// engine that keeps both equal to the server.
struct Console::Session {
    QString account;
    std::unique_ptr<models::LocalCache> cache;
    std::unique_ptr<models::Outbox> outbox;
    std::unique_ptr<models::SyncEngine> engine;
};

// The agent and account of the last sign-in, for starting offline.
inline const QString kSessionAgentKey = QStringLiteral("session/agent");
inline const QString kSessionAccountKey = QStringLiteral("session/account");

// One account: a server and an agent, spelled as the keychain spells it.
inline QString accountOf(const QUrl& server, const QString& email)
{
    return net::CredentialStore::accountFor(server, email);
}

} // namespace baton::app
