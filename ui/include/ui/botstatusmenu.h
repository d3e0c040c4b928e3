#pragma once

#include <protocol/botstatus.h>
#include <ui/clock.h>

#include <QDialog>
#include <QMenu>
#include <QPointer>
#include <QToolButton>

class QDateTimeEdit;
class QLabel;

namespace baton::ui {

// Picks a wake-up (or switch-on) time: a QDateTimeEdit that refuses the past.
class CustomTimeDialog : public QDialog {
    Q_OBJECT

public:
    CustomTimeDialog(const QString& title, const QDateTime& now, QWidget* parent = nullptr);
    QDateTime value() const;
    void setValue(const QDateTime& value);
    QDateTimeEdit* editor() const { return edit_; }

private:
    QDateTimeEdit* edit_;
};

// The bot-status choices shown in the conversation header, the subscriber
// card and the chat list's context menu: Active; Snooze for 15 min, 1 h, 4 h,
// until tomorrow 09:00, or a custom time; Inactive (indefinitely, 1 h, 4 h,
// until tomorrow 09:00, custom); "+60 min"; "Continue autoflows". It emits
// what the agent asked for; the app turns it into a request.
class BotStatusMenu : public QMenu {
    Q_OBJECT

public:
    enum class Preset {
        Active,
        Snooze15Min,
        Snooze1Hour,
        Snooze4Hours,
        SnoozeTomorrow,
        SnoozeCustom,
        Inactive,
        Inactive1Hour,
        Inactive4Hours,
        InactiveTomorrow,
        InactiveCustom,
        Extend60,
        Continue,
    };
    Q_ENUM(Preset)

    explicit BotStatusMenu(Clock clock, QWidget* parent = nullptr);

    // Marks the current state and enables "+60 min" / "Continue autoflows"
    // only where they change something.
    void setStatus(const protocol::BotStatus& status);
    // For many subscribers at once: no current state, no "+60 min" (a bulk
    // change sets one state and time for all).
    void setBulk(bool bulk);
    bool isBulk() const { return bulk_; }

    QAction* action(Preset preset) const;
    QMenu* snoozeMenu() const { return snooze_; }
    QMenu* inactiveMenu() const { return inactive_; }
    // The custom-time dialog while it is open, else null.
    CustomTimeDialog* openDialog() const { return dialog_; }
    // Runs a preset as its menu entry does (shortcuts call this). The custom
    // presets open CustomTimeDialog and emit when it is accepted.
    void trigger(Preset preset);

    // 09:00 on the day after `now`, in `now`'s time zone.
    static QDateTime tomorrowAt9(const QDateTime& now);
    // The (state, until) of a preset at `now`; Extend60 / Continue / custom
    // presets have none (nullopt).
    static std::optional<std::pair<protocol::BotState, QDateTime>> resolve(Preset preset,
                                                                           const QDateTime& now);

Q_SIGNALS:
    // `until` is invalid for Active and for Inactive without an end.
    void changeRequested(baton::protocol::BotState state, const QDateTime& until);
    void extendRequested(int minutes);
    void continueRequested();

private:
    void openCustom(protocol::BotState state);

    Clock clock_;
    bool bulk_ = false;
    QMap<Preset, QAction*> actions_;
    QPointer<CustomTimeDialog> dialog_;
    QMenu* snooze_;
    QMenu* inactive_;
};

// A button showing the bot status (icon, state, wake time, "wakes in 42 min")
// that opens a BotStatusMenu.
class BotStatusButton : public QToolButton {
    Q_OBJECT

public:
    explicit BotStatusButton(Clock clock, QWidget* parent = nullptr);

    void setStatus(const protocol::BotStatus& status);
    protocol::BotStatus status() const { return status_; }
    BotStatusMenu* statusMenu() const { return menu_; }
    // Re-reads the clock (the countdown); the owner calls it periodically.
    void refresh();

    // "Snoozed · wakes in 42 min (10:42)", from `status` at `now`.
    static QString describe(const protocol::BotStatus& status, const QDateTime& now);

Q_SIGNALS:
    void changeRequested(baton::protocol::BotState state, const QDateTime& until);
    void extendRequested(int minutes);
    void continueRequested();

private:
    Clock clock_;
    BotStatusMenu* menu_;
    protocol::BotStatus status_;
};

} // namespace baton::ui
