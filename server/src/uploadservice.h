#pragma once

#include "apiutil.h"
#include "caller.h"

#include <protocol/message.h>

#include <QDateTime>
#include <QTimer>

#include <functional>

namespace baton::server {

class Database;

struct UploadResult {
    protocol::Attachment attachment;
    bool created = false; // false: the same client id with the same file
};

// Attachments: uploaded raw (PUT /uploads/{client_id}), kept in the
// database (attachments.content, BLOB / BYTEA) so every instance on one
// PostgreSQL database serves them, used by at most one send, downloaded by
// any agent of the workspace. Unsent uploads are purged after 24 hours.
class UploadService {
public:
    using Clock = std::function<QDateTime()>;

    UploadService(Database& db, Clock clock);

    UploadResult put(const Caller& caller, const QString& clientId, const HttpRequest& request,
                     const QDateTime& now);
    // The file as an HTTP answer (bytes, type, Content-Disposition).
    HttpResponse download(const Caller& caller, qint64 attachmentId) const;

    // Deletes unsent uploads older than 24 hours; started by the constructor, hourly.
    void purgeUnsent();

    // ---- for sends, inside their transaction ----

    // 422 field attachment_ids[i] unless each id is an upload of the
    // workspace not used by another message and listed once.
    static void checkForSend(const Database& db, qint64 workspaceId, const QList<qint64>& ids);
    // Ties the uploads to the message, in the order given.
    static void attach(const Database& db, const QList<qint64>& ids, qint64 messageId);

    // The X-Filename header decoded and checked (400 field X-Filename).
    static QString decodeFilename(const QByteArray& header);
    // ASCII fallback and RFC 6266 forms of a file name for Content-Disposition.
    static QByteArray contentDisposition(const QString& filename);

private:
    Database& db_;
    Clock clock_;
    QTimer purgeTimer_;
};

} // namespace baton::server
