#include <ui/autostart.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

QString configHome()
{
    const QString env = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!env.isEmpty() && QDir::isAbsolutePath(env))
        return env;
    return QDir::homePath() + u"/.config"_s;
}

} // namespace

XdgAutostartStore::XdgAutostartStore(QStringList command, QString iconName)
    : command_(std::move(command))
    , icon_(std::move(iconName))
{}

QString XdgAutostartStore::filePath() const
{
    return configHome() + u"/autostart/baton.desktop"_s;
}

QString XdgAutostartStore::execLine(const QStringList& command)
{
    // Reserved characters force quoting; inside quotes ", `, $ and \ are
    // escaped with a backslash. A literal % is written %%.
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QStringList parts;
    for (QString arg : command) {
        arg.replace(u"%"_s, u"%%"_s);
        const bool quote = arg.isEmpty() || std::any_of(arg.cbegin(), arg.cend(), [](QChar c) {
                               return reserved.contains(c);
                           });
        if (quote) {
            QString escaped;
            for (QChar c : std::as_const(arg)) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    escaped += u'\\';
                escaped += c;
            }
            arg = u'"' + escaped + u'"';
        }
        parts << arg;
    }
    return parts.join(u' ');
}

bool XdgAutostartStore::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

bool XdgAutostartStore::setEnabled(bool on)
{
    error_.clear();
    const QString path = filePath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            error_ = tr("Could not remove %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error_ =
            tr("Could not create %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        error_ =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QString text = u"[Desktop Entry]\n"
                         "Type=Application\n"
                         "Name=Baton\n"
                         "Comment=Support console for chatbot conversations\n"
                         "Exec=%1\n"
                         "Icon=%2\n"
                         "Terminal=false\n"
                         "X-GNOME-Autostart-enabled=true\n"_s.arg(execLine(command_), icon_);
    file.write(text.toUtf8());
    if (!file.commit()) {
        error_ =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace baton::ui
