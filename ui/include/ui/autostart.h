#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace baton::ui {

// Whether Baton starts with the desktop session. The settings dialog reads
// and writes it through this interface; the app picks the platform's
// implementation.
class AutostartStore {
public:
    virtual ~AutostartStore() = default;
    virtual bool isEnabled() const = 0;
    // False, with errorString(), when it could not be changed.
    virtual bool setEnabled(bool on) = 0;
    virtual QString errorString() const = 0;
};

// The XDG way (Linux, BSD): $XDG_CONFIG_HOME/autostart/baton.desktop
// (~/.config when the variable is unset or not absolute). A file there that
// says Hidden=true counts as off.
class XdgAutostartStore : public AutostartStore {
    Q_DECLARE_TR_FUNCTIONS(XdgAutostartStore)

public:
    // `command`: the program and its arguments for the Exec line.
    explicit XdgAutostartStore(QStringList command, QString iconName = QStringLiteral("baton"));

    QString filePath() const;
    bool isEnabled() const override;
    bool setEnabled(bool on) override;
    QString errorString() const override { return error_; }

    // The Exec value for `command`, quoted as the Desktop Entry spec says.
    static QString execLine(const QStringList& command);

private:
    QStringList command_;
    QString icon_;
    QString error_;
};

} // namespace baton::ui
