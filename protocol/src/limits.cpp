#include <protocol/limits.h>

using namespace Qt::StringLiterals;

namespace baton::protocol {

namespace {

// Walks UTF-16 code units, calling f(codePoint, valid) once per code point. A
// lone surrogate is reported as one invalid code point.
template <class F>
void forEachCodePoint(QStringView text, F&& f)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]), true);
            ++i;
        } else if (c.isSurrogate()) {
            f(static_cast<char32_t>(c.unicode()), false);
        } else {
            f(static_cast<char32_t>(c.unicode()), true);
        }
    }
}

} // namespace

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    forEachCodePoint(text, [&count](char32_t, bool) { ++count; });
    return count;
}

std::optional<TextProblem> checkText(QStringView text, qsizetype maxCodePoints)
{
    // Invalid characters win over the other problems: they mean the client
    // sent something broken, not merely something too long or blank.
    qsizetype count = 0;
    bool invalid = false;
    bool blank = true;
    forEachCodePoint(text, [&](char32_t codePoint, bool valid) {
        ++count;
        if (!valid || codePoint == 0)
            invalid = true;
        else if (!QChar::isSpace(codePoint))
            blank = false;
    });
    if (invalid)
        return TextProblem::InvalidCharacters;
    if (blank)
        return TextProblem::Empty;
    if (count > maxCodePoints)
        return TextProblem::TooLong;
    return std::nullopt;
}

std::optional<TextProblem> checkMessageText(QStringView text)
{
    return checkText(text, kMaxMessageCodePoints);
}

std::optional<TextProblem> checkNoteText(QStringView text)
{
    return checkText(text, kMaxNoteCodePoints);
}

QString describe(TextProblem problem, qsizetype maxCodePoints)
{
    switch (problem) {
    case TextProblem::Empty:
        return u"must not be empty"_s;
    case TextProblem::TooLong:
        return (maxCodePoints == 1 ? u"must be at most %1 character"_s
                                   : u"must be at most %1 characters"_s)
            .arg(maxCodePoints);
    case TextProblem::InvalidCharacters:
        return u"contains invalid characters"_s;
    }
    return {};
}

} // namespace baton::protocol
