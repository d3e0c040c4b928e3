#pragma once

#include "apiutil.h"
#include "caller.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace baton::server {

struct RequestContext {
    const HttpRequest& request;
    QHash<QString, QString> params;
    Caller caller; // empty for public routes
    QDateTime now;

    QString param(const QString& name) const { return params.value(name); }
    // A path id: anything but a positive integer names nothing, so 404.
    qint64 id(const QString& name) const;
};

// Method + path segments to a handler. Our own router rather than
// QHttpServer's so that every answer, unmatched paths included, is the JSON
// error body, and so routing is the same on every Qt version.
class Router {
public:
    enum class Access { Public, Agent };
    using Handler = std::function<HttpResponse(RequestContext&)>;

    struct Route {
        QString method;
        QString pattern;
        QStringList segments;
        Access access = Access::Agent;
        Handler handler;
    };

    struct Match {
        const Route* route = nullptr;
        QHash<QString, QString> params;
    };

    // Pattern segments in braces are parameters: "/api/v1/chats/{id}/close".
    void add(const QString& method, const QString& pattern, Access access, Handler handler);
    std::optional<Match> find(const QString& method, const QString& path) const;
    // Whether any route has this path, whatever its method.
    bool knowsPath(const QString& path) const;
    const std::vector<Route>& routes() const { return routes_; }

    static QStringList splitPath(const QString& path);

private:
    static bool matchSegments(const Route& route, const QStringList& segments,
                              QHash<QString, QString>* params);

    std::vector<Route> routes_;
};

} // namespace baton::server
