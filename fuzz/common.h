#pragma once

// Helpers shared by the fuzz targets: a property check that stops the run
// with the input saved, and the decode -> encode -> decode round trip every
// codec must survive.

#include <protocol/error.h>
#include <protocol/json.h>

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace baton::fuzz {

// A property every input must keep. A failure aborts, which libFuzzer treats
// as a crash: it saves the input and stops.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property failed: %s\n", what);
        std::abort();
    }
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The object a type's decoder reads. ApiError's encoder writes the whole
// error body; its decoder reads the inner object.
template <class T>
QJsonObject wireObject(const T& value)
{
    return toJson(value);
}

template <>
inline QJsonObject wireObject(const protocol::ApiError& value)
{
    return toJson(value).value(QLatin1StringView("error")).toObject();
}

template <class T>
QByteArray encodeBytes(const T& value)
{
    return QJsonDocument(wireObject(value)).toJson(QJsonDocument::Compact);
}

// Decodes `bytes` as T. A refusal must say why; an accepted value must
// decode again from its own encoding, and encoding that second value must
// give the same bytes (the encoding is a fixed point after one pass: text
// the encoder cannot carry, such as a lone surrogate, may change once).
// Returns the decoded value, if any.
template <class T>
std::optional<T> checkRoundTrip(const QByteArray& bytes, const char* name)
{
    const protocol::Decoded<T> first = protocol::decodeBytes<T>(bytes);
    if (!first) {
        require(!first.error.message.isEmpty(), "a refused input has an error message");
        return std::nullopt;
    }
    const QByteArray once = encodeBytes(*first);
    const protocol::Decoded<T> second = protocol::decodeBytes<T>(once);
    if (!second) {
        std::fprintf(stderr, "%s: its own encoding is refused: %s: %s\n  encoding: %s\n", name,
                     qPrintable(second.error.field), qPrintable(second.error.message),
                     once.constData());
        require(false, "the decoder accepts what the encoder writes");
    }
    const QByteArray twice = encodeBytes(*second);
    if (twice != once) {
        std::fprintf(stderr, "%s: encodings differ\n  once:  %s\n  twice: %s\n", name,
                     once.constData(), twice.constData());
        require(false, "encode(decode(encode(x))) == encode(x)");
    }
    return *first;
}

} // namespace baton::fuzz
