#pragma once

#include <ui/clock.h>

#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTimeZone>

class QAbstractItemView;

namespace baton::ui {

// Paints one MessageModel row: an optional date separator above it, then
// either a centred system line (bot-status changes) or a bubble aligned by
// direction with the source label (bot / agent name / another app), a reply
// or ad quote, the text, attachments with a download button, reactions, and
// a footer with the time, "edited" and delivery ticks -- or "Sending…", or
// "Not sent" with Retry and Discard buttons. Colours come from the palette.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // The parts of a row a click can hit.
    enum class Part { None, Retry, Discard, Download, Quote };

    struct Geometry {
        int height = 0;
        QRect separator;
        QRect system;
        QRect bubble;
        QRect label;
        QRect quote;
        QRect text;
        QList<QRect> attachments;
        QList<QRect> downloads;
        QRect reactions;
        QRect footer;
        QRect retry;
        QRect discard;
    };

    MessageDelegate(QAbstractItemView* view, Clock clock, QObject* parent = nullptr);

    void setCurrentAgentId(qint64 agentId) { currentAgentId_ = agentId; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The layout of `index` in a row whose top-left is `rect.topLeft()` and
    // whose width is `rect.width()`.
    Geometry geometry(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // Which part of the row is at `pos` (view coordinates); `attachment` is
    // set for Download.
    Part hit(const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& pos,
             int* attachment = nullptr) const;

    // Texts as painted, for tests and accessibility.
    QString sourceLabel(const QModelIndex& index) const;
    QString footerText(const QModelIndex& index) const;
    static QString dateText(const QDate& date, const QDate& today);

Q_SIGNALS:
    void retryRequested(const QString& clientId);
    void discardRequested(const QString& clientId);
    void downloadRequested(qint64 messageId, const QVariantMap& attachment);
    void quoteActivated(qint64 messageId);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    // A text's size laid out in `width`: the view lays every row out again
    // when one changes (a delivery tick, a new message), and laying out the
    // texts is most of a row's geometry.
    struct TextKey {
        QString text;
        QFont font;
        int width = 0;
        friend bool operator==(const TextKey&, const TextKey&) = default;
        friend size_t qHash(const TextKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width);
        }
    };
    QSize textSize(const QString& text, const QFont& font, int width) const;
    int advance(const QString& text, const QFont& font) const;
    void remember(TextKey key, QSize size) const;
    struct TimeText {
        QTimeZone zone;
        QLocale locale;
        QString format;
    };
    const TimeText& timeText() const;

    QPointer<QAbstractItemView> view_;
    mutable QHash<TextKey, QSize> textSizes_;
    mutable TimeText time_;
    mutable QElapsedTimer timeAge_;
    Clock clock_;
    qint64 currentAgentId_ = 0;
};

} // namespace baton::ui
