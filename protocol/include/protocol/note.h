#pragma once

#include <protocol/json.h>

namespace baton::protocol {

// A private note on a chat; never sent to the subscriber.
struct Note {
    qint64 id = 0;
    qint64 chatId = 0;
    qint64 authorId = 0;
    QString text;
    QDateTime createdAt;
    std::optional<QDateTime> updatedAt;

    bool operator==(const Note&) const = default;
};

QJsonObject toJson(const Note& v);
bool fromJson(JsonReader& r, Note& v);

} // namespace baton::protocol
