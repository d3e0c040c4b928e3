// Text rules: code-point counting and the text limits, the UTF-8 check every
// body goes through, tag, variable-name and currency rules, and date-time
// parsing. The first byte picks the check; the rest is the text (as UTF-16
// code units for the string checks, raw bytes for UTF-8 and times).

#include "common.h"

#include <protocol/crm.h>
#include <protocol/limits.h>
#include <protocol/subscriber.h>

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <iterator>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

QString utf16Of(const QByteArray& bytes)
{
    QString out(bytes.size() / 2, Qt::Uninitialized);
    std::memcpy(out.data(), bytes.constData(), static_cast<std::size_t>(out.size()) * 2);
    return out;
}

void codePoints(const QByteArray& bytes)
{
    const QString text = utf16Of(bytes);
    // toUcs4() turns each lone surrogate into one replacement character.
    const qsizetype expected = text.toUcs4().size();
    require(codePointCount(text) == expected, "codePointCount counts code points");

    const qsizetype max = bytes.isEmpty() ? 1 : static_cast<unsigned char>(bytes.back()) % 8 + 1;
    bool invalid = false;
    bool blank = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            if (!QChar::isSpace(QChar::surrogateToUcs4(c, text[i + 1])))
                blank = false;
            ++i;
        } else if (c.isSurrogate() || c.unicode() == 0) {
            invalid = true;
        } else if (!c.isSpace()) {
            blank = false;
        }
    }
    std::optional<TextProblem> expectedProblem;
    if (invalid)
        expectedProblem = TextProblem::InvalidCharacters;
    else if (blank)
        expectedProblem = TextProblem::Empty;
    else if (expected > max)
        expectedProblem = TextProblem::TooLong;
    require(checkText(text, max) == expectedProblem, "checkText applies its rules in order");
    if (expectedProblem)
        require(!describe(*expectedProblem, max).isEmpty(), "every problem has words");
}

void utf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    const bool qtAccepts = !decoder.hasError();
    require(isValidUtf8(bytes) == qtAccepts, "isValidUtf8 agrees with Qt's UTF-8 decoder");
    if (qtAccepts)
        require(decoded.toUtf8() == bytes || bytes.startsWith("\xef\xbb\xbf"),
                "valid UTF-8 survives a trip through QString");
}

void tags(const QByteArray& bytes)
{
    const QString tag = utf16Of(bytes);
    if (!isValidTag(tag))
        return;
    require(!tag.trimmed().isEmpty(), "a tag is not blank");
    require(codePointCount(tag) <= 64, "a tag has at most 64 code points");
    require(!checkText(tag, 64), "a tag passes the text rules");
    for (QChar c : tag)
        require(c.category() != QChar::Other_Control, "a tag has no control characters");
}

void names(const QByteArray& bytes)
{
    const QString name = utf16Of(bytes);
    bool expected = !name.isEmpty() && name.size() <= 64;
    for (qsizetype i = 0; expected && i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        expected = letter || (i > 0 && c >= u'0' && c <= u'9');
    }
    require(isValidVariableName(name) == expected, "variable names follow their rule");
    const bool currency = name.size() == 3 && std::all_of(name.begin(), name.end(), [](QChar c) {
                              return c.unicode() >= u'A' && c.unicode() <= u'Z';
                          });
    require(isValidCurrency(name) == currency, "currencies are three capital letters");
}

void times(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto parsed = parseTime(text);
    if (!parsed)
        return;
    require(parsed->isValid(), "a parsed time is valid");
    require(parsed->timeSpec() == Qt::UTC, "a parsed time is in UTC");
    const QString written = formatTime(*parsed);
    const auto again = parseTime(written);
    if (!again) {
        std::fprintf(stderr, "parsed %s, wrote %s, which does not parse\n", qPrintable(text),
                     qPrintable(written));
    }
    require(again.has_value(), "a parsed time's own form parses");
    require(*again == *parsed, "a time survives formatting");
    require(formatTime(*again) == written, "formatting is a fixed point");
}

using Check = void (*)(const QByteArray&);

// Order is part of the corpus format (fuzz/corpus/fuzz_text): append only.
constexpr Check kChecks[] = {&codePoints, &utf8, &tags, &names, &times};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t pick = data[0] % std::size(kChecks);
    kChecks[pick](baton::fuzz::bytesOf(data + 1, size - 1));
    return 0;
}
