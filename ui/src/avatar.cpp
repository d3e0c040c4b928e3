#include <ui/avatar.h>

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace baton::ui::avatar {

QString initials(const QString& name)
{
    QString out;
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        // The first code point (an emoji or a letter outside the BMP is two units).
        const qsizetype n = word.size() > 1 && word.at(0).isHighSurrogate() ? 2 : 1;
        out += word.left(n).toUpper();
        if (out.size() >= 2 || words.size() == 1)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QColor colorFor(qint64 id)
{
    // The golden-ratio walk around the hue circle spreads neighbouring ids.
    const double hue = std::fmod(static_cast<double>(id) * 0.618033988749895, 1.0);
    return QColor::fromHslF(static_cast<float>(hue), 0.55f, 0.45f);
}

void paint(QPainter* painter, const QRect& rect, qint64 id, const QString& name,
           const QPixmap& image)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    if (!image.isNull()) {
        painter->setClipPath(circle);
        painter->drawPixmap(rect, image);
    } else {
        painter->fillPath(circle, colorFor(id));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(8, rect.height() * 2 / 5));
        painter->setFont(font);
        painter->setPen(Qt::white); // on a mid-lightness colour, readable in both themes
        painter->drawText(rect, Qt::AlignCenter, initials(name));
    }
    painter->restore();
}

QPixmap render(int size, qint64 id, const QString& name, const QPixmap& image, qreal dpr)
{
    QPixmap out(qRound(size * dpr), qRound(size * dpr));
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    paint(&painter, QRect(0, 0, size, size), id, name, image);
    return out;
}

} // namespace baton::ui::avatar
