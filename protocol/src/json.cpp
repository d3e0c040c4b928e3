#include <protocol/json.h>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace baton::protocol {

bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        p += extra + 1;
    }
    return true;
}

Decoded<QJsonObject> parseObject(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty())
        return {std::nullopt, {QString(), u"the body is empty; expected a JSON object"_s}};
    if (!isValidUtf8(bytes))
        return {std::nullopt, {QString(), u"the body is not valid UTF-8"_s}};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt,
                {QString(), u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                                .arg(parseError.errorString())}};
    }
    if (!document.isObject())
        return {std::nullopt, {QString(), u"expected a JSON object"_s}};
    return {document.object(), {}};
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTime(const QString& text)
{
    // Only full date-times with an explicit zone are accepted: a time without
    // one would be read in whatever zone the reading machine is in.
    if (text.size() < 20 || text.size() > 40)
        return std::nullopt;
    const bool zoned =
        text.endsWith(u'Z') || text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-';
    if (!zoned)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // An offset can carry a time at the edge of year 1 or 9999 into a year
    // formatTime() cannot write (it would write ""), so such times are
    // refused here rather than accepted and then sent on unreadable.
    const QDateTime utc = parsed.toUTC();
    const int year = utc.date().year();
    if (year < 1 || year > 9999)
        return std::nullopt;
    return utc;
}

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<std::optional<DecodeError>>())
{}

JsonReader::JsonReader(QJsonObject object, QString path,
                       std::shared_ptr<std::optional<DecodeError>> err)
    : object_(std::move(object))
    , path_(std::move(path))
    , error_(std::move(err))
{}

QString JsonReader::pathOf(QStringView key) const
{
    if (path_.isEmpty())
        return key.toString();
    if (key.isEmpty())
        return path_;
    return path_ + u'.' + key;
}

JsonReader JsonReader::nested(QStringView key, QJsonObject object) const
{
    return JsonReader(std::move(object), pathOf(key), error_);
}

void JsonReader::fail(QStringView key, const QString& message)
{
    if (!error_->has_value())
        *error_ = DecodeError{pathOf(key), message};
}

bool JsonReader::has(QStringView key) const
{
    return object_.contains(key);
}

bool JsonReader::isNull(QStringView key) const
{
    return object_.value(key).isNull();
}

std::optional<QJsonValue> JsonReader::required(QStringView key)
{
    if (!ok())
        return std::nullopt;
    const auto it = object_.constFind(key);
    if (it == object_.constEnd() || it->isUndefined()) {
        fail(key, u"is required"_s);
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::string(QStringView key)
{
    auto value = required(key);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key, u"expected a string"_s);
        return {};
    }
    return value->toString();
}

std::optional<QString> JsonReader::optString(QStringView key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    QString value = string(key);
    if (!ok())
        return std::nullopt;
    return value;
}

QString JsonReader::stringOr(QStringView key, const QString& fallback)
{
    return optString(key).value_or(fallback);
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    auto value = required(key);
    if (!value)
        return 0;
    if (!value->isDouble()) {
        fail(key, u"expected a number"_s);
        return 0;
    }
    const double d = value->toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d) {
        fail(key, u"expected a whole number"_s);
        return 0;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return 0;
    }
    return static_cast<qint64>(d);
}

std::optional<qint64> JsonReader::optInteger(QStringView key, qint64 min, qint64 max)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const qint64 value = integer(key, min, max);
    if (!ok())
        return std::nullopt;
    return value;
}

double JsonReader::number(QStringView key)
{
    auto value = required(key);
    if (!value)
        return 0;
    if (!value->isDouble() || !std::isfinite(value->toDouble())) {
        fail(key, u"expected a number"_s);
        return 0;
    }
    return value->toDouble();
}

bool JsonReader::boolean(QStringView key)
{
    auto value = required(key);
    if (!value)
        return false;
    if (!value->isBool()) {
        fail(key, u"expected true or false"_s);
        return false;
    }
    return value->toBool();
}

bool JsonReader::booleanOr(QStringView key, bool fallback)
{
    if (!has(key) || isNull(key))
        return fallback;
    return boolean(key);
}

QDateTime JsonReader::time(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    auto parsed = parseTime(text);
    if (!parsed) {
        fail(key, u"expected a date-time like 2026-01-31T09:00:00.000Z"_s);
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> JsonReader::optTime(QStringView key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    QDateTime value = time(key);
    if (!ok())
        return std::nullopt;
    return value;
}

std::optional<QJsonArray> JsonReader::array(QStringView key, bool optional)
{
    if (optional && (!has(key) || isNull(key)))
        return QJsonArray{};
    auto value = required(key);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(key, u"expected an array"_s);
        return std::nullopt;
    }
    return value->toArray();
}

QStringList JsonReader::stringList(QStringView key)
{
    QStringList out;
    auto items = array(key, false);
    if (!items)
        return out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString()) {
            if (!error_->has_value()) {
                *error_ = DecodeError{pathOf(key) + u'[' + QString::number(i) + u']',
                                      u"expected a string"_s};
            }
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QStringList JsonReader::optStringList(QStringView key)
{
    if (!has(key) || isNull(key))
        return {};
    return stringList(key);
}

QList<qint64> JsonReader::idList(QStringView key)
{
    QList<qint64> out;
    auto items = array(key, false);
    if (!items)
        return out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const double d = item.toDouble();
        if (!item.isDouble() || std::trunc(d) != d || d < 1 ||
            d > static_cast<double>(kMaxSafeInteger)) {
            if (!error_->has_value()) {
                *error_ = DecodeError{pathOf(key) + u'[' + QString::number(i) + u']',
                                      u"expected an id (a whole number from 1)"_s};
            }
            return {};
        }
        out.append(static_cast<qint64>(d));
    }
    return out;
}

QList<qint64> JsonReader::optIdList(QStringView key)
{
    if (!has(key) || isNull(key))
        return {};
    return idList(key);
}

QJsonObject JsonReader::object(QStringView key)
{
    auto value = required(key);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(key, u"expected an object"_s);
        return {};
    }
    return value->toObject();
}

QJsonValue optionalJson(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<QDateTime>& v)
{
    return v ? QJsonValue(formatTime(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<QString>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray idsToJson(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace baton::protocol
