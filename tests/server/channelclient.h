#pragma once

#include "httpclient.h"

#include <QJsonObject>
#include <QUrl>

namespace baton::test {

// Calls a channel endpoint (/api/v1/channels/BOT_ID/WHAT) as a messaging-app
// connector would: JSON body, X-Channel-Secret, no bearer token.
Reply postChannel(const QUrl& base, qint64 botId, const QString& secret, const QString& what,
                  const QJsonObject& body);

// Any request with any headers (e.g. X-Filename, X-Channel-Secret).
Reply rawRequest(const QUrl& base, const QByteArray& method, const QString& path,
                 const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers);

// The demo bots' secrets: demo-<workspace>-<channel>.
QString demoSecret(const QString& workspace, const QString& channel);

} // namespace baton::test
