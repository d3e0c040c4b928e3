#pragma once

#include <QFontMetrics>
#include <QString>

namespace baton::ui {

// QFontMetrics::elidedText() for one line, without shaping more of `text`
// than can show: a message of several kilobytes costs what its first line
// costs. Every character that can show in `width` pixels is kept (each
// UTF-16 unit is taken to be at least one pixel wide), so the result equals
// QFontMetrics::elidedText(text, mode, width) unless the text holds more
// zero-width units than that, when it ends early with an ellipsis.
QString elideLine(const QFontMetrics& metrics, const QString& text, int width);

} // namespace baton::ui
