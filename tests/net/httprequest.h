#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace baton::test {

// Takes the first complete HTTP/1.1 request off the front of `buffer` (what
// a scripted peer has read so far) into `request`: method, target, headers
// with lower-cased names, and a body of Content-Length bytes. False, with
// `buffer` untouched, while the request is still incomplete. A template so
// each peer keeps its own Request with its own bookkeeping fields.
template <typename Request>
bool takeHttpRequest(QByteArray& buffer, Request& request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    request.target = start.value(1);
    request.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

// Takes every pending connection of `server` for a scripted peer: the socket
// belongs to `owner`, gets an empty read buffer in `buffers` (dropped with the
// socket when it disconnects) and `onReadyRead(socket)` on every read.
template <typename OnReadyRead>
void acceptHttpConnections(QTcpServer& server, QObject* owner,
                           QHash<QTcpSocket*, QByteArray>& buffers, OnReadyRead onReadyRead)
{
    while (QTcpSocket* socket = server.nextPendingConnection()) {
        socket->setParent(owner);
        buffers.insert(socket, {});
        QObject::connect(socket, &QTcpSocket::readyRead, owner,
                         [socket, onReadyRead] { onReadyRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, owner, [&buffers, socket] {
            buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

} // namespace baton::test
