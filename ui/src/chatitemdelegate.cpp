#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <ui/avatar.h>
#include <ui/chatitemdelegate.h>
#include <ui/elide.h>
#include <ui/icons.h>

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::ChatListModel;
using protocol::BotState;
using protocol::MessageKind;
using protocol::MessageSource;

namespace {

constexpr int kPadding = 8;
constexpr int kAvatar = 40;
constexpr int kIcon = 16;

} // namespace

ChatItemDelegate::ChatItemDelegate(const models::AgentDirectory* agents, Clock clock,
                                   const AvatarProvider* avatars, QObject* parent)
    : QStyledItemDelegate(parent)
    , agents_(agents)
    , clock_(std::move(clock))
    , avatars_(avatars)
{}

QSize ChatItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    const int lines = 3 * fm.height() + 2 * 2;
    return {200, std::max(kAvatar, lines) + 2 * kPadding};
}

QString ChatItemDelegate::previewText(const QModelIndex& index) const
{
    if (!index.data(ChatListModel::HasLastMessageRole).toBool())
        return tr("No messages yet");
    const auto source =
        static_cast<MessageSource>(index.data(ChatListModel::LastMessageSourceRole).toInt());
    const auto kind =
        static_cast<MessageKind>(index.data(ChatListModel::LastMessageKindRole).toInt());
    QString text = index.data(ChatListModel::LastMessageTextRole).toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (kind == MessageKind::StoryMention)
        text = tr("Mentioned you in a story");
    else if (kind == MessageKind::AdClick && text.isEmpty())
        text = tr("Came from an ad");

    switch (source) {
    case MessageSource::Subscriber:
        return text; // the row already names the subscriber
    case MessageSource::Bot:
        return tr("Bot: %1").arg(text);
    case MessageSource::ThirdPartyApp:
        return tr("Via another app: %1").arg(text);
    case MessageSource::System:
        return text;
    case MessageSource::Agent: {
        const QVariant agent = index.data(ChatListModel::LastMessageAgentIdRole);
        if (!agent.isValid())
            return tr("Agent: %1").arg(text);
        const qint64 id = agent.toLongLong();
        if (id == currentAgentId_ && currentAgentId_ != 0)
            return tr("You: %1").arg(text);
        const QString name = agents_ ? agents_->name(id) : tr("Agent #%1").arg(id);
        return tr("%1: %2").arg(name, text);
    }
    }
    return text;
}

QString ChatItemDelegate::botStatusText(const QModelIndex& index) const
{
    const auto state = static_cast<BotState>(index.data(ChatListModel::BotStateRole).toInt());
    const QDateTime until = index.data(ChatListModel::BotUntilRole).toDateTime();
    switch (state) {
    case BotState::Active:
        return tr("Active");
    case BotState::Snoozed:
        return until.isValid() ? tr("wakes in %1").arg(formatDuration(clock_().secsTo(until)))
                               : tr("Snoozed");
    case BotState::Inactive:
        return until.isValid() ? tr("off, on in %1").arg(formatDuration(clock_().secsTo(until)))
                               : tr("Inactive");
    }
    return {};
}

QString ChatItemDelegate::assigneeText(const QModelIndex& index) const
{
    const QVariant assignee = index.data(ChatListModel::AssigneeIdRole);
    if (!assignee.isValid())
        return tr("Unassigned");
    const qint64 id = assignee.toLongLong();
    if (id == currentAgentId_ && currentAgentId_ != 0)
        return tr("Assigned to you");
    return agents_ ? agents_->name(id) : tr("Agent #%1").arg(id);
}

QString ChatItemDelegate::accessibleText(const QModelIndex& index) const
{
    const auto channel =
        static_cast<protocol::Channel>(index.data(ChatListModel::ChannelRole).toInt());
    const qint64 unread = index.data(ChatListModel::UnreadCountRole).toLongLong();
    QStringList parts{index.data(ChatListModel::TitleRole).toString(), Names::channel(channel),
                      previewText(index)};
    if (unread > 0)
        parts.append(tr("%n unread", nullptr, static_cast<int>(unread)));
    parts.append(assigneeText(index));
    parts.append(tr("Bot: %1").arg(botStatusText(index)));
    return parts.join(u", "_s);
}

void ChatItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled
            ? (option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    painter->save();
    const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(option.font);
    const int line = fm.height() + 2;

    // Avatar.
    const QRect avatarRect(r.left(), r.top() + (r.height() - kAvatar) / 2, kAvatar, kAvatar);
    const QString title = index.data(ChatListModel::TitleRole).toString();
    QPixmap image;
    if (avatars_)
        image = avatars_->avatar(index.data(ChatListModel::AvatarUrlRole).toString());
    avatar::paint(painter, avatarRect, index.data(ChatListModel::IdRole).toLongLong(), title,
                  image);

    const int left = avatarRect.right() + kPadding;
    const int right = r.right();

    // Line 1: name, channel icon ... time.
    const QDateTime at = index.data(ChatListModel::LastActivityAtRole).toDateTime();
    const QDateTime now = clock_();
    const QLocale locale;
    QString timeText;
    if (at.isValid()) {
        const QDateTime local = at.toTimeZone(now.timeZone());
        timeText = local.date() == now.date() ? shortTime(local.time(), locale)
                                              : locale.toString(local.date(), QLocale::ShortFormat);
    }
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallFm(small);
    const int timeWidth = smallFm.horizontalAdvance(timeText);
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(QRect(right - timeWidth, r.top(), timeWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, timeText);

    const auto channel =
        static_cast<protocol::Channel>(index.data(ChatListModel::ChannelRole).toInt());
    const int channelX = right - timeWidth - kPadding - kIcon;
    painter->drawPixmap(QRect(channelX, r.top() + (line - kIcon) / 2, kIcon, kIcon),
                        icons::pixmap(icons::channelIconName(channel), kIcon, dpr));

    QFont bold = option.font;
    const qint64 unread = index.data(ChatListModel::UnreadCountRole).toLongLong();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    QString name = title;
    if (static_cast<protocol::ChatType>(index.data(ChatListModel::TypeRole).toInt()) ==
        protocol::ChatType::Group)
        name = tr("%1 (group)").arg(title);
    const int nameWidth = channelX - kPadding - left;
    painter->drawText(QRect(left, r.top(), nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      elideLine(QFontMetrics(bold), name, nameWidth));

    // Line 2: preview ... unread badge.
    int previewRight = right;
    if (unread > 0) {
        const QString badge = unread > 999 ? u"999+"_s : QString::number(unread);
        const int w = std::max(line - 2, smallFm.horizontalAdvance(badge) + 10);
        const QRect badgeRect(right - w, r.top() + line + 1, w, line - 2);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(badgeRect), badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(pill, option.palette.color(group, selected ? QPalette::HighlightedText
                                                                     : QPalette::Highlight));
        painter->setPen(option.palette.color(group, selected ? QPalette::Highlight
                                                             : QPalette::HighlightedText));
        painter->setFont(small);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        previewRight = badgeRect.left() - kPadding;
    }
    QFont previewFont = option.font;
    previewFont.setBold(unread > 0);
    painter->setFont(previewFont);
    painter->setPen(unread > 0 ? text : dim);
    const int previewWidth = previewRight - left;
    painter->drawText(QRect(left, r.top() + line, previewWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      elideLine(QFontMetrics(previewFont), previewText(index), previewWidth));

    // Line 3: assignee ... bot status.
    painter->setFont(small);
    painter->setPen(dim);
    const auto state = static_cast<BotState>(index.data(ChatListModel::BotStateRole).toInt());
    const QString bot = botStatusText(index);
    const int botWidth = smallFm.horizontalAdvance(bot);
    const int y3 = r.top() + 2 * line;
    painter->drawText(QRect(right - botWidth, y3, botWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, bot);
    const int botIconX = right - botWidth - 4 - kIcon;
    painter->drawPixmap(QRect(botIconX, y3 + (line - kIcon) / 2, kIcon, kIcon),
                        icons::pixmap(icons::botStateIconName(state), kIcon, dpr));
    const int assigneeWidth = botIconX - kPadding - left;
    painter->drawText(QRect(left, y3, assigneeWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      elideLine(smallFm, assigneeText(index), assigneeWidth));
    painter->restore();
}

} // namespace baton::ui
