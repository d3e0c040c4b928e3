#include <ui/icons.h>

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace icons {

namespace {

QString pathOf(const QString& name)
{
    return u":/icons/"_s + name + u".svg"_s;
}

QColor textColor(const QPalette& palette)
{
    const QPalette p = palette.resolveMask() == 0 ? QGuiApplication::palette() : palette;
    return p.color(QPalette::WindowText);
}

} // namespace

bool exists(const QString& name)
{
    return QFile::exists(pathOf(name));
}

namespace {

QPixmap render(const QString& name, int size, qreal dpr, const QColor& color)
{
    const QString key = u"baton-icon:%1:%2:%3:%4"_s.arg(name).arg(size).arg(dpr).arg(color.name());
    QPixmap out;
    if (QPixmapCache::find(key, &out))
        return out;

    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    const int pixels = qMax(1, qRound(size * dpr));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    out = QPixmap::fromImage(image);
    out.setDevicePixelRatio(dpr);
    QPixmapCache::insert(key, out);
    return out;
}

// Renders the icon's four sizes at its first use, not when a widget that
// shows it is built: most icons (menus, popups, hidden panes) are not on
// screen at start-up, and the SVG rendering was a large part of building
// the window. Past the first use it is a plain pixmap icon.
class LazyIconEngine : public QIconEngine {
public:
    LazyIconEngine(QString name, QColor color)
        : name_(std::move(name))
        , color_(color)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // QIcon has scaled `size` already; it sets the ratio on the result.
        Q_UNUSED(scale);
        return icon().pixmap(size, 1.0, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QIconEngine* clone() const override
    {
        auto* copy = new LazyIconEngine(name_, color_);
        copy->icon_ = icon_;
        return copy;
    }
    QString key() const override { return u"baton-lazy-svg"_s; }

private:
    const QIcon& icon()
    {
        if (icon_.isNull()) {
            for (const int size : {16, 24, 32, 48})
                icon_.addPixmap(render(name_, size, 1.0, color_));
        }
        return icon_;
    }

    QString name_;
    QColor color_;
    QIcon icon_;
};

} // namespace

QPixmap pixmap(const QString& name, int size, qreal dpr, const QPalette& palette)
{
    return render(name, size, dpr, textColor(palette));
}

QIcon icon(const QString& name, const QPalette& palette)
{
    // The colour is the palette's now, as when the sizes were rendered here.
    if (!exists(name))
        return {};
    return QIcon(new LazyIconEngine(name, textColor(palette)));
}

QString channelIconName(protocol::Channel channel)
{
    return protocol::enumName(channel);
}

QString botStateIconName(protocol::BotState state)
{
    switch (state) {
    case protocol::BotState::Active:
        return u"bot-active"_s;
    case protocol::BotState::Snoozed:
        return u"bot-snoozed"_s;
    case protocol::BotState::Inactive:
        return u"bot-inactive"_s;
    }
    return {};
}

} // namespace icons

QString Names::channel(protocol::Channel channel)
{
    switch (channel) {
    case protocol::Channel::Telegram:
        return tr("Telegram");
    case protocol::Channel::WhatsApp:
        return tr("WhatsApp");
    case protocol::Channel::Instagram:
        return tr("Instagram");
    case protocol::Channel::Messenger:
        return tr("Messenger");
    case protocol::Channel::Viber:
        return tr("Viber");
    case protocol::Channel::LiveChat:
        return tr("Live chat");
    }
    return {};
}

QString Names::botState(protocol::BotState state)
{
    switch (state) {
    case protocol::BotState::Active:
        return tr("Bot active");
    case protocol::BotState::Snoozed:
        return tr("Bot snoozed");
    case protocol::BotState::Inactive:
        return tr("Bot inactive");
    }
    return {};
}

QString Names::subscription(protocol::SubscriptionStatus status)
{
    switch (status) {
    case protocol::SubscriptionStatus::Active:
        return tr("Subscribed");
    case protocol::SubscriptionStatus::Unsubscribed:
        return tr("Unsubscribed");
    case protocol::SubscriptionStatus::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString Names::chatType(protocol::ChatType type)
{
    return type == protocol::ChatType::Group ? tr("Group") : tr("Personal");
}

} // namespace baton::ui
