#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

namespace baton::ui {

class ShortcutStore;

// Every keyboard command of the console: an action id, a translated name and
// default key sequences. Bindings the agent changed are kept in a
// ShortcutStore (only the differences from the defaults, so new defaults of
// a later version still arrive). No default uses Alt with a printable key:
// Alt+letter (and Ctrl+Alt, which is AltGr on Windows) breaks layouts that
// type characters with AltGr.
class ShortcutMap : public QObject {
    Q_OBJECT

public:
    // Where a shortcut is live: the whole window, the chat list pane, or the
    // composer (so Return can open a chat and Ctrl+Return send).
    enum class Scope { Window, ChatList, Composer };

    struct Entry {
        QString id;
        QString name;
        QList<QKeySequence> defaults;
        Scope scope = Scope::Window;
    };

    explicit ShortcutMap(ShortcutStore* store = nullptr, QObject* parent = nullptr);

    // The complete default map, in display order.
    static QList<Entry> defaultEntries();
    // True when a sequence holds a key combination with Alt (or AltGr)
    // and a printable key.
    static bool usesAltCharacter(const QKeySequence& sequence);

    QStringList ids() const;
    bool contains(const QString& id) const;
    QString name(const QString& id) const;
    Scope scope(const QString& id) const;
    QList<QKeySequence> shortcuts(const QString& id) const;
    QList<QKeySequence> defaultShortcuts(const QString& id) const;

    // The other actions already using one of `sequences`.
    QStringList conflictsWith(const QString& id, const QList<QKeySequence>& sequences) const;
    // Every pair of actions sharing a sequence, as "a|b" (a < b).
    QStringList conflicts() const;
    // Why `sequences` can't be bound to `id` (a conflict or Alt+character),
    // or an empty string when they can.
    QString problem(const QString& id, const QList<QKeySequence>& sequences) const;

    // Binds and saves. Refuses (false) what problem() refuses.
    bool setShortcuts(const QString& id, const QList<QKeySequence>& sequences);
    void resetToDefault(const QString& id);
    void resetAll();

Q_SIGNALS:
    void changed(const QString& id);

private:
    void save();
    const Entry* entry(const QString& id) const;

    ShortcutStore* store_;
    QList<Entry> entries_;
    QHash<QString, QList<QKeySequence>> bound_;
};

} // namespace baton::ui
