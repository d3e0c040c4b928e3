#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace baton::protocol {

// Text lengths are counted in Unicode code points: an emoji is one, a letter
// with a combining accent is two.
inline constexpr qsizetype kMaxMessageCodePoints = 512;
inline constexpr qsizetype kMaxNoteCodePoints = 2000;
inline constexpr qint64 kMaxAttachmentBytes = 20LL * 1024 * 1024;
inline constexpr qsizetype kMaxFilenameCodePoints = 255;
inline constexpr qsizetype kMaxNameCodePoints = 200;
// Agents may edit or delete their own Telegram messages this long after sending.
inline constexpr std::chrono::hours kEditWindow{48};
// A manual message from an agent snoozes the bot this long.
inline constexpr std::chrono::minutes kManualSnooze{60};
// The workspace message limit counts bot messages over this window.
inline constexpr std::chrono::hours kMessageLimitWindow{24};

qsizetype codePointCount(QStringView text);

// Why a text was refused, in words for an error message.
enum class TextProblem { Empty, TooLong, InvalidCharacters };

// Checks 1..maxCodePoints, not blank, and no lone surrogates or NUL.
std::optional<TextProblem> checkText(QStringView text, qsizetype maxCodePoints);
std::optional<TextProblem> checkMessageText(QStringView text);
std::optional<TextProblem> checkNoteText(QStringView text);
QString describe(TextProblem problem, qsizetype maxCodePoints);

} // namespace baton::protocol
