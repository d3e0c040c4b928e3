#include "dburl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace baton::server {

std::optional<PgSettings> parsePostgresUrl(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto fail = [&](const QString& why) -> std::optional<PgSettings> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!url.isValid())
        return fail(u"not a valid URL"_s);
    if (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)
        return fail(u"the URL must start with postgresql://"_s);
    PgSettings out;
    if (!url.host().isEmpty())
        out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.password = url.password();
    out.database = url.path().mid(1);
    if (out.database.isEmpty() || out.database.contains(u'/'))
        return fail(u"the URL must name a database: postgresql://user@host:port/DATABASE"_s);
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        options.append(key + u'=' + value);
    out.connectOptions = options.join(u';');
    return out;
}

QString redactedUrl(const QString& text)
{
    QUrl url(text);
    if (!url.password().isEmpty())
        url.setPassword(u"***"_s);
    return url.toString();
}

} // namespace baton::server
