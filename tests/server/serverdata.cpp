#include "serverdata.h"

#include <protocol/json.h>
#include <protocol/message.h>

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace baton::test {

QList<protocol::Chat> serverChats(HttpClient& http)
{
    QList<protocol::Chat> out;
    QString cursor;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(u"list"_s, u"all"_s);
        q.addQueryItem(u"limit"_s, u"200"_s);
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const auto reply = http.get(u"/api/v1/chats"_s, q);
        auto page = protocol::decode<protocol::ChatPage>(reply.json);
        if (reply.status != 200 || !page)
            return {};
        out.append(page.value->chats);
        cursor = page.value->nextCursor;
        if (cursor.isEmpty())
            return out;
    }
}

QList<qint64> serverMessageIds(HttpClient& http, qint64 chatId)
{
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, u"200"_s);
        if (before)
            q.addQueryItem(u"before"_s, QString::number(before));
        const auto reply = http.get(u"/api/v1/chats/%1/messages"_s.arg(chatId), q);
        auto page = protocol::decode<protocol::MessagePage>(reply.json);
        if (reply.status != 200 || !page)
            return {};
        QList<qint64> chunk;
        for (const auto& m : page.value->messages)
            chunk << m.id;
        ids = chunk + ids;
        if (!page.value->hasMore || chunk.isEmpty())
            return ids;
        before = chunk.first();
    }
}

bool startEventLog(HttpClient& http)
{
    return http.post(u"/api/v1/chats/1/read"_s).status == 200 &&
           http.post(u"/api/v1/chats/1/unread"_s).status == 200 && http.eventHead() > 0;
}

} // namespace baton::test
