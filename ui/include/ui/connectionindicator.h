#pragma once

#include <ui/clock.h>

#include <QWidget>

class QLabel;

namespace baton::ui {

// The status-bar light: online; connecting (since when); offline (with the
// last successful sync). The sync layer feeds it through the setters.
class ConnectionIndicator : public QWidget {
    Q_OBJECT

public:
    enum class State { Online, Connecting, Offline };
    Q_ENUM(State)

    explicit ConnectionIndicator(Clock clock, QWidget* parent = nullptr);

    void setOnline();
    void setConnecting(const QDateTime& since);
    void setOffline(const QDateTime& lastSync);
    State state() const { return state_; }
    QString text() const;

public Q_SLOTS:
    void refresh();

private:
    Clock clock_;
    State state_ = State::Connecting;
    QDateTime at_;
    QLabel* dot_;
    QLabel* label_;
};

} // namespace baton::ui
