#pragma once

#include <ui/notificationcenter.h>

#include <QFrame>
#include <QObject>

#include <functional>

class QLabel;
class QToolButton;

namespace baton::ui {

class PreferencesStore;
class TrayIcon;

// The in-window notification: a panel in the top right corner of its host
// window. A click, Return, Enter or Space activates it, Escape or its close
// button dismisses it; it stays until then or until the next one replaces
// it. It is in the window's Tab chain but never takes the focus by itself
// (the agent may be typing).
class NotificationBanner : public QFrame {
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget* host);

    void present(const Notification& n);
    Notification notification() const { return current_; }
    QLabel* titleLabel() const { return title_; }
    QLabel* bodyLabel() const { return body_; }
    QToolButton* closeButton() const { return close_; }

public Q_SLOTS:
    void activate();
    void dismiss();

Q_SIGNALS:
    void activated(const baton::ui::Notification& notification);
    void dismissed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void place();

    QWidget* host_;
    QLabel* title_;
    QLabel* body_;
    QToolButton* close_;
    Notification current_;
};

// Delivers notifications: as tray balloons when the tray is there, else in
// the window's banner, after a one-time notice that this is so (remembered
// in the preferences). Plays the notification sound when the preferences
// say so.
class Notifier : public QObject {
    Q_OBJECT

public:
    // `tray` may be null (no tray icon at all); nothing is owned. The banner
    // is created as a child of `window`.
    Notifier(TrayIcon* tray, QWidget* window, PreferencesStore* preferences,
             QObject* parent = nullptr);

    // Where notifications go: the tray, or the window's banner.
    bool usesTray() const;
    NotificationBanner* banner() const { return banner_; }
    // The default sound is QApplication::beep().
    void setSound(std::function<void()> sound) { sound_ = std::move(sound); }

    // Shows the "No system tray" notice once per profile, when there is no tray.
    void start();

public Q_SLOTS:
    void show(const baton::ui::Notification& notification);

Q_SIGNALS:
    // A click on a notification (never on the notice).
    void activated(const baton::ui::Notification& notification);

private:
    TrayIcon* tray_;
    PreferencesStore* preferences_;
    NotificationBanner* banner_;
    std::function<void()> sound_;
};

} // namespace baton::ui
