#pragma once

#include "httpclient.h"
#include "streamclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace baton::test {

class BatondProcess;

// A connection of the test's own to the database a batond runs on, for
// asserting what is stored (SQLite file or PostgreSQL database).
class DirectDb {
public:
    explicit DirectDb(const BatondProcess& server);
    ~DirectDb();
    DirectDb(const DirectDb&) = delete;
    DirectDb& operator=(const DirectDb&) = delete;

    bool isOpen() const;
    QString error() const { return error_; }
    // The first column of every row, with `?` bound to `values` in order.
    QList<QVariant> column(const QString& sql, const QVariantList& values = {});
    // Every column of the first row; empty if none.
    QList<QVariant> row(const QString& sql, const QVariantList& values = {});
    // The first column of the first row; an invalid QVariant if none.
    QVariant value(const QString& sql, const QVariantList& values = {});

private:
    QString name_;
    QString error_;
};

// A chat of ann's workspace that accepts a plain send (open support window).
qint64 sendableChat(HttpClient& http);
// A random UUID, as the client uses for idempotent sends.
QString newClientId();

// Opens a stream on `url`, says hello with `after` and checks the welcome.
bool openStream(StreamClient& stream, const QUrl& url, const QString& token, qint64 after);
// The events of the next frames until one with seq >= upTo arrives (or the
// wait runs out); pings are answered and skipped, other frames are kept as
// they are so a test can fail on them.
QList<QJsonObject> readEventsUpTo(StreamClient& stream, qint64 upTo, int timeoutMs = 60'000);
// The seqs of event frames.
QList<qint64> seqsOf(const QList<QJsonObject>& frames);
// The texts of the message.created events among frames (or plain events).
QStringList createdTexts(const QList<QJsonObject>& events);

} // namespace baton::test
