#pragma once

#include <QObject>

class QSocketNotifier;

namespace baton::server {

// Turns SIGTERM and SIGINT into a Qt signal. A signal handler may only do
// async-signal-safe work, so it writes the signal number into a pipe and the
// event loop reads it from there (the self-pipe trick).
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    // False if the pipe or the handlers could not be installed.
    bool isValid() const { return notifier_ != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* notifier_ = nullptr;
};

} // namespace baton::server
