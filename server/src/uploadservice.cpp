#include "crypto.h"
#include "database.h"
#include "logging.h"
#include "messageservice.h"
#include "sqlquery.h"
#include "uploadservice.h"

#include <protocol/executable.h>
#include <protocol/limits.h>

#include <QSet>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

constexpr qint64 kUnsentLifetimeSecs = qint64{24} * 3600;

bool isTokenChar(char c)
{
    // RFC 7230 tchar.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// "type/subtype" lower-cased without parameters, or empty if it is none.
QString mediaType(const QByteArray& header)
{
    const QByteArray type = header.split(';').constFirst().trimmed().toLower();
    const qsizetype slash = type.indexOf('/');
    if (slash <= 0 || slash == type.size() - 1 || type.count('/') != 1)
        return {};
    for (const char c : type) {
        if (c != '/' && !isTokenChar(c))
            return {};
    }
    return QString::fromLatin1(type);
}

Attachment readAttachment(const Query& q)
{
    Attachment a;
    a.id = q.integer(0);
    a.clientId = q.text(1);
    a.filename = q.text(2);
    a.mimeType = q.text(3);
    a.size = q.integer(4);
    a.url = u"/api/v1/attachments/%1"_s.arg(a.id);
    return a;
}

} // namespace

UploadService::UploadService(Database& db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
    QObject::connect(&purgeTimer_, &QTimer::timeout, &purgeTimer_, [this] { purgeUnsent(); });
    purgeTimer_.start(std::chrono::hours(1));
}

QString UploadService::decodeFilename(const QByteArray& header)
{
    const QByteArray raw = QByteArray::fromPercentEncoding(header.trimmed());
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString name = decoder(raw);
    const auto bad = [](const QString& why) {
        fail(ErrorCode::InvalidField, u"X-Filename: "_s + why, u"X-Filename"_s);
    };
    if (header.trimmed().isEmpty())
        bad(u"the file name is required (percent-encoded UTF-8)"_s);
    if (decoder.hasError())
        bad(u"not percent-encoded UTF-8"_s);
    const qsizetype length = codePointCount(name);
    if (length < 1 || length > kMaxFilenameCodePoints)
        bad(u"1 to %1 characters"_s.arg(kMaxFilenameCodePoints));
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            bad(u"no slashes, backslashes or control characters"_s);
    }
    if (name.trimmed().isEmpty())
        bad(u"the file name is blank"_s);
    return name;
}

QByteArray UploadService::contentDisposition(const QString& filename)
{
    // ASCII fallback: accents dropped, anything else non-ASCII or quoting becomes "_".
    QByteArray ascii;
    for (const QChar c : filename.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        ascii.append(u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' ? char(u) : '_');
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(filename);
}

UploadResult UploadService::put(const Caller& caller, const QString& rawClientId,
                                const HttpRequest& request, const QDateTime& now)
{
    // The documented order: 400 client_id, 413, 400 X-Filename, 415 type,
    // 415 executable, 422 empty, replay 200 / 409, 201.
    const auto clientId = MessageService::normalizeClientId(rawClientId);
    if (!clientId)
        fail(ErrorCode::InvalidField, u"the client id must be a UUID"_s, u"client_id"_s);
    const QByteArray& body = request.body;
    if (body.size() > kMaxAttachmentBytes)
        fail(ErrorCode::PayloadTooLarge, u"a file is at most %1 bytes"_s.arg(kMaxAttachmentBytes));
    const QString filename = decodeFilename(request.header("x-filename"));
    const QString mime = mediaType(request.header("content-type"));
    if (mime.isEmpty())
        fail(ErrorCode::UnsupportedMediaType,
             u"Content-Type must name the file's media type, e.g. image/jpeg"_s, u"Content-Type"_s);
    if (isExecutable(body.left(kExecutableSniffBytes)))
        fail(ErrorCode::UnsupportedMediaType, u"executable files are not accepted"_s);
    if (body.isEmpty())
        fail(ErrorCode::Unprocessable, u"the file is empty"_s);
    const QString sha = crypto::sha256Hex(body);

    Transaction tx(db_);
    // A retry (or a racing duplicate) answers the stored upload, or 409.
    const auto replay = [&]() -> std::optional<UploadResult> {
        Query existing(db_, u"SELECT id, client_id, filename, mime_type, size, sha256 FROM "
                            "attachments WHERE workspace_id = ? AND client_id = ?"_s);
        existing.bind(caller.workspaceId).bind(*clientId).exec();
        if (!existing.next())
            return std::nullopt;
        const Attachment a = readAttachment(existing);
        if (existing.text(5) != sha || a.filename != filename || a.mimeType != mime)
            fail(ErrorCode::Conflict, u"this client id was used for another file"_s,
                 u"client_id"_s);
        return UploadResult{a, false};
    };
    if (auto stored = replay())
        return *stored;
    Attachment a;
    {
        // ON CONFLICT: another instance may store the same client id between
        // the check and here; PostgreSQL waits for its commit, then skips.
        Query insert(db_, u"INSERT INTO attachments (workspace_id, client_id, uploader_id, "
                          "filename, mime_type, size, sha256, content, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (workspace_id, client_id) DO NOTHING RETURNING id"_s);
        insert.bind(caller.workspaceId)
            .bind(*clientId)
            .bind(caller.agentId)
            .bind(filename)
            .bind(mime)
            .bind(static_cast<qint64>(body.size()))
            .bind(sha)
            .bind(QVariant(body))
            .bind(now);
        insert.exec();
        if (!insert.next()) {
            if (auto stored = replay())
                return *stored;
            throw DbError("a concurrent upload with this client id vanished");
        }
        a.id = insert.integer(0);
    }
    a.clientId = *clientId;
    a.filename = filename;
    a.mimeType = mime;
    a.size = body.size();
    a.url = u"/api/v1/attachments/%1"_s.arg(a.id);
    tx.commit();
    return {a, true};
}

HttpResponse UploadService::download(const Caller& caller, qint64 attachmentId) const
{
    Query q(db_, u"SELECT filename, mime_type, content FROM attachments WHERE workspace_id = ? "
                 "AND id = ?"_s);
    q.bind(caller.workspaceId).bind(attachmentId).exec();
    if (!q.next())
        failNotFound(u"attachment"_s);
    HttpResponse out;
    out.status = 200;
    out.contentType = q.text(1).toLatin1();
    out.body = q.value(2).toByteArray();
    out.headers.emplaceBack("Content-Disposition", contentDisposition(q.text(0)));
    out.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    out.headers.emplaceBack("Cache-Control", "private, max-age=31536000, immutable");
    return out;
}

void UploadService::purgeUnsent()
{
    try {
        Query(db_, u"DELETE FROM attachments WHERE message_id IS NULL AND created_at < ?"_s)
            .bind(clock_().addSecs(-kUnsentLifetimeSecs))
            .exec();
    } catch (const DbError& e) {
        qCWarning(lcDb) << "purging unsent uploads failed:" << e.what();
    }
}

void UploadService::checkForSend(const Database& db, qint64 workspaceId, const QList<qint64>& ids)
{
    QSet<qint64> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString field = u"attachment_ids[%1]"_s.arg(i);
        if (seen.contains(ids.at(i)))
            fail(ErrorCode::Unprocessable, field + u": listed twice"_s, field);
        seen.insert(ids.at(i));
        Query q(db, u"SELECT message_id FROM attachments WHERE workspace_id = ? AND id = ?"_s);
        q.bind(workspaceId).bind(ids.at(i)).exec();
        if (!q.next())
            fail(ErrorCode::Unprocessable, field + u": no such upload"_s, field);
        if (!q.isNull(0))
            fail(ErrorCode::Unprocessable, field + u": already sent with another message"_s, field);
    }
}

void UploadService::attach(const Database& db, const QList<qint64>& ids, qint64 messageId)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Query(db, u"UPDATE attachments SET message_id = ?, position = ? WHERE id = ?"_s)
            .bind(messageId)
            .bind(static_cast<qint64>(i))
            .bind(ids.at(i))
            .exec();
    }
}

} // namespace baton::server
