#include "router.h"

#include <protocol/json.h>

using namespace Qt::StringLiterals;

namespace baton::server {

qint64 RequestContext::id(const QString& name) const
{
    bool ok = false;
    const QString text = params.value(name);
    const qint64 value = text.toLongLong(&ok);
    // "+5" or "05" would parse; an id is written one way only.
    if (!ok || value < 1 || value > protocol::kMaxSafeInteger || QString::number(value) != text)
        failNotFound(u"resource"_s);
    return value;
}

QStringList Router::splitPath(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QString& method, const QString& pattern, Access access, Handler handler)
{
    routes_.push_back({method, pattern, splitPath(pattern), access, std::move(handler)});
}

bool Router::matchSegments(const Route& route, const QStringList& segments,
                           QHash<QString, QString>* params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (params)
                params->insert(want.mid(1, want.size() - 2), segments.at(i));
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    return true;
}

std::optional<Router::Match> Router::find(const QString& method, const QString& path) const
{
    const QStringList segments = splitPath(path);
    for (const Route& route : routes_) {
        if (route.method != method)
            continue;
        Match match;
        if (matchSegments(route, segments, &match.params)) {
            match.route = &route;
            return match;
        }
    }
    return std::nullopt;
}

bool Router::knowsPath(const QString& path) const
{
    const QStringList segments = splitPath(path);
    for (const Route& route : routes_) {
        if (matchSegments(route, segments, nullptr))
            return true;
    }
    return false;
}

} // namespace baton::server
