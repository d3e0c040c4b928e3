#include <ui/elide.h>

namespace baton::ui {

QString elideLine(const QFontMetrics& metrics, const QString& text, int width)
{
    if (width <= 0)
        return {};
    // One unit past what can show, so a text cut here is always wider than
    // `width` and elidedText() still places the ellipsis itself.
    qsizetype keep = qsizetype(width) + 1;
    if (text.size() <= keep)
        return metrics.elidedText(text, Qt::ElideRight, width);
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    return metrics.elidedText(text.left(keep) + QChar(0x2026), Qt::ElideRight, width);
}

} // namespace baton::ui
