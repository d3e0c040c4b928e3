#pragma once

#include <protocol/enums.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace baton::protocol {

// Where a decode failed: `field` is a path such as `chat.last_message.at` or
// `messages[3].attachments[0].size`; `message` says what was expected.
struct DecodeError {
    QString field;
    QString message;

    bool operator==(const DecodeError&) const = default;
};

template <class T>
struct Decoded {
    std::optional<T> value;
    DecodeError error;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
};

// JSON numbers are doubles on the wire; integers beyond 2^53 lose precision,
// so ids and counts outside this range are refused rather than rounded.
inline constexpr qint64 kMaxSafeInteger = 9007199254740991LL;

// Parses bytes into a JSON object. Invalid UTF-8, syntax errors and a top
// level that is not an object are reported with field "" (the body).
Decoded<QJsonObject> parseObject(const QByteArray& bytes);

bool isValidUtf8(const QByteArray& bytes);

QString formatTime(const QDateTime& time);
std::optional<QDateTime> parseTime(const QString& text);

// Encoding helpers: an absent optional is written as null.
QJsonValue optionalJson(const std::optional<qint64>& v);
QJsonValue optionalJson(const std::optional<QDateTime>& v);
QJsonValue optionalJson(const std::optional<QString>& v);
QJsonArray idsToJson(const QList<qint64>& ids);

template <class T>
QJsonValue optionalObject(const std::optional<T>& v)
{
    return v ? QJsonValue(toJson(*v)) : QJsonValue(QJsonValue::Null);
}

// Reads fields of one JSON object, remembering the first error. Nested
// readers share that error so a whole tree reports one precise field path.
class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    bool ok() const { return !error_->has_value(); }
    DecodeError error() const { return error_->value_or(DecodeError{}); }
    QString pathOf(QStringView key) const;
    void fail(QStringView key, const QString& message);

    bool has(QStringView key) const;
    bool isNull(QStringView key) const;

    QString string(QStringView key);
    std::optional<QString> optString(QStringView key);
    QString stringOr(QStringView key, const QString& fallback = {});
    qint64 integer(QStringView key, qint64 min = 0, qint64 max = kMaxSafeInteger);
    std::optional<qint64> optInteger(QStringView key, qint64 min = 0, qint64 max = kMaxSafeInteger);
    qint64 id(QStringView key) { return integer(key, 1); }
    std::optional<qint64> optId(QStringView key) { return optInteger(key, 1); }
    double number(QStringView key);
    bool boolean(QStringView key);
    bool booleanOr(QStringView key, bool fallback);
    QDateTime time(QStringView key);
    std::optional<QDateTime> optTime(QStringView key);
    QStringList stringList(QStringView key);
    QStringList optStringList(QStringView key);
    QList<qint64> idList(QStringView key);
    QList<qint64> optIdList(QStringView key);
    QJsonObject object(QStringView key);

    template <class E>
    E enumeration(QStringView key);
    template <class E>
    std::optional<E> optEnumeration(QStringView key);

    // T must have `bool fromJson(JsonReader&, T&)`.
    template <class T>
    T child(QStringView key);
    template <class T>
    std::optional<T> optChild(QStringView key);
    template <class T>
    QList<T> list(QStringView key);
    template <class T>
    QList<T> optList(QStringView key);

    // A reader for `object` found at `key`, sharing this reader's error.
    JsonReader nested(QStringView key, QJsonObject object) const;

    // Reads this reader's own object into T.
    template <class T>
    T self();

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<DecodeError>> err);
    std::optional<QJsonValue> required(QStringView key);
    std::optional<QJsonArray> array(QStringView key, bool optional);

    QJsonObject object_;
    QString path_;
    std::shared_ptr<std::optional<DecodeError>> error_;
};

// Decodes a whole value of type T; `root` names it in error paths.
template <class T>
Decoded<T> decode(const QJsonValue& value, const QString& root = {})
{
    if (!value.isObject())
        return {std::nullopt, {root, QStringLiteral("expected an object")}};
    JsonReader reader(value.toObject(), root);
    T out = reader.self<T>();
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    return {std::move(out), {}};
}

template <class T>
Decoded<T> decodeBytes(const QByteArray& bytes, const QString& root = {})
{
    auto object = parseObject(bytes);
    if (!object)
        return {std::nullopt, object.error};
    return decode<T>(*object, root);
}

template <class T>
QJsonArray toJsonArray(const QList<T>& items)
{
    QJsonArray out;
    for (const auto& item : items)
        out.append(toJson(item));
    return out;
}

// ---- template definitions ----

template <class T>
T JsonReader::self()
{
    T out{};
    if (ok())
        fromJson(*this, out);
    return out;
}

template <class T>
T JsonReader::child(QStringView key)
{
    auto value = required(key);
    if (!value)
        return T{};
    if (!value->isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return T{};
    }
    JsonReader nested(value->toObject(), pathOf(key), error_);
    return nested.self<T>();
}

template <class T>
std::optional<T> JsonReader::optChild(QStringView key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    T out = child<T>(key);
    if (!ok())
        return std::nullopt;
    return out;
}

template <class T>
QList<T> JsonReader::list(QStringView key)
{
    QList<T> out;
    auto items = array(key, false);
    if (!items)
        return out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size() && ok(); ++i) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        const QJsonValue item = items->at(i);
        if (!item.isObject()) {
            *error_ = DecodeError{itemPath, QStringLiteral("expected an object")};
            break;
        }
        JsonReader nested(item.toObject(), itemPath, error_);
        out.append(nested.self<T>());
    }
    return out;
}

template <class T>
QList<T> JsonReader::optList(QStringView key)
{
    if (!has(key) || isNull(key))
        return {};
    return list<T>(key);
}

template <class E>
E JsonReader::enumeration(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return E{};
    auto value = enumFromString<E>(text);
    if (!value) {
        fail(key, QStringLiteral("expected one of: ") + enumNames<E>().join(QStringLiteral(", ")));
        return E{};
    }
    return *value;
}

template <class E>
std::optional<E> JsonReader::optEnumeration(QStringView key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    E value = enumeration<E>(key);
    if (!ok())
        return std::nullopt;
    return value;
}

} // namespace baton::protocol
