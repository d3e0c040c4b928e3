#pragma once
// Shared by the direct-writer tests: random values for the protocol's types,
// with strings chosen to hurt (control characters, quotes, backslashes,
// non-ASCII, surrogate pairs and lone surrogates), and Qt's own JSON text
// to compare with.
#include <protocol/enums.h>
#include <protocol/json.h>

#include <QDateTime>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace baton::test {

namespace bp = baton::protocol;
using namespace Qt::StringLiterals;

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what formatTime() can write.
constexpr qint64 kFirstMs = -62135596800000LL;
constexpr qint64 kLastMs = 253402300799999LL;

inline QDateTime utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

class JsonGenerator {
public:
    explicit JsonGenerator(quint32 seed)
        : random_(seed)
    {}

    int below(int n) { return static_cast<int>(random_.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    qint64 id() { return chance(10) ? bp::kMaxSafeInteger - below(3) : 1 + below(1000000); }
    qint64 count() { return chance(10) ? bp::kMaxSafeInteger : below(500); }
    std::optional<qint64> optId() { return chance(40) ? std::nullopt : std::optional(id()); }

    QDateTime time()
    {
        switch (below(4)) {
        case 0: // anywhere formatTime() can write
            return utcTime(kFirstMs + static_cast<qint64>(random_.bounded(
                                          static_cast<quint64>(kLastMs - kFirstMs + 1))));
        case 1: // the edges of each way of writing it
        {
            static constexpr qint64 edges[] = {kFirstMs, -1, 0, 1, 951782400000LL, kLastMs};
            return utcTime(edges[below(6)]);
        }
        default: // now-ish, with milliseconds
            return utcTime(1700000000000LL + static_cast<qint64>(random_.bounded(100000000000ULL)));
        }
    }
    std::optional<QDateTime> optTime() { return chance(40) ? std::nullopt : std::optional(time()); }

    template <class E>
    E pick()
    {
        const auto values = bp::allValues<E>();
        return values[static_cast<std::size_t>(below(static_cast<int>(values.size())))];
    }

    QString text()
    {
        if (chance(10))
            return chance(50) ? QString() : u""_s;
        QString out;
        const int pieces = 1 + below(12);
        for (int i = 0; i < pieces; ++i)
            appendPiece(out);
        return out;
    }

protected:
    QRandomGenerator random_;

private:
    void appendPiece(QString& out)
    {
        switch (below(12)) {
        case 0:
            out += QChar(static_cast<char16_t>(below(0x20))); // control characters, NUL too
            break;
        case 1:
            out += QChar(below(2) ? u'"' : u'\\');
            break;
        case 2:
            out += u"\\u0041\\n/\u007f"_s; // escapes that must stay text
            break;
        case 3:
            out += QChar(static_cast<char16_t>(0x80 + below(0x780))); // 2 bytes in UTF-8
            break;
        case 4:
            out += QChar(static_cast<char16_t>(0x800 + below(0xD000 - 0x800))); // 3 bytes
            break;
        case 5: {
            static constexpr char16_t odd[] = {0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0xE000};
            out += QChar(odd[below(6)]);
            break;
        }
        case 6: { // a pair: 4 bytes in UTF-8
            const char32_t c = 0x10000 + static_cast<char32_t>(below(0x100000));
            out += QString::fromUcs4(&c, 1);
            break;
        }
        case 7: // a lone surrogate: high, low, or a high one at the very end
            out += QChar(
                static_cast<char16_t>(below(2) ? 0xD800 + below(0x400) : 0xDC00 + below(0x400)));
            break;
        case 8:
            out += u"Mária Šťastná 東京 😀 مرحبا"_s;
            break;
        default: {
            const int n = 1 + below(20);
            for (int i = 0; i < n; ++i)
                out += QChar(static_cast<char16_t>(0x20 + below(0x5F)));
        }
        }
    }
};

inline QJsonObject parsed(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << "at" << error.offset;
    return document.object();
}

inline QByteArray qtBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace baton::test
