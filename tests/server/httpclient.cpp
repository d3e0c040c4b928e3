#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace baton::test {

QString Reply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString Reply::errorField() const
{
    return json.value(u"error"_s).toObject().value(u"field"_s).toString();
}

QString Reply::describe() const
{
    return u"%1 %2%3"_s.arg(status)
        .arg(QString::fromUtf8(body.left(600)))
        .arg(networkError.isEmpty() ? QString() : u" ("_s + networkError + u')');
}

Reply readReply(QNetworkReply* reply)
{
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    return out;
}

HttpClient::HttpClient(QUrl base)
    : base_(std::move(base))
{}

Reply HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                       const QByteArray& contentType, const QUrlQuery& query)
{
    QUrl url = base_;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!token_.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
    if (!clientId_.isEmpty())
        request.setRawHeader("X-Client-Id", clientId_.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(kTimeoutMs);

    QBuffer* buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply* reply = manager_.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(kTimeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();

    const bool timedOut = !reply->isFinished();
    if (timedOut)
        reply->abort();
    Reply out = readReply(reply);
    if (timedOut && out.networkError.isEmpty())
        out.networkError = u"timed out"_s;
    reply->deleteLater();
    return out;
}

Reply HttpClient::get(const QString& path, const QUrlQuery& query)
{
    return send("GET", path, {}, {}, query);
}

Reply HttpClient::post(const QString& path, const std::optional<QJsonObject>& body)
{
    if (!body)
        return send("POST", path, {}, {});
    return send("POST", path, QJsonDocument(*body).toJson(QJsonDocument::Compact),
                "application/json");
}

Reply HttpClient::put(const QString& path, const QJsonObject& body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

Reply HttpClient::login(const QString& email, const QString& password)
{
    Reply reply =
        post(u"/api/v1/auth/login"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}});
    if (reply.status == 200)
        token_ = reply.json.value(u"token"_s).toString();
    return reply;
}

QList<QJsonObject> HttpClient::eventsAfter(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    QList<QJsonObject> out;
    const QJsonArray events =
        get(QStringLiteral("/api/v1/events"), query).json.value(QStringLiteral("events")).toArray();
    for (const QJsonValue& v : events)
        out.append(v.toObject());
    return out;
}

qint64 HttpClient::eventHead()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return get(QStringLiteral("/api/v1/events"), query)
        .json.value(QStringLiteral("head"))
        .toInteger();
}

} // namespace baton::test
