#include <ui/shortcutmap.h>
#include <ui/stores.h>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

QKeySequence keys(QKeyCombination a)
{
    return QKeySequence(a);
}

} // namespace

QList<ShortcutMap::Entry> ShortcutMap::defaultEntries()
{
    using S = Scope;
    const auto ctrl = [](Qt::Key k) { return keys(Qt::CTRL | k); };
    const auto ctrlShift = [](Qt::Key k) { return keys(Qt::CTRL | Qt::SHIFT | k); };
    return {
        {u"chat.next"_s, tr("Next chat"), {keys(Qt::ALT | Qt::Key_Down)}, S::Window},
        {u"chat.previous"_s, tr("Previous chat"), {keys(Qt::ALT | Qt::Key_Up)}, S::Window},
        {u"chat.open"_s,
         tr("Open the selected chat"),
         {keys(Qt::Key_Return), keys(Qt::Key_Enter)},
         S::ChatList},
        {u"list.focus"_s, tr("Go to the chat list"), {ctrlShift(Qt::Key_L)}, S::Window},
        {u"list.search"_s, tr("Search chats"), {ctrl(Qt::Key_F)}, S::Window},
        {u"list.open"_s, tr("Show open chats"), {ctrl(Qt::Key_1)}, S::Window},
        {u"list.unread"_s, tr("Show unread chats"), {ctrl(Qt::Key_2)}, S::Window},
        {u"list.closed"_s, tr("Show closed chats"), {ctrl(Qt::Key_3)}, S::Window},
        {u"list.all"_s, tr("Show all chats"), {ctrl(Qt::Key_4)}, S::Window},
        {u"composer.focus"_s, tr("Write a reply"), {ctrl(Qt::Key_R)}, S::Window},
        {u"composer.send"_s,
         tr("Send the reply"),
         {keys(Qt::CTRL | Qt::Key_Return), keys(Qt::CTRL | Qt::Key_Enter)},
         S::Composer},
        {u"composer.attach"_s, tr("Attach files"), {ctrlShift(Qt::Key_O)}, S::Composer},
        {u"composer.emoji"_s, tr("Insert emoji"), {ctrlShift(Qt::Key_J)}, S::Composer},
        {u"note.add"_s, tr("Write a note"), {ctrlShift(Qt::Key_N)}, S::Window},
        {u"chat.close"_s, tr("Close or reopen the chat"), {ctrlShift(Qt::Key_E)}, S::Window},
        {u"chat.unread"_s, tr("Mark the chat unread"), {ctrlShift(Qt::Key_U)}, S::Window},
        {u"chat.assignMe"_s, tr("Assign the chat to me"), {ctrlShift(Qt::Key_M)}, S::Window},
        {u"chat.assign"_s, tr("Choose the assignee"), {ctrlShift(Qt::Key_A)}, S::Window},
        {u"bot.menu"_s, tr("Bot status menu"), {ctrl(Qt::Key_B)}, S::Window},
        {u"bot.snooze15"_s, tr("Snooze the bot for 15 minutes"), {keys(Qt::Key_F6)}, S::Window},
        {u"bot.snooze1h"_s, tr("Snooze the bot for 1 hour"), {keys(Qt::Key_F7)}, S::Window},
        {u"bot.snooze4h"_s, tr("Snooze the bot for 4 hours"), {keys(Qt::Key_F8)}, S::Window},
        {u"bot.snoozeTomorrow"_s,
         tr("Snooze the bot until tomorrow 09:00"),
         {keys(Qt::Key_F9)},
         S::Window},
        {u"bot.extend"_s,
         tr("Snooze the bot 60 minutes longer"),
         {keys(Qt::SHIFT | Qt::Key_F7)},
         S::Window},
        {u"bot.continue"_s, tr("Continue autoflows"), {ctrlShift(Qt::Key_B)}, S::Window},
        {u"app.palette"_s, tr("Command palette"), {ctrl(Qt::Key_K)}, S::Window},
        {u"app.help"_s,
         tr("Keyboard shortcuts help"),
         {keys(Qt::Key_F1), ctrl(Qt::Key_Slash)},
         S::Window},
        {u"app.settings"_s, tr("Settings"), {ctrl(Qt::Key_Comma)}, S::Window},
        {u"app.statistics"_s, tr("Workspace statistics"), {ctrlShift(Qt::Key_S)}, S::Window},
        {u"app.shortcuts"_s, tr("Change keyboard shortcuts"), {ctrlShift(Qt::Key_K)}, S::Window},
        {u"app.signOut"_s, tr("Sign out"), {ctrlShift(Qt::Key_Q)}, S::Window},
        {u"app.quit"_s, tr("Quit"), {ctrl(Qt::Key_Q)}, S::Window},
    };
}

bool ShortcutMap::usesAltCharacter(const QKeySequence& sequence)
{
    for (int i = 0; i < sequence.count(); ++i) {
        const QKeyCombination combo = sequence[i];
        if (!(combo.keyboardModifiers() & Qt::AltModifier))
            continue;
        const int key = combo.key();
        // Printable keys are below Qt::Key_Escape (0x01000000).
        if (key < Qt::Key_Escape)
            return true;
    }
    return false;
}

ShortcutMap::ShortcutMap(ShortcutStore* store, QObject* parent)
    : QObject(parent)
    , store_(store)
    , entries_(defaultEntries())
{
    for (const Entry& e : std::as_const(entries_))
        bound_.insert(e.id, e.defaults);
    if (store_) {
        const auto saved = store_->bindings();
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            // Unknown ids (an action that was removed) and unusable saved
            // bindings are ignored rather than trusted.
            if (bound_.contains(it.key()) &&
                !std::any_of(it.value().cbegin(), it.value().cend(), usesAltCharacter))
                bound_.insert(it.key(), it.value());
        }
    }
}

const ShortcutMap::Entry* ShortcutMap::entry(const QString& id) const
{
    for (const Entry& e : entries_) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QStringList ShortcutMap::ids() const
{
    QStringList out;
    for (const Entry& e : entries_)
        out.append(e.id);
    return out;
}

bool ShortcutMap::contains(const QString& id) const
{
    return entry(id) != nullptr;
}

QString ShortcutMap::name(const QString& id) const
{
    const Entry* e = entry(id);
    return e ? e->name : QString();
}

ShortcutMap::Scope ShortcutMap::scope(const QString& id) const
{
    const Entry* e = entry(id);
    return e ? e->scope : Scope::Window;
}

QList<QKeySequence> ShortcutMap::shortcuts(const QString& id) const
{
    return bound_.value(id);
}

QList<QKeySequence> ShortcutMap::defaultShortcuts(const QString& id) const
{
    const Entry* e = entry(id);
    return e ? e->defaults : QList<QKeySequence>();
}

QStringList ShortcutMap::conflictsWith(const QString& id,
                                       const QList<QKeySequence>& sequences) const
{
    QStringList out;
    for (const Entry& e : entries_) {
        if (e.id == id)
            continue;
        const QList<QKeySequence>& theirs = bound_.value(e.id);
        for (const QKeySequence& s : sequences) {
            if (!s.isEmpty() && theirs.contains(s) && !out.contains(e.id))
                out.append(e.id);
        }
    }
    return out;
}

QStringList ShortcutMap::conflicts() const
{
    QStringList out;
    for (const Entry& e : entries_) {
        for (const QString& other : conflictsWith(e.id, bound_.value(e.id))) {
            const QString pair = e.id < other ? e.id + u'|' + other : other + u'|' + e.id;
            if (!out.contains(pair))
                out.append(pair);
        }
    }
    return out;
}

QString ShortcutMap::problem(const QString& id, const QList<QKeySequence>& sequences) const
{
    if (!contains(id))
        return tr("Unknown command.");
    for (const QKeySequence& s : sequences) {
        if (usesAltCharacter(s))
            return tr("%1 uses Alt with a character key, which breaks keyboards that type with "
                      "AltGr. "
                      "Use Ctrl, Ctrl+Shift or a function key.")
                .arg(s.toString(QKeySequence::NativeText));
    }
    const QStringList others = conflictsWith(id, sequences);
    if (!others.isEmpty())
        return tr("Already used by “%1”.").arg(name(others.first()));
    return {};
}

bool ShortcutMap::setShortcuts(const QString& id, const QList<QKeySequence>& sequences)
{
    if (!problem(id, sequences).isEmpty())
        return false;
    QList<QKeySequence> clean;
    for (const QKeySequence& s : sequences) {
        if (!s.isEmpty() && !clean.contains(s))
            clean.append(s);
    }
    if (bound_.value(id) == clean)
        return true;
    bound_.insert(id, clean);
    save();
    Q_EMIT changed(id);
    return true;
}

void ShortcutMap::resetToDefault(const QString& id)
{
    const QList<QKeySequence> defaults = defaultShortcuts(id);
    // Another action may have taken a default meanwhile: unbind it there.
    for (const QString& other : conflictsWith(id, defaults)) {
        QList<QKeySequence> theirs = bound_.value(other);
        for (const QKeySequence& s : defaults)
            theirs.removeAll(s);
        bound_.insert(other, theirs);
        Q_EMIT changed(other);
    }
    bound_.insert(id, defaults);
    save();
    Q_EMIT changed(id);
}

void ShortcutMap::resetAll()
{
    for (const Entry& e : std::as_const(entries_)) {
        if (bound_.value(e.id) != e.defaults) {
            bound_.insert(e.id, e.defaults);
            Q_EMIT changed(e.id);
        }
    }
    save();
}

void ShortcutMap::save()
{
    if (!store_)
        return;
    QHash<QString, QList<QKeySequence>> changedBindings;
    for (const Entry& e : std::as_const(entries_)) {
        if (bound_.value(e.id) != e.defaults)
            changedBindings.insert(e.id, bound_.value(e.id));
    }
    store_->setBindings(changedBindings);
}

} // namespace baton::ui
