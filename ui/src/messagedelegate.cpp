#include <models/messagemodel.h>
#include <ui/icons.h>
#include <ui/messagedelegate.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::MessageModel;
using protocol::DeliveryStatus;
using protocol::Direction;
using protocol::MessageKind;
using protocol::MessageSource;

namespace {

constexpr int kMargin = 8; // around the bubble
constexpr int kPad = 8;    // inside the bubble
constexpr int kGap = 4;    // between parts
constexpr int kIcon = 16;

// Lays `text` out in `width`, breaking at word boundaries or anywhere for
// long words (URLs); returns the height and the widest line.
QSize layoutText(QTextLayout& layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {static_cast<int>(std::ceil(widest)), static_cast<int>(std::ceil(height))};
}

// QTextLayout does not break at '\n'; a line separator it does.
QString withLineBreaks(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

void drawText(QPainter* painter, const QString& text, const QFont& font, const QRect& rect)
{
    QTextLayout layout(withLineBreaks(text), font);
    layoutText(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

QString attachmentText(const QVariantMap& a)
{
    const QString size =
        QLocale().formattedDataSize(a.value(u"size"_s).toLongLong(), 1, QLocale::DataSizeIecFormat);
    return u"%1 (%2)"_s.arg(a.value(u"filename"_s).toString(), size);
}

bool isSystem(const QModelIndex& index)
{
    return static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) ==
           MessageKind::BotStatusChange;
}

QFont smallFont(const QFont& font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.85);
    return f;
}

} // namespace

MessageDelegate::MessageDelegate(QAbstractItemView* view, Clock clock, QObject* parent)
    : QStyledItemDelegate(parent)
    , view_(view)
    , clock_(std::move(clock))
{}

QString MessageDelegate::dateText(const QDate& date, const QDate& today)
{
    if (date == today)
        return tr("Today");
    if (date == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString MessageDelegate::sourceLabel(const QModelIndex& index) const
{
    const auto direction = static_cast<Direction>(index.data(MessageModel::DirectionRole).toInt());
    const auto kind = static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt());
    if (direction == Direction::In) {
        switch (kind) {
        case MessageKind::Button:
            return tr("Pressed a button");
        case MessageKind::StoryMention:
            return tr("Mentioned you in a story");
        case MessageKind::AdClick:
            return tr("Came from an ad");
        default:
            return {};
        }
    }
    switch (static_cast<MessageSource>(index.data(MessageModel::SourceRole).toInt())) {
    case MessageSource::Bot:
        return tr("Bot");
    case MessageSource::ThirdPartyApp:
        return tr("Sent from another app");
    case MessageSource::Agent: {
        const QVariant agent = index.data(MessageModel::AgentIdRole);
        if (agent.isValid() && agent.toLongLong() == currentAgentId_ && currentAgentId_ != 0)
            return tr("You");
        const QString name = index.data(MessageModel::AgentNameRole).toString();
        return name.isEmpty() ? tr("Agent") : name;
    }
    default:
        return {};
    }
}

QString MessageDelegate::footerText(const QModelIndex& index) const
{
    const auto pending =
        index.data(MessageModel::PendingStateRole).value<MessageModel::PendingState>();
    if (pending == MessageModel::PendingState::Sending)
        return tr("Sending…");
    if (pending == MessageModel::PendingState::Failed) {
        const QString reason = index.data(MessageModel::FailureReasonRole).toString();
        return reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason);
    }
    const QDateTime at = index.data(MessageModel::CreatedAtRole).toDateTime();
    const TimeText& time = timeText();
    QString out = time.locale.toString(at.toTimeZone(time.zone).time(), time.format);
    if (index.data(MessageModel::EditedRole).toBool())
        out = tr("edited %1").arg(out);
    if (static_cast<Direction>(index.data(MessageModel::DirectionRole).toInt()) == Direction::Out) {
        switch (static_cast<DeliveryStatus>(index.data(MessageModel::DeliveryRole).toInt())) {
        case DeliveryStatus::Sent:
            out += u" ✓"_s;
            break;
        case DeliveryStatus::Delivered:
            out += u" ✓✓"_s;
            break;
        case DeliveryStatus::Read:
            out += u" ✓✓ "_s + tr("read");
            break;
        case DeliveryStatus::None:
            break;
        }
    }
    return out;
}

const MessageDelegate::TimeText& MessageDelegate::timeText() const
{
    // The clock's zone costs a look at the system's zone file each time, the
    // format a regular expression; rows are laid out by the thousand. A
    // changed zone or locale shows within a second.
    if (!timeAge_.isValid() || timeAge_.hasExpired(1000)) {
        time_.zone = clock_ ? clock_().timeZone() : QTimeZone::systemTimeZone();
        time_.locale = QLocale();
        time_.format = shortTimeFormat(time_.locale);
        timeAge_.start();
    }
    return time_;
}

int MessageDelegate::advance(const QString& text, const QFont& font) const
{
    // Kept with the laid-out sizes: -1 stands for "one line, no width".
    TextKey key{text, font, -1};
    if (const auto it = textSizes_.constFind(key); it != textSizes_.cend())
        return it->width();
    const int width = QFontMetrics(font).horizontalAdvance(text);
    remember(std::move(key), QSize(width, 0));
    return width;
}

QSize MessageDelegate::textSize(const QString& text, const QFont& font, int width) const
{
    TextKey key{text, font, width};
    if (const auto it = textSizes_.constFind(key); it != textSizes_.cend())
        return *it;
    QTextLayout layout(withLineBreaks(text), font);
    const QSize size = layoutText(layout, width);
    remember(std::move(key), size);
    return size;
}

void MessageDelegate::remember(TextKey key, QSize size) const
{
    // Bounded: a chat of many thousands of rows at a few widths fits.
    constexpr qsizetype kMaxSizes = 50'000;
    if (textSizes_.size() >= kMaxSizes)
        textSizes_.clear();
    textSizes_.insert(std::move(key), size);
}

MessageDelegate::Geometry MessageDelegate::geometry(const QStyleOptionViewItem& option,
                                                    const QModelIndex& index) const
{
    Geometry g;
    const QRect row = option.rect;
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QFontMetrics fm(font);
    const QFontMetrics sfm(small);
    int y = row.top() + kGap;

    if (index.data(MessageModel::DateSeparatorRole).toBool()) {
        g.separator = QRect(row.left(), y, row.width(), sfm.height() + 2 * kGap);
        y = g.separator.bottom() + 1 + kGap;
    }

    if (isSystem(index)) {
        const QString text = index.data(MessageModel::SystemTextRole).toString();
        const int w = std::min(row.width() - 2 * kMargin, advance(text, small) + kIcon + 3 * kGap);
        const QSize s = textSize(text, small, w - kIcon - 3 * kGap);
        g.system =
            QRect(row.left() + (row.width() - w) / 2, y, w, std::max(s.height(), kIcon) + 2 * kGap);
        g.height = g.system.bottom() + 1 + kGap - row.top();
        return g;
    }

    const bool out =
        static_cast<Direction>(index.data(MessageModel::DirectionRole).toInt()) == Direction::Out;
    const int maxBubble = std::max(120, (row.width() - 2 * kMargin) * 3 / 4);
    const int inner = maxBubble - 2 * kPad;
    int width = 0;
    int h = kPad;
    const auto place = [&](QRect& rect, const QSize& size) {
        rect = QRect(0, h, size.width(), size.height());
        h += size.height() + kGap;
        width = std::max(width, size.width());
    };

    const QString label = sourceLabel(index);
    if (!label.isEmpty()) {
        // Measured in the bold face it is drawn in, so it is not elided.
        QFont bold = small;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        place(g.label, QSize(std::min(inner, advance(label, bold) + 1), bfm.height()));
    }

    const bool deleted = index.data(MessageModel::DeletedRole).toBool();
    QString quote;
    if (index.data(MessageModel::ReplyToRole).isValid())
        quote = index.data(MessageModel::ReplyTextRole).toString();
    if (index.data(MessageModel::ReplyToRole).isValid() && quote.isEmpty())
        quote = tr("An earlier message");
    if (static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) ==
        MessageKind::AdClick)
        quote = tr("Ad: %1").arg(index.data(MessageModel::AdCampaignNameRole).toString());
    if (!quote.isEmpty() && !deleted) {
        const QSize s = textSize(quote, small, inner - 2 * kGap);
        place(g.quote, QSize(s.width() + 2 * kGap, std::min(s.height(), 3 * sfm.height()) + kGap));
    }

    QString text =
        deleted ? tr("This message was deleted") : index.data(MessageModel::TextRole).toString();
    if (!deleted &&
        static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) ==
            MessageKind::StoryMention &&
        text.isEmpty())
        text = index.data(MessageModel::StoryUrlRole).toString();
    if (!text.isEmpty())
        place(g.text, textSize(text, font, inner));

    if (!deleted) {
        const QVariantList attachments = index.data(MessageModel::AttachmentsRole).toList();
        for (const QVariant& a : attachments) {
            const QVariantMap map = a.toMap();
            const int w = std::min(inner, kIcon + kGap + fm.horizontalAdvance(attachmentText(map)) +
                                              kGap + kIcon + kGap);
            QRect r;
            place(r, QSize(w, std::max(fm.height(), kIcon + 4)));
            g.attachments.append(r);
            const bool downloadable =
                !map.value(u"url"_s).toString().isEmpty() || map.value(u"id"_s).toLongLong() > 0;
            g.downloads.append(downloadable
                                   ? QRect(r.right() - kIcon - 2, r.top() + 2, kIcon + 2, kIcon)
                                   : QRect());
        }
    }

    const QString footer = footerText(index);
    const auto pending =
        index.data(MessageModel::PendingStateRole).value<MessageModel::PendingState>();
    int footerWidth = std::min(inner, advance(footer, small));
    const int footerTop = h;
    int footerHeight = sfm.height();
    if (pending == MessageModel::PendingState::Failed) {
        const int rw = sfm.horizontalAdvance(tr("Retry")) + 2 * kPad;
        const int dw = sfm.horizontalAdvance(tr("Discard")) + 2 * kPad;
        footerHeight = sfm.height() + kGap + sfm.height() + kGap;
        g.retry = QRect(0, footerTop + sfm.height() + kGap, rw, sfm.height() + kGap);
        g.discard = QRect(rw + kGap, footerTop + sfm.height() + kGap, dw, sfm.height() + kGap);
        footerWidth = std::max(footerWidth, rw + kGap + dw);
    }
    g.footer = QRect(0, footerTop, footerWidth, sfm.height());
    width = std::max(width, footerWidth);
    h += footerHeight + kPad;

    const int bubbleWidth = std::min(maxBubble, width + 2 * kPad);
    const int left = out ? row.right() - kMargin - bubbleWidth + 1 : row.left() + kMargin;
    const QPoint origin(left + kPad, y);
    const auto shift = [&](QRect& r) {
        if (!r.isNull())
            r.translate(origin);
    };
    shift(g.label);
    shift(g.quote);
    shift(g.text);
    for (QRect& r : g.attachments)
        shift(r);
    for (QRect& r : g.downloads)
        shift(r);
    shift(g.footer);
    shift(g.retry);
    shift(g.discard);
    // Footers sit at the bubble's right edge.
    g.footer.moveRight(left + bubbleWidth - kPad);
    g.bubble = QRect(left, y, bubbleWidth, h);
    y = g.bubble.bottom() + 1;

    const QVariantList reactions = index.data(MessageModel::ReactionsRole).toList();
    if (!reactions.isEmpty() && !deleted) {
        QStringList emoji;
        for (const QVariant& r : reactions)
            emoji.append(r.toMap().value(u"emoji"_s).toString());
        const int w = fm.horizontalAdvance(emoji.join(u' ')) + 2 * kPad;
        g.reactions =
            QRect(out ? g.bubble.right() - w + 1 : g.bubble.left(), y + 2, w, fm.height() + 4);
        y = g.reactions.bottom() + 1;
    }
    g.height = y + kGap - row.top();
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    const int width = view_ ? view_->viewport()->width() : option.rect.width();
    opt.rect = QRect(0, 0, std::max(width, 200), 0);
    return {width, geometry(opt, index).height};
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const Geometry g = geometry(option, index);
    const QPalette& pal = option.palette;
    const QFont small = smallFont(option.font);
    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6f);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!g.separator.isNull()) {
        const QDate today = clock_ ? clock_().date() : QDate::currentDate();
        const QString label = dateText(index.data(MessageModel::DateRole).toDate(), today);
        painter->setFont(small);
        painter->setPen(dim);
        const int w = QFontMetrics(small).horizontalAdvance(label) + 2 * kPad;
        const QRect pill(g.separator.center().x() - w / 2, g.separator.top(), w,
                         g.separator.height());
        const int mid = g.separator.center().y();
        painter->drawLine(g.separator.left() + kMargin, mid, pill.left() - kGap, mid);
        painter->drawLine(pill.right() + kGap, mid, g.separator.right() - kMargin, mid);
        painter->drawText(pill, Qt::AlignCenter, label);
    }

    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    if (!g.system.isNull()) {
        QPainterPath pill;
        pill.addRoundedRect(QRectF(g.system), g.system.height() / 2.0, g.system.height() / 2.0);
        painter->fillPath(pill,
                          pal.color(selected ? QPalette::Highlight : QPalette::AlternateBase));
        const auto state =
            static_cast<protocol::BotState>(index.data(MessageModel::BotStateRole).toInt());
        const QRect icon(g.system.left() + kGap, g.system.center().y() - kIcon / 2, kIcon, kIcon);
        painter->drawPixmap(icon, icons::pixmap(icons::botStateIconName(state), kIcon, dpr));
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(small);
        drawText(painter, index.data(MessageModel::SystemTextRole).toString(), small,
                 QRect(icon.right() + kGap, g.system.top() + kGap,
                       g.system.right() - icon.right() - 2 * kGap, g.system.height()));
        painter->restore();
        return;
    }

    const bool out =
        static_cast<Direction>(index.data(MessageModel::DirectionRole).toInt()) == Direction::Out;
    const auto pending =
        index.data(MessageModel::PendingStateRole).value<MessageModel::PendingState>();
    // Outgoing bubbles use a blend of base and highlight; incoming the
    // alternate base. Both derive from the palette, so dark themes work.
    QColor fill = pal.color(QPalette::AlternateBase);
    if (out) {
        const QColor base = pal.color(QPalette::Base);
        const QColor hl = pal.color(QPalette::Highlight);
        fill = QColor::fromRgbF(base.redF() * 0.8f + hl.redF() * 0.2f,
                                base.greenF() * 0.8f + hl.greenF() * 0.2f,
                                base.blueF() * 0.8f + hl.blueF() * 0.2f);
    }
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(g.bubble), 10, 10);
    painter->fillPath(bubble, fill);
    if (selected || focused || pending == MessageModel::PendingState::Failed) {
        QPen pen(pending == MessageModel::PendingState::Failed ? QColor(0xd9, 0x3f, 0x3f)
                                                               : pal.color(QPalette::Highlight));
        pen.setWidthF(selected ? 2.0 : 1.0);
        painter->setPen(pen);
        painter->drawPath(bubble);
    }

    if (!g.label.isNull()) {
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(
            g.label, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(sourceLabel(index), Qt::ElideRight, g.label.width()));
    }
    if (!g.quote.isNull()) {
        painter->fillRect(QRect(g.quote.left(), g.quote.top(), 3, g.quote.height()),
                          pal.color(QPalette::Link));
        painter->setPen(dim);
        painter->setFont(small);
        QString quote = index.data(MessageModel::ReplyTextRole).toString();
        if (static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) ==
            MessageKind::AdClick)
            quote = tr("Ad: %1").arg(index.data(MessageModel::AdCampaignNameRole).toString());
        else if (quote.isEmpty())
            quote = tr("An earlier message");
        painter->save();
        painter->setClipRect(g.quote);
        drawText(painter, quote, small, g.quote.adjusted(2 * kGap, 0, 0, 0));
        painter->restore();
    }
    if (!g.text.isNull()) {
        const bool deleted = index.data(MessageModel::DeletedRole).toBool();
        QFont f = option.font;
        f.setItalic(deleted);
        painter->setPen(deleted ? dim : text);
        QString body = deleted ? tr("This message was deleted")
                               : index.data(MessageModel::TextRole).toString();
        if (!deleted && body.isEmpty())
            body = index.data(MessageModel::StoryUrlRole).toString();
        drawText(painter, body, f, g.text);
    }
    const QVariantList attachments = index.data(MessageModel::AttachmentsRole).toList();
    for (int i = 0; i < g.attachments.size() && i < attachments.size(); ++i) {
        const QRect r = g.attachments.at(i);
        painter->drawPixmap(QRect(r.left(), r.top() + 2, kIcon, kIcon),
                            icons::pixmap(u"file"_s, kIcon, dpr, pal));
        painter->setPen(text);
        painter->setFont(option.font);
        const QRect name(r.left() + kIcon + kGap, r.top(), r.width() - 2 * (kIcon + kGap),
                         r.height());
        painter->drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(option.font)
                              .elidedText(attachmentText(attachments.at(i).toMap()),
                                          Qt::ElideMiddle, name.width()));
        if (!g.downloads.at(i).isNull())
            painter->drawPixmap(g.downloads.at(i).adjusted(1, 0, -1, 0),
                                icons::pixmap(u"download"_s, kIcon, dpr, pal));
    }

    painter->setFont(small);
    painter->setPen(pending == MessageModel::PendingState::Failed ? QColor(0xd9, 0x3f, 0x3f) : dim);
    const QString footer = footerText(index);
    painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(footer, Qt::ElideRight, g.footer.width()));
    if (pending == MessageModel::PendingState::Failed) {
        for (const auto& [rect, label] :
             {std::pair{g.retry, tr("Retry")}, std::pair{g.discard, tr("Discard")}}) {
            QPainterPath button;
            button.addRoundedRect(QRectF(rect), 4, 4);
            painter->fillPath(button, pal.color(QPalette::Button));
            painter->setPen(pal.color(QPalette::ButtonText));
            painter->drawText(rect, Qt::AlignCenter, label);
        }
    }

    if (!g.reactions.isNull()) {
        QStringList emoji;
        for (const QVariant& r : index.data(MessageModel::ReactionsRole).toList())
            emoji.append(r.toMap().value(u"emoji"_s).toString());
        QPainterPath chip;
        chip.addRoundedRect(QRectF(g.reactions), g.reactions.height() / 2.0,
                            g.reactions.height() / 2.0);
        painter->fillPath(chip, pal.color(QPalette::Button));
        painter->setPen(pal.color(QPalette::ButtonText));
        painter->setFont(option.font);
        painter->drawText(g.reactions, Qt::AlignCenter, emoji.join(u' '));
    }
    painter->restore();
}

MessageDelegate::Part MessageDelegate::hit(const QStyleOptionViewItem& option,
                                           const QModelIndex& index, const QPoint& pos,
                                           int* attachment) const
{
    const Geometry g = geometry(option, index);
    if (g.retry.contains(pos))
        return Part::Retry;
    if (g.discard.contains(pos))
        return Part::Discard;
    for (int i = 0; i < g.downloads.size(); ++i) {
        if (!g.downloads.at(i).isNull() && g.attachments.at(i).contains(pos)) {
            if (attachment)
                *attachment = i;
            return Part::Download;
        }
    }
    if (g.quote.contains(pos) && index.data(MessageModel::ReplyToRole).isValid())
        return Part::Quote;
    return Part::None;
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            int attachment = -1;
            switch (hit(option, index, mouse->position().toPoint(), &attachment)) {
            case Part::Retry:
                Q_EMIT retryRequested(index.data(MessageModel::ClientIdRole).toString());
                return true;
            case Part::Discard:
                Q_EMIT discardRequested(index.data(MessageModel::ClientIdRole).toString());
                return true;
            case Part::Download:
                Q_EMIT downloadRequested(
                    index.data(MessageModel::IdRole).toLongLong(),
                    index.data(MessageModel::AttachmentsRole).toList().value(attachment).toMap());
                return true;
            case Part::Quote:
                Q_EMIT quoteActivated(index.data(MessageModel::ReplyToRole).toLongLong());
                return true;
            case Part::None:
                break;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace baton::ui
