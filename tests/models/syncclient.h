#pragma once

#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/localcache.h>
#include <models/outbox.h>
#include <models/syncengine.h>
#include <net/eventstream.h>
#include <net/restclient.h>

#include <QNetworkAccessManager>
#include <QUrl>

#include <chrono>

namespace baton::test {

// Everything the app builds for one signed-in agent, on one cache file, with
// timings short enough for tests: used in-process by the models and fault
// tests and by the faultclient helper process.
struct SyncClient {
    QNetworkAccessManager network;
    net::RestClient rest{&network};
    net::EventStream stream;
    models::LocalCache cache;
    models::AgentDirectory agents;
    models::ChatListModel chats;
    models::SyncEngine engine{&rest, &stream, &cache, &chats, &agents};
    models::Outbox outbox{&rest, &cache};

    static net::StreamOptions options()
    {
        using namespace std::chrono_literals;
        net::StreamOptions o;
        o.timings.backoffBase = 100ms;
        o.timings.backoffCap = 1'000ms;
        o.timings.pingInterval = 1'000ms;
        o.timings.deadAfter = 4'000ms;
        return o;
    }

    SyncClient(const QString& path, const QUrl& restUrl, const QUrl& streamUrl,
               const QString& token,
               std::chrono::milliseconds transferTimeout = std::chrono::milliseconds(5'000))
        : stream(options())
        , cache(path)
    {
        using namespace std::chrono_literals;
        rest.setBaseUrl(restUrl);
        rest.setToken(token);
        net::RetryPolicy policy;
        policy.backoffCap = 1'000ms;
        rest.setRetryPolicy(policy);
        rest.setTransferTimeout(transferTimeout);
        stream.setUrl(streamUrl);
        stream.setToken(token);
        outbox.setRetryDelays(100ms, 1'000ms);
        engine.setOutbox(&outbox);
    }
};

} // namespace baton::test
