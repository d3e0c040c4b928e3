#include "channelclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace baton::test {

Reply rawRequest(const QUrl& base, const QByteArray& method, const QString& path,
                 const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager manager;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(HttpClient::kTimeoutMs);
    QBuffer* buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out = readReply(reply);
    delete reply;
    return out;
}

Reply postChannel(const QUrl& base, qint64 botId, const QString& secret, const QString& what,
                  const QJsonObject& body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!secret.isEmpty())
        headers.append(qMakePair(QByteArray("X-Channel-Secret"), secret.toUtf8()));
    return rawRequest(base, "POST", u"/api/v1/channels/%1/%2"_s.arg(botId).arg(what),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString demoSecret(const QString& workspace, const QString& channel)
{
    return u"demo-%1-%2"_s.arg(workspace, channel);
}

} // namespace baton::test
