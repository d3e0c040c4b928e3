#pragma once

#include <protocol/enums.h>

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

#include <optional>
#include <string_view>

namespace baton::protocol {

// Appends compact JSON text straight to a byte array, for answers too hot
// to build as QJsonObject trees first (docs/server.md, "Chat pages are
// written directly"). Strings are escaped as QJsonDocument escapes them (",
// \ and control characters; everything else as UTF-8; a lone surrogate as
// its \uXXXX escape, so it survives the round trip), except U+FEFF, which is
// escaped too: QJsonDocument's parser drops it at the start of a string.
// Integers are exact, times as formatTime() writes them.
//
// Commas are the writer's business: key() and every value in an array put
// one in when something came before at that level.
class JsonWriter {
public:
    explicit JsonWriter(QByteArray& out)
        : out_(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // `name` is written as it is: plain ASCII without quotes or backslashes.
    JsonWriter& key(std::string_view name);

    void string(QStringView text);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // formatTime(time) as a string: "" for an invalid time.
    void time(const QDateTime& time);
    void optInteger(const std::optional<qint64>& value);
    void optTime(const std::optional<QDateTime>& value);
    // JSON text already written (a stored payload), put in as it is.
    void raw(QByteArrayView json);

    // enumName(value) as a string.
    template <class E>
    void enumeration(E value)
    {
        for (const auto& [v, name] : EnumTraits<E>::names) {
            if (v == value) {
                ascii(name);
                return;
            }
        }
        ascii("");
    }

private:
    // Room for n more bytes at the end; done() cuts the array to what was used.
    char* grow(qsizetype n);
    void done(const char* end);
    void separate();
    void ascii(std::string_view text);

    QByteArray& out_;
    bool comma_ = false;
};

// `text` as a quoted, escaped JSON string.
void appendJsonString(QByteArray& out, QStringView text);
// formatTime(time) as a quoted JSON string.
void appendJsonTime(QByteArray& out, const QDateTime& time);

} // namespace baton::protocol
