#pragma once

#include <ui/notificationcenter.h>

#include <QIcon>
#include <QObject>
#include <QPixmap>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace baton::ui {

// The tray icon: the app icon with the unread count painted on it, greyed
// while offline; tooltip; context menu Show Baton / Do not disturb / Quit.
// The QSystemTrayIcon exists only when the desktop has a tray
// (isAvailable()); the menu and its actions exist either way, so the app
// can put them elsewhere and tests can trigger them.
class TrayIcon : public QObject {
    Q_OBJECT

public:
    enum class Variant { Normal, Unread, Offline };
    Q_ENUM(Variant)

    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    // A system tray exists and the icon is shown in it.
    bool isAvailable() const { return tray_ != nullptr; }
    // The tray can show balloon messages (else the window's banner is used).
    bool canShowMessages() const;

    void setUnreadCount(int count);
    int unreadCount() const { return unread_; }
    void setOnline(bool online);
    bool isOnline() const { return online_; }
    void setDoNotDisturb(bool on);
    bool doNotDisturb() const;
    // The base image (the app icon); without one a plain glyph is drawn.
    void setBaseIcon(const QIcon& icon);

    Variant variant() const;
    QIcon icon() const { return icon_; }
    QString toolTip() const { return toolTip_; }
    QMenu* menu() const { return menu_; }
    QAction* showAction() const { return show_; }
    QAction* doNotDisturbAction() const { return dnd_; }
    QAction* quitAction() const { return quit_; }

    // Shows `n` as a tray balloon (only when available); a click on it
    // emits notificationClicked(n).
    void showMessage(const Notification& n);
    Notification lastMessage() const { return last_; }

    // What the app does with toggleWindowRequested / showWindowRequested
    // (and a second launch): show, un-minimize, raise and activate; toggle
    // hides the window instead when it is the active one.
    static void showWindow(QWidget* window);
    static void toggleWindow(QWidget* window);

    // The icon image of a variant with a count (0: no badge).
    static QPixmap render(Variant variant, int count, int size, const QIcon& base = {},
                          qreal dpr = 1.0);

Q_SIGNALS:
    // A left click on the icon: show the window, or hide it when it is active.
    void toggleWindowRequested();
    void showWindowRequested();
    void doNotDisturbToggled(bool on);
    void quitRequested();
    void notificationClicked(const baton::ui::Notification& notification);

private:
    void refresh();

    QSystemTrayIcon* tray_ = nullptr;
    QMenu* menu_;
    QAction* show_;
    QAction* dnd_;
    QAction* quit_;
    QIcon base_;
    QIcon icon_;
    QString toolTip_;
    int unread_ = 0;
    bool online_ = true;
    Notification last_;
};

} // namespace baton::ui
