#include <protocol/json.h>
#include <protocol/jsonwriter.h>

#include <charconv>
#include <cstring>

namespace baton::protocol {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// 10000-01-01T00:00:00Z: formatTime() writes nothing from there on.
constexpr qint64 kYear10000Ms = 253402300800000LL;
constexpr qint64 kDayMs = 86400000LL;

char* writeDigits(char* p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

struct CivilDate {
    int year;
    int month;
    int day;
};

// The proleptic Gregorian date `days` after 1970-01-01 (days >= 0), the
// calendar QDate uses; H. Hinnant's days-to-civil, in 400-year eras.
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

} // namespace

void appendJsonString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    // At most 6 bytes per UTF-16 unit (an escape), plus the quotes.
    out.resize(start + 2 + text.size() * 6);
    char* p = out.data() + start;
    *p++ = '"';
    const char16_t* s = text.utf16();
    const char16_t* const end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = static_cast<char>(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = kHex[u >> 4];
                *p++ = kHex[u & 0xF];
            }
        } else if (u < 0x800) {
            *p++ = static_cast<char>(0xC0 | (u >> 6));
            *p++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (u == 0xFEFF) {
            // QJsonDocument drops a byte order mark that opens a string; the
            // escape it reads back.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = 'f';
            *p++ = 'e';
            *p++ = 'f';
            *p++ = 'f';
        } else if (!QChar::isSurrogate(u)) {
            *p++ = static_cast<char>(0xE0 | (u >> 12));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t c = QChar::surrogateToUcs4(u, *s++);
            *p++ = static_cast<char>(0xF0 | (c >> 18));
            *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            // Not UTF-16 text; the escape keeps the unit, as QJsonDocument does.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = kHex[u >> 12];
            *p++ = kHex[(u >> 8) & 0xF];
            *p++ = kHex[(u >> 4) & 0xF];
            *p++ = kHex[u & 0xF];
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendJsonTime(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid()) {
        out.append("\"\"");
        return;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms < 0 || ms >= kYear10000Ms) {
        // Rare (before 1970): QDateTime's own formatting.
        appendJsonString(out, formatTime(time));
        return;
    }
    const CivilDate date = civilFromDays(ms / kDayMs);
    const int msOfDay = static_cast<int>(ms % kDayMs);
    const qsizetype start = out.size();
    out.resize(start + 26); // "yyyy-MM-ddTHH:mm:ss.zzzZ"
    char* p = out.data() + start;
    *p++ = '"';
    p = writeDigits(p, date.year, 4);
    *p++ = '-';
    p = writeDigits(p, date.month, 2);
    *p++ = '-';
    p = writeDigits(p, date.day, 2);
    *p++ = 'T';
    p = writeDigits(p, msOfDay / 3600000, 2);
    *p++ = ':';
    p = writeDigits(p, msOfDay / 60000 % 60, 2);
    *p++ = ':';
    p = writeDigits(p, msOfDay / 1000 % 60, 2);
    *p++ = '.';
    p = writeDigits(p, msOfDay % 1000, 3);
    *p++ = 'Z';
    *p = '"';
}

char* JsonWriter::grow(qsizetype n)
{
    const qsizetype at = out_.size();
    out_.resize(at + n);
    return out_.data() + at;
}

void JsonWriter::done(const char* end)
{
    out_.resize(end - out_.constData());
}

void JsonWriter::separate()
{
    if (comma_)
        out_.append(',');
    comma_ = true;
}

void JsonWriter::beginObject()
{
    separate();
    out_.append('{');
    comma_ = false;
}

void JsonWriter::endObject()
{
    out_.append('}');
    comma_ = true;
}

void JsonWriter::beginArray()
{
    separate();
    out_.append('[');
    comma_ = false;
}

void JsonWriter::endArray()
{
    out_.append(']');
    comma_ = true;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    // One resize instead of four appends: keys are most of what is written.
    char* p = grow(static_cast<qsizetype>(name.size()) + 4);
    if (comma_)
        *p++ = ',';
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    done(p);
    // The value that follows takes no comma.
    comma_ = false;
    return *this;
}

void JsonWriter::ascii(std::string_view text)
{
    char* p = grow(static_cast<qsizetype>(text.size()) + 3);
    if (comma_)
        *p++ = ',';
    comma_ = true;
    *p++ = '"';
    std::memcpy(p, text.data(), text.size());
    p += text.size();
    *p++ = '"';
    done(p);
}

void JsonWriter::string(QStringView text)
{
    separate();
    appendJsonString(out_, text);
}

void JsonWriter::integer(qint64 value)
{
    char* p = grow(21);
    if (comma_)
        *p++ = ',';
    comma_ = true;
    done(std::to_chars(p, p + 20, value).ptr);
}

void JsonWriter::boolean(bool value)
{
    separate();
    out_.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    out_.append("null", 4);
}

void JsonWriter::time(const QDateTime& time)
{
    separate();
    appendJsonTime(out_, time);
}

void JsonWriter::optInteger(const std::optional<qint64>& value)
{
    if (value)
        integer(*value);
    else
        null();
}

void JsonWriter::optTime(const std::optional<QDateTime>& value)
{
    if (value)
        time(*value);
    else
        null();
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    out_.append(json);
}

} // namespace baton::protocol
