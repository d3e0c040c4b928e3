#include <ui/notifier.h>
#include <ui/stores.h>
#include <ui/trayicon.h>

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {
constexpr int kMargin = 12;
// Fits over the subscriber card (320 px by default) with the margin.
constexpr int kWidth = 296;
} // namespace

NotificationBanner::NotificationBanner(QWidget* host)
    : QFrame(host)
    , host_(host)
    , title_(new QLabel(this))
    , body_(new QLabel(this))
    , close_(new QToolButton(this))
{
    setObjectName(u"notificationBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setWordWrap(true);
    body_->setWordWrap(true);
    title_->setTextFormat(Qt::PlainText);
    body_->setTextFormat(Qt::PlainText);
    close_->setText(u"×"_s);
    close_->setAccessibleName(tr("Dismiss the notification"));
    close_->setToolTip(tr("Dismiss (Escape)"));
    close_->setAutoRaise(true);

    auto* texts = new QVBoxLayout;
    texts->addWidget(title_);
    texts->addWidget(body_);
    auto* row = new QHBoxLayout(this);
    row->addLayout(texts, 1);
    row->addWidget(close_, 0, Qt::AlignTop);

    connect(close_, &QToolButton::clicked, this, &NotificationBanner::dismiss);
    host_->installEventFilter(this);
    hide();
}

void NotificationBanner::present(const Notification& n)
{
    current_ = n;
    title_->setText(n.title);
    body_->setText(n.body);
    body_->setVisible(!n.body.isEmpty());
    setAccessibleName(tr("Notification: %1").arg(n.title));
    setAccessibleDescription(n.kind == Notification::Kind::Notice
                                 ? tr("Press Escape to dismiss")
                                 : tr("Press Enter to open, Escape to dismiss"));
    setToolTip(accessibleDescription());
    place();
    show();
    raise();
}

void NotificationBanner::place()
{
    const int width = qMin(kWidth, qMax(120, host_->width() - 2 * kMargin));
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    // Bottom right, over the content: at the top it would hide the
    // conversation header's buttons; in a main window it stays above the
    // status bar (the connection indicator).
    QRect area = host_->rect();
    if (const auto* main = qobject_cast<const QMainWindow*>(host_); main && main->centralWidget())
        area = main->centralWidget()->geometry();
    setGeometry(area.right() - width - kMargin + 1,
                qMax(area.top(), area.bottom() - height - kMargin + 1), width, height);
}

void NotificationBanner::activate()
{
    if (!isVisible())
        return;
    const Notification n = current_;
    hide();
    Q_EMIT activated(n);
}

void NotificationBanner::dismiss()
{
    if (!isVisible())
        return;
    hide();
    Q_EMIT dismissed();
}

bool NotificationBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == host_ && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void NotificationBanner::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate();
        return;
    case Qt::Key_Escape:
        dismiss();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void NotificationBanner::mousePressEvent(QMouseEvent* event)
{
    event->accept();
}

void NotificationBanner::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        activate();
}

Notifier::Notifier(TrayIcon* tray, QWidget* window, PreferencesStore* preferences, QObject* parent)
    : QObject(parent)
    , tray_(tray)
    , preferences_(preferences)
    , banner_(new NotificationBanner(window))
    , sound_([] { QApplication::beep(); })
{
    connect(banner_, &NotificationBanner::activated, this, [this](const Notification& n) {
        if (n.kind != Notification::Kind::Notice)
            Q_EMIT activated(n);
    });
    if (tray_)
        connect(tray_, &TrayIcon::notificationClicked, this, &Notifier::activated);
}

bool Notifier::usesTray() const
{
    return tray_ && tray_->canShowMessages();
}

void Notifier::start()
{
    if (usesTray())
        return;
    Preferences p = preferences_->preferences();
    if (p.trayNoticeShown)
        return;
    Notification notice;
    notice.kind = Notification::Kind::Notice;
    notice.title = tr("No system tray: notifications appear in the window");
    notice.body = tr("Click a notification, or press Enter on it, to open its chat.");
    banner_->present(notice);
    p.trayNoticeShown = true;
    preferences_->setPreferences(p);
}

void Notifier::show(const Notification& n)
{
    if (usesTray())
        tray_->showMessage(n);
    else
        banner_->present(n);
    if (preferences_->preferences().sound && sound_)
        sound_();
}

} // namespace baton::ui
