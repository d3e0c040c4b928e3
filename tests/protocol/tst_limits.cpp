#include <protocol/limits.h>

#include <QTest>

using namespace Qt::StringLiterals;
using baton::protocol::TextProblem;

namespace bp = baton::protocol;

namespace {

QString repeated(const QString& unit, qsizetype times)
{
    QString out;
    for (qsizetype i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QString kEmoji = u"\U0001F600"_s; // grinning face: one code point, two UTF-16 units
const QString kFamily = u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s; // 3 emoji + 2 ZWJ
const QString kLoneHigh = QString(QChar(0xD83D));
const QString kLoneLow = QString(QChar(0xDE00));

using Problem = std::optional<TextProblem>;
const Problem kOk;

} // namespace

namespace baton::protocol {

// Found by QTest through argument-dependent lookup, for readable failures.
char* toString(const std::optional<TextProblem>& problem)
{
    if (!problem)
        return qstrdup("ok");
    switch (*problem) {
    case TextProblem::Empty:
        return qstrdup("Empty");
    case TextProblem::TooLong:
        return qstrdup("TooLong");
    case TextProblem::InvalidCharacters:
        return qstrdup("InvalidCharacters");
    }
    return qstrdup("?");
}

} // namespace baton::protocol

Q_DECLARE_METATYPE(std::optional<TextProblem>)

class TestLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codePointCount_data();
    void codePointCount();
    void checkText_data();
    void checkText();
    void messageLimitBoundary();
    void noteLimitBoundary();
    void messageAndNoteLimitsDiffer();
    void describeProblems();
    void constants();
};

void TestLimits::codePointCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ascii") << u"hello"_s << qsizetype(5);
    QTest::newRow("cyrillic") << u"привет"_s << qsizetype(6);
    QTest::newRow("cjk") << u"你好"_s << qsizetype(2);
    QTest::newRow("emoji is one") << kEmoji << qsizetype(1);
    QTest::newRow("emoji in text") << QString(u"a"_s + kEmoji + u"b"_s) << qsizetype(3);
    QTest::newRow("two emoji") << QString(kEmoji + kEmoji) << qsizetype(2);
    QTest::newRow("zwj sequence counts each part") << kFamily << qsizetype(5);
    // "e" followed by U+0301 COMBINING ACUTE ACCENT: two code points.
    QTest::newRow("combining mark separate") << u"e\u0301"_s << qsizetype(2);
    QTest::newRow("precomposed is one") << u"\u00E9"_s << qsizetype(1);
    QTest::newRow("lone high surrogate") << kLoneHigh << qsizetype(1);
    QTest::newRow("lone low surrogate") << kLoneLow << qsizetype(1);
    QTest::newRow("low before high") << QString(kLoneLow + kLoneHigh) << qsizetype(2);
    QTest::newRow("high at end") << QString(u"ab"_s + kLoneHigh) << qsizetype(3);
    QTest::newRow("embedded nul") << u"a\0b"_s << qsizetype(3);
}

void TestLimits::codePointCount()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, expected);
    QCOMPARE(bp::codePointCount(text), expected);
}

void TestLimits::checkText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<std::optional<TextProblem>>("expected");

    QTest::newRow("plain") << u"Hello"_s << qsizetype(10) << kOk;
    QTest::newRow("single char") << u"x"_s << qsizetype(1) << kOk;
    QTest::newRow("empty") << QString() << qsizetype(10) << Problem(TextProblem::Empty);
    QTest::newRow("spaces") << u"   "_s << qsizetype(10) << Problem(TextProblem::Empty);
    QTest::newRow("tabs and newlines")
        << u"\t\n \r\n"_s << qsizetype(10) << Problem(TextProblem::Empty);
    QTest::newRow("no-break and ideographic space")
        << u"\u00A0\u3000"_s << qsizetype(10) << Problem(TextProblem::Empty);
    QTest::newRow("blank but long is empty")
        << repeated(u" "_s, 50) << qsizetype(10) << Problem(TextProblem::Empty);
    QTest::newRow("padded text ok") << u"  hi  "_s << qsizetype(10) << kOk;
    QTest::newRow("emoji only") << kEmoji << qsizetype(1) << kOk;
    QTest::newRow("exactly max") << u"abcde"_s << qsizetype(5) << kOk;
    QTest::newRow("one over max") << u"abcdef"_s << qsizetype(5) << Problem(TextProblem::TooLong);
    QTest::newRow("emoji at max") << repeated(kEmoji, 5) << qsizetype(5) << kOk;
    QTest::newRow("emoji over max")
        << repeated(kEmoji, 6) << qsizetype(5) << Problem(TextProblem::TooLong);
    QTest::newRow("whitespace counts toward length")
        << u"ab   "_s << qsizetype(4) << Problem(TextProblem::TooLong);
    QTest::newRow("nul") << u"a\0b"_s << qsizetype(10) << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("only nul") << QString(QChar(0)) << qsizetype(10)
                              << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("lone high") << QString(u"hi"_s + kLoneHigh) << qsizetype(10)
                               << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("lone low") << QString(kLoneLow + u"hi"_s) << qsizetype(10)
                              << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("swapped pair") << QString(kLoneLow + kLoneHigh) << qsizetype(10)
                                  << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("invalid beats too long")
        << QString(repeated(u"a"_s, 20) + kLoneHigh) << qsizetype(5)
        << Problem(TextProblem::InvalidCharacters);
    QTest::newRow("invalid in blank")
        << QString(u" "_s + kLoneLow) << qsizetype(10) << Problem(TextProblem::InvalidCharacters);
}

void TestLimits::checkText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, max);
    QFETCH(std::optional<TextProblem>, expected);
    QCOMPARE(bp::checkText(text, max), expected);
}

void TestLimits::messageLimitBoundary()
{
    QCOMPARE(bp::kMaxMessageCodePoints, qsizetype(512));
    QCOMPARE(bp::checkMessageText(repeated(u"a"_s, 512)), kOk);
    QCOMPARE(bp::checkMessageText(repeated(u"a"_s, 513)), Problem(TextProblem::TooLong));
    // 512 emoji are 1024 UTF-16 units but 512 code points: allowed.
    const QString emoji512 = repeated(kEmoji, 512);
    QCOMPARE(emoji512.size(), qsizetype(1024));
    QCOMPARE(bp::checkMessageText(emoji512), kOk);
    QCOMPARE(bp::checkMessageText(QString(emoji512 + u"a"_s)), Problem(TextProblem::TooLong));
    // 256 letters with combining accents are 512 code points.
    QCOMPARE(bp::checkMessageText(repeated(u"e\u0301"_s, 256)), kOk);
    QCOMPARE(bp::checkMessageText(QString(repeated(u"e\u0301"_s, 256) + u"x"_s)),
             Problem(TextProblem::TooLong));
    QCOMPARE(bp::checkMessageText(u" "_s), Problem(TextProblem::Empty));
    QCOMPARE(bp::checkMessageText(QString(u"ok"_s + kLoneHigh)),
             Problem(TextProblem::InvalidCharacters));
}

void TestLimits::noteLimitBoundary()
{
    QCOMPARE(bp::kMaxNoteCodePoints, qsizetype(2000));
    QCOMPARE(bp::checkNoteText(repeated(u"n"_s, 2000)), kOk);
    QCOMPARE(bp::checkNoteText(repeated(u"n"_s, 2001)), Problem(TextProblem::TooLong));
    QCOMPARE(bp::checkNoteText(repeated(kEmoji, 2000)), kOk);
    QCOMPARE(bp::checkNoteText(repeated(kEmoji, 2001)), Problem(TextProblem::TooLong));
    QCOMPARE(bp::checkNoteText(QString()), Problem(TextProblem::Empty));
    QCOMPARE(bp::checkNoteText(u"a\0"_s), Problem(TextProblem::InvalidCharacters));
}

void TestLimits::messageAndNoteLimitsDiffer()
{
    const QString text = repeated(u"z"_s, 1000);
    QCOMPARE(bp::checkMessageText(text), Problem(TextProblem::TooLong));
    QCOMPARE(bp::checkNoteText(text), kOk);
}

void TestLimits::describeProblems()
{
    QCOMPARE(bp::describe(TextProblem::TooLong, 512), u"must be at most 512 characters"_s);
    QCOMPARE(bp::describe(TextProblem::TooLong, 2000), u"must be at most 2000 characters"_s);
    QCOMPARE(bp::describe(TextProblem::TooLong, 1), u"must be at most 1 character"_s);
    QCOMPARE(bp::describe(TextProblem::Empty, 512), u"must not be empty"_s);
    QCOMPARE(bp::describe(TextProblem::InvalidCharacters, 512), u"contains invalid characters"_s);
}

void TestLimits::constants()
{
    QCOMPARE(bp::kMaxAttachmentBytes, qint64(20) * 1024 * 1024);
    QCOMPARE(std::chrono::duration_cast<std::chrono::hours>(bp::kEditWindow).count(), 48);
    QCOMPARE(std::chrono::duration_cast<std::chrono::minutes>(bp::kManualSnooze).count(), 60);
    QCOMPARE(std::chrono::duration_cast<std::chrono::hours>(bp::kMessageLimitWindow).count(), 24);
}

QTEST_APPLESS_MAIN(TestLimits)
#include "tst_limits.moc"
