#include <protocol/note.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

QJsonObject toJson(const Note& v)
{
    return {{u"id"_s, v.id},
            {u"chat_id"_s, v.chatId},
            {u"author_id"_s, v.authorId},
            {u"text"_s, v.text},
            {u"created_at"_s, formatTime(v.createdAt)},
            {u"updated_at"_s, optionalJson(v.updatedAt)}};
}

bool fromJson(JsonReader& r, Note& v)
{
    v.id = r.id(u"id");
    v.chatId = r.id(u"chat_id");
    v.authorId = r.id(u"author_id");
    v.text = r.string(u"text");
    v.createdAt = r.time(u"created_at");
    v.updatedAt = r.optTime(u"updated_at");
    return r.ok();
}

} // namespace baton::protocol
