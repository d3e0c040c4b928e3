#pragma once

#include <protocol/enums.h>
#include <protocol/subscriber.h>
#include <protocol/workspace.h>

#include <QDateTime>
#include <QList>

#include <optional>

namespace baton::server {

class Database;

// The longer part of the demo data, kept apart from demo.cpp. Like the rest
// of the seed, everything follows from fixed tables and row indexes.

// Older history of a demo chat, all before `before`: subscriber texts,
// button presses, story mentions, ad click-throughs, bot, agent and
// third-party-app messages.
void seedDemoHistory(Database& db, qint64 workspaceId, const QList<qint64>& agents, int n,
                     qint64 chatId, protocol::Channel channel,
                     const std::optional<protocol::AdCampaign>& ad, const QDateTime& before);

// Flows (with triggers, waits, buttons and a purchase), pipelines with
// stages, and per subscriber tags, typed variables, notes, deals, running
// flows and a few unsubscribed or disabled contacts.
void seedDemoWorkspaceExtras(Database& db, qint64 workspaceId, const QList<qint64>& agents,
                             const QList<protocol::Bot>& bots, const QDateTime& now);

} // namespace baton::server
