#include <ui/trayicon.h>

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

// The glyph used when the app gives no icon: a rounded square in the brand
// blue with a white "B".
void paintGlyph(QPainter& p, int size)
{
    QPainterPath shape;
    const qreal margin = size * 0.06;
    shape.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.2,
                         size * 0.2);
    p.fillPath(shape, QColor(0x2f, 0x6f, 0xde));
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, qRound(size * 0.62)));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, u"B"_s);
}

} // namespace

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , menu_(new QMenu)
{
    menu_->setAccessibleName(tr("Baton tray menu"));
    show_ = menu_->addAction(tr("Show Baton"));
    show_->setObjectName(u"tray.show"_s);
    dnd_ = menu_->addAction(tr("Do not disturb"));
    dnd_->setObjectName(u"tray.dnd"_s);
    dnd_->setCheckable(true);
    menu_->addSeparator();
    quit_ = menu_->addAction(tr("Quit"));
    quit_->setObjectName(u"tray.quit"_s);
    connect(show_, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(dnd_, &QAction::toggled, this, [this](bool on) {
        refresh();
        Q_EMIT doNotDisturbToggled(on);
    });
    connect(quit_, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(this);
        tray_->setContextMenu(menu_);
        connect(tray_, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT toggleWindowRequested();
                });
        connect(tray_, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT notificationClicked(last_); });
    }
    refresh();
    if (tray_)
        tray_->show();
}

TrayIcon::~TrayIcon()
{
    // The menu has no parent (QSystemTrayIcon does not take it).
    delete menu_;
}

void TrayIcon::setUnreadCount(int count)
{
    count = qMax(0, count);
    if (count == unread_)
        return;
    unread_ = count;
    refresh();
}

void TrayIcon::setOnline(bool online)
{
    if (online == online_)
        return;
    online_ = online;
    refresh();
}

void TrayIcon::setDoNotDisturb(bool on)
{
    dnd_->setChecked(on);
}

bool TrayIcon::doNotDisturb() const
{
    return dnd_->isChecked();
}

void TrayIcon::setBaseIcon(const QIcon& icon)
{
    base_ = icon;
    refresh();
}

bool TrayIcon::canShowMessages() const
{
    return tray_ && QSystemTrayIcon::supportsMessages();
}

TrayIcon::Variant TrayIcon::variant() const
{
    if (!online_)
        return Variant::Offline;
    return unread_ > 0 ? Variant::Unread : Variant::Normal;
}

QPixmap TrayIcon::render(Variant variant, int count, int size, const QIcon& base, qreal dpr)
{
    const int pixels = qMax(1, qRound(size * dpr));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (base.isNull())
            paintGlyph(p, pixels);
        else
            base.paint(&p, QRect(0, 0, pixels, pixels));
    }
    if (variant == Variant::Offline) {
        // Grey, half transparent: the light of a disconnected app.
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int grey = qGray(line[x]);
                line[x] = qRgba(grey, grey, grey, qAlpha(line[x]) / 2);
            }
        }
    }
    if (count > 0) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        QFont font;
        font.setBold(true);
        font.setPixelSize(qMax(5, qRound(pixels * (text.size() > 2 ? 0.3 : 0.4))));
        p.setFont(font);
        const qreal height = pixels * 0.55;
        const qreal width =
            qMax(height, QFontMetricsF(font).horizontalAdvance(text) + pixels * 0.16);
        const QRectF badge(pixels - width, 0, width, height);
        p.setPen(Qt::NoPen);
        p.setBrush(variant == Variant::Offline ? QColor(0x75, 0x75, 0x75)
                                               : QColor(0xd9, 0x30, 0x25));
        p.drawRoundedRect(badge, height / 2, height / 2);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    QPixmap out = QPixmap::fromImage(image);
    out.setDevicePixelRatio(dpr);
    return out;
}

void TrayIcon::refresh()
{
    const Variant v = variant();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(render(v, unread_, size, base_));
    icon_ = icon;

    QStringList lines{tr("Baton")};
    if (!online_)
        lines << tr("Offline");
    if (unread_ > 0)
        lines << tr("%n unread chat(s)", nullptr, unread_);
    if (doNotDisturb())
        lines << tr("Do not disturb");
    toolTip_ = lines.join(u'\n');

    if (tray_) {
        tray_->setIcon(icon_);
        tray_->setToolTip(toolTip_);
    }
}

void TrayIcon::showWindow(QWidget* window)
{
    if (window->isMinimized())
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

void TrayIcon::toggleWindow(QWidget* window)
{
    if (window->isVisible() && window->isActiveWindow() && !window->isMinimized())
        window->hide();
    else
        showWindow(window);
}

void TrayIcon::showMessage(const Notification& n)
{
    last_ = n;
    if (tray_)
        tray_->showMessage(n.title, n.body, icon_);
}

} // namespace baton::ui
