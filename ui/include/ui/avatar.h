#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QPainter;
class QRect;

namespace baton::ui {

// Loaded avatar images by URL. The ui layer never downloads; the app backs
// this with its image cache. Returning a null pixmap shows initials.
class AvatarProvider {
public:
    virtual ~AvatarProvider() = default;
    virtual QPixmap avatar(const QString& url) const = 0;
};

namespace avatar {

// Up to two initials of a name ("Lena Vogel" -> "LV", "maya" -> "M", "" -> "?").
QString initials(const QString& name);
// A stable, readable background colour derived from an id.
QColor colorFor(qint64 id);
// Paints a round avatar: the image when not null, else initials on colorFor(id).
void paint(QPainter* painter, const QRect& rect, qint64 id, const QString& name,
           const QPixmap& image = {});
// The same into a pixmap (for labels).
QPixmap render(int size, qint64 id, const QString& name, const QPixmap& image = {},
               qreal dpr = 1.0);

} // namespace avatar

} // namespace baton::ui
