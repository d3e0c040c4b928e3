#pragma once

#include <protocol/enums.h>

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QPixmap>

namespace baton::ui {

// The SVG icons of resources/icons (Qt resource prefix /icons), rendered with
// QSvgRenderer so no image-format plugin is needed. Monochrome icons use
// `currentColor`, which is replaced by the palette's text colour, so they
// follow light and dark palettes. Rendered pixmaps are kept in QPixmapCache.
namespace icons {

// "attach", "emoji", "send", "reply", "download", "retry", "close", "note",
// "search", "file", "keyboard", "bot-active", "bot-snoozed", "bot-inactive",
// and the channel names of channelIconName().
QPixmap pixmap(const QString& name, int size, qreal dpr = 1.0, const QPalette& palette = {});
QIcon icon(const QString& name, const QPalette& palette = {});
// Whether the resource exists (the icons are compiled in).
bool exists(const QString& name);

QString channelIconName(protocol::Channel channel);
QString botStateIconName(protocol::BotState state);

} // namespace icons

// Translated names of protocol values, shared by every widget.
class Names {
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString channel(protocol::Channel channel);
    static QString botState(protocol::BotState state);
    static QString subscription(protocol::SubscriptionStatus status);
    static QString chatType(protocol::ChatType type);
};

} // namespace baton::ui
