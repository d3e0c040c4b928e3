#include <ui/icons.h>

#include <QFile>
#include <QGuiApplication>
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

QPixmap pixmap(const QString& name, int size, qreal dpr, const QPalette& palette)
{
    const QColor color = textColor(palette);
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

QIcon icon(const QString& name, const QPalette& palette)
{
    QIcon out;
    for (const int size : {16, 24, 32, 48})
        out.addPixmap(pixmap(name, size, 1.0, palette));
    return out;
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
