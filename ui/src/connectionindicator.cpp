#include <ui/connectionindicator.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>
#include <QTimer>

namespace baton::ui {

ConnectionIndicator::ConnectionIndicator(Clock clock, QWidget* parent)
    : QWidget(parent)
    , clock_(std::move(clock))
    , dot_(new QLabel(this))
    , label_(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(dot_);
    layout->addWidget(label_);
    auto* timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    timer->start();
    at_ = clock_();
    refresh();
}

void ConnectionIndicator::setOnline()
{
    state_ = State::Online;
    at_ = clock_();
    refresh();
}

void ConnectionIndicator::setConnecting(const QDateTime& since)
{
    state_ = State::Connecting;
    at_ = since;
    refresh();
}

void ConnectionIndicator::setOffline(const QDateTime& lastSync)
{
    state_ = State::Offline;
    at_ = lastSync;
    refresh();
}

QString ConnectionIndicator::text() const
{
    return label_->text();
}

void ConnectionIndicator::refresh()
{
    const QDateTime now = clock_();
    const QLocale locale;
    const auto when = [&](const QDateTime& at) {
        const QDateTime local = at.toTimeZone(now.timeZone());
        return local.date() == now.date() ? shortTime(local.time(), locale)
                                          : locale.toString(local, QLocale::ShortFormat);
    };
    QString text;
    QColor color;
    switch (state_) {
    case State::Online:
        text = tr("Online");
        color = QColor(0x2e, 0x9e, 0x4f);
        break;
    case State::Connecting:
        text = at_.isValid() ? tr("Connecting since %1").arg(when(at_)) : tr("Connecting…");
        color = QColor(0xe0, 0xa1, 0x00);
        break;
    case State::Offline:
        text = at_.isValid() ? tr("Offline · last sync %1 (%2 ago)")
                                   .arg(when(at_), formatDuration(at_.secsTo(now)))
                             : tr("Offline · never synced");
        color = QColor(0xd9, 0x3f, 0x3f);
        break;
    }
    label_->setText(text);
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 8, 8);
    dot_->setPixmap(pixmap);
    setAccessibleName(tr("Connection: %1").arg(text));
    setToolTip(text);
}

} // namespace baton::ui
