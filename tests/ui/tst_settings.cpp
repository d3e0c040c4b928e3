#include "uifixtures.h"

#include <ui/autostart.h>
#include <ui/settingsdialog.h>
#include <ui/statisticsview.h>
#include <ui/stores.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

// Presses Tab until `target` has the focus; false when it never gets it.
bool tabTo(QWidget* target)
{
    for (int i = 0; i < 40; ++i) {
        if (target->hasFocus())
            return true;
        QWidget* now = QApplication::focusWidget();
        if (!now)
            return false;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    return target->hasFocus();
}

void key(int k, Qt::KeyboardModifiers mods = {})
{
    QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(k), mods);
}

// A temporary XDG_CONFIG_HOME for the autostart file.
struct TempXdg {
    QTemporaryDir dir;
    QByteArray old = qgetenv("XDG_CONFIG_HOME");
    TempXdg() { qputenv("XDG_CONFIG_HOME", dir.path().toUtf8()); }
    ~TempXdg()
    {
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
    QString file() const { return dir.filePath(u"autostart/baton.desktop"_s); }
};

bool showAndFocus(QWidget* w)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return false;
    w->activateWindow();
    return QTest::qWaitForWindowActive(w);
}

} // namespace

// The settings dialog by keyboard, the autostart file and the statistics view.
class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySettingChangesByKeyboardAndPersists();
    void reopenedDialogShowsWhatWasSavedAndTurnsAutostartOff();
    void cancelKeepsTheStoredSettings();
    void autostartFailureIsShownAndNothingElseIsLost();
    void everyControlHasAnAccessibleNameAndNoMnemonic();
    void autostartExecLineIsQuoted();
    void statisticsShowTheFiguresGiven();
    void statisticsPeriodByKeyboard();
};

void TestSettings::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettings::everySettingChangesByKeyboardAndPersists()
{
    uifix::TempSettings ini;
    TempXdg xdg;
    auto settings = ini.open();
    ui::SettingsPreferencesStore prefs(settings.get());
    ui::XdgAutostartStore autostart({u"/usr/bin/baton"_s, u"--minimized"_s});
    QCOMPARE(autostart.filePath(), xdg.file());
    QVERIFY(!autostart.isEnabled());

    ui::SettingsDialog dialog(&prefs, &autostart);
    dialog.setAccount(u"https://baton.shop.example"_s, u"Jonas Berg"_s);
    QSignalSpy changed(&dialog, &ui::SettingsDialog::preferencesChanged);
    QSignalSpy shortcuts(&dialog, &ui::SettingsDialog::shortcutsRequested);
    QSignalSpy signOut(&dialog, &ui::SettingsDialog::signOutRequested);
    QVERIFY(showAndFocus(&dialog));
    QVERIFY(QApplication::focusWidget());

    // General: language Deutsch (two down from System default), autostart,
    // start minimized.
    QVERIFY(!dialog.restartNotice()->isVisible());
    QVERIFY(tabTo(dialog.languageBox()));
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(dialog.languageBox()->currentData().toString(), u"de"_s);
    QVERIFY(dialog.restartNotice()->isVisible());
    QVERIFY(tabTo(dialog.autostartBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.startMinimizedBox()));
    key(Qt::Key_Space);

    // Notifications (Ctrl+Tab): the kinds off, do-not-disturb and sound on,
    // then notifications off altogether (which disables the kinds).
    key(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QVERIFY(tabTo(dialog.openChatsBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.myMessagesBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.doNotDisturbBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.soundBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.notificationsBox()));
    key(Qt::Key_Space);
    QVERIFY(!dialog.openChatsBox()->isEnabled());
    QVERIFY(!dialog.soundBox()->isEnabled());

    // Shortcuts: the button asks for the shortcuts dialog.
    key(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(dialog.tabs()->currentIndex(), 2);
    QVERIFY(tabTo(dialog.shortcutsButton()));
    key(Qt::Key_Space);
    QCOMPARE(shortcuts.count(), 1);

    // Account: what the app told it, and Sign out.
    key(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(dialog.tabs()->currentIndex(), 3);
    QCOMPARE(dialog.serverLabel()->text(), u"https://baton.shop.example"_s);
    QCOMPARE(dialog.agentLabel()->text(), u"Jonas Berg"_s);
    QVERIFY(tabTo(dialog.signOutButton()));
    key(Qt::Key_Space);
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(changed.count(), 0); // nothing saved before OK

    // Return: OK.
    key(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);

    QSettings check(ini.path(), QSettings::IniFormat);
    check.beginGroup(u"preferences"_s);
    QCOMPARE(check.value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(check.value(u"startMinimized"_s).toBool(), true);
    QCOMPARE(check.value(u"notifications"_s).toBool(), false);
    QCOMPARE(check.value(u"notifyOpenChats"_s).toBool(), false);
    QCOMPARE(check.value(u"notifyMyMessages"_s).toBool(), false);
    QCOMPARE(check.value(u"doNotDisturb"_s).toBool(), true);
    QCOMPARE(check.value(u"sound"_s).toBool(), true);
    const auto saved = changed.at(0).at(0).value<ui::Preferences>();
    QCOMPARE(saved.language, u"de"_s);
    QVERIFY(saved.doNotDisturb);

    QVERIFY(QFile::exists(xdg.file()));
    QVERIFY(autostart.isEnabled());
    QFile desktop(xdg.file());
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QByteArray text = desktop.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    QVERIFY(text.contains("\nExec=/usr/bin/baton --minimized\n"));
}

void TestSettings::reopenedDialogShowsWhatWasSavedAndTurnsAutostartOff()
{
    uifix::TempSettings ini;
    TempXdg xdg;
    auto settings = ini.open();
    ui::SettingsPreferencesStore prefs(settings.get());
    ui::Preferences p;
    p.language = u"uk"_s;
    p.sound = true;
    p.notifyOpenChats = false;
    prefs.setPreferences(p);
    ui::XdgAutostartStore autostart({u"baton"_s});
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(xdg.file()));

    ui::SettingsDialog dialog(&prefs, &autostart);
    QCOMPARE(dialog.languageBox()->currentText(), u"Українська"_s);
    QVERIFY(dialog.autostartBox()->isChecked());
    QVERIFY(dialog.soundBox()->isChecked());
    QVERIFY(!dialog.openChatsBox()->isChecked());
    QVERIFY(dialog.myMessagesBox()->isChecked());
    QVERIFY(showAndFocus(&dialog));
    QVERIFY(!dialog.restartNotice()->isVisible());

    QVERIFY(tabTo(dialog.autostartBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.buttons()->button(QDialogButtonBox::Apply)));
    key(Qt::Key_Space);
    QVERIFY(dialog.isVisible()); // Apply keeps it open
    QVERIFY(!QFile::exists(xdg.file()));
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(prefs.preferences(), p);

    // A file that says Hidden=true counts as off.
    QVERIFY(autostart.setEnabled(true));
    QFile f(xdg.file());
    QVERIFY(f.open(QIODevice::Append));
    f.write("Hidden=true\n");
    f.close();
    QVERIFY(!autostart.isEnabled());
}

void TestSettings::cancelKeepsTheStoredSettings()
{
    uifix::TempSettings ini;
    auto settings = ini.open();
    ui::SettingsPreferencesStore prefs(settings.get());
    const ui::Preferences before = prefs.preferences();
    ui::SettingsDialog dialog(&prefs, nullptr);
    QVERIFY(!dialog.autostartBox()->isVisibleTo(&dialog));
    QSignalSpy changed(&dialog, &ui::SettingsDialog::preferencesChanged);
    QVERIFY(showAndFocus(&dialog));
    QVERIFY(tabTo(dialog.startMinimizedBox()));
    key(Qt::Key_Space);
    QVERIFY(dialog.startMinimizedBox()->isChecked());
    key(Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(prefs.preferences(), before);
    QVERIFY(!QSettings(ini.path(), QSettings::IniFormat).contains(u"preferences/startMinimized"_s));
}

void TestSettings::autostartFailureIsShownAndNothingElseIsLost()
{
    uifix::TempSettings ini;
    TempXdg xdg;
    // "autostart" is a file, so the folder cannot be made.
    QFile blocker(xdg.dir.filePath(u"autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto settings = ini.open();
    ui::SettingsPreferencesStore prefs(settings.get());
    ui::XdgAutostartStore autostart({u"baton"_s});
    ui::SettingsDialog dialog(&prefs, &autostart);
    QVERIFY(showAndFocus(&dialog));
    QVERIFY(tabTo(dialog.autostartBox()));
    key(Qt::Key_Space);
    QVERIFY(tabTo(dialog.startMinimizedBox()));
    key(Qt::Key_Space);
    key(Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(u"autostart"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.autostartBox()->isChecked());
    QVERIFY(prefs.preferences().startMinimized);
    QVERIFY(!autostart.isEnabled());

    // Removing the obstacle and pressing OK again succeeds.
    QVERIFY(QFile::remove(blocker.fileName()));
    key(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(autostart.isEnabled());
}

void TestSettings::everyControlHasAnAccessibleNameAndNoMnemonic()
{
    uifix::TempSettings ini;
    auto settings = ini.open();
    ui::SettingsPreferencesStore prefs(settings.get());
    TempXdg xdg;
    ui::XdgAutostartStore autostart({u"baton"_s});
    ui::SettingsDialog dialog(&prefs, &autostart);
    QVERIFY(!dialog.accessibleName().isEmpty());
    int checked = 0;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (w->objectName().startsWith(u"qt_"_s) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            ++checked;
        }
    }
    QVERIFY(checked >= 11);
    QCOMPARE(uifix::mnemonics(&dialog), QStringList());

    ui::StatisticsView view;
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(!view.periodBox()->accessibleName().isEmpty());
    QVERIFY(!view.table()->accessibleName().isEmpty());
}

void TestSettings::autostartExecLineIsQuoted()
{
    QCOMPARE(ui::XdgAutostartStore::execLine({u"/usr/bin/baton"_s}), u"/usr/bin/baton"_s);
    QCOMPARE(ui::XdgAutostartStore::execLine(
                 {u"/opt/Baton App/baton"_s, u"--profile"_s, u"/home/ann/50%"_s}),
             u"\"/opt/Baton App/baton\" --profile /home/ann/50%%"_s);
    QCOMPARE(ui::XdgAutostartStore::execLine({u"baton"_s, u"--server"_s, u"http://a/$x\"y"_s}),
             u"baton --server \"http://a/\\$x\\\"y\""_s);
}

void TestSettings::statisticsShowTheFiguresGiven()
{
    ui::StatisticsView view;
    view.setBotNames({{3, u"Shop bot"_s}});
    protocol::Stats stats;
    stats.bots = {protocol::BotStats{3, {18230, 9412, 2210}},
                  protocol::BotStats{4, {7311, 5020, 904}}};
    stats.total = {25541, 14432, 3114};
    view.setStats(stats);
    QCOMPARE(view.table()->rowCount(), 3);
    QCOMPARE(view.table()->columnCount(), 4);
    QCOMPARE(view.cell(0, 1), u"25,541"_s);
    QCOMPARE(view.cell(0, 2), u"14,432"_s);
    QCOMPARE(view.cell(0, 3), u"3,114"_s);
    QCOMPARE(view.cell(1, 0), u"Shop bot"_s);
    QCOMPARE(view.cell(1, 1), u"18,230"_s);
    QCOMPARE(view.cell(1, 2), u"9,412"_s);
    QCOMPARE(view.cell(1, 3), u"2,210"_s);
    QCOMPARE(view.cell(2, 0), u"Bot 4"_s);
    QCOMPARE(view.cell(2, 1), u"7,311"_s);
    QCOMPARE(view.cell(2, 3), u"904"_s);
    QVERIFY(view.statusLabel()->text().contains(u"all time"_s));

    // New figures replace the old ones, and the period they cover is said.
    protocol::Stats fewer;
    fewer.bots = {protocol::BotStats{3, {5, 6, 7}}};
    fewer.total = {5, 6, 7};
    view.setStats(fewer, uifix::ago(86400), uifix::now());
    QCOMPARE(view.table()->rowCount(), 2);
    QCOMPARE(view.cell(1, 1), u"5"_s);
    QVERIFY(view.statusLabel()->text().contains(u"11/20/26"_s));

    view.setLoading();
    QVERIFY(!view.table()->isEnabled());
    view.setError(u"Server unreachable"_s);
    QVERIFY(view.statusLabel()->text().contains(u"Server unreachable"_s));
    QVERIFY(view.table()->isEnabled());
}

void TestSettings::statisticsPeriodByKeyboard()
{
    using P = ui::StatisticsView::Period;
    const QDateTime now = uifix::now();
    QCOMPARE(ui::StatisticsView::range(P::AllTime, now).first, QDateTime());
    QCOMPARE(ui::StatisticsView::range(P::Today, now).first,
             QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(ui::StatisticsView::range(P::Last7Days, now).first,
             QDateTime(QDate(2026, 11, 15), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(ui::StatisticsView::range(P::Last30Days, now).first,
             QDateTime(QDate(2026, 10, 23), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(ui::StatisticsView::range(P::Last30Days, now).second, now);

    ui::StatisticsView view;
    QSignalSpy spy(&view, &ui::StatisticsView::periodRequested);
    QVERIFY(showAndFocus(&view));
    QVERIFY(tabTo(view.periodBox()));
    key(Qt::Key_Down);
    QCOMPARE(spy.count(), 1);
    const QDateTime from = spy.at(0).at(0).toDateTime();
    const QDateTime to = spy.at(0).at(1).toDateTime();
    QCOMPARE(from.time(), QTime(0, 0));
    QCOMPARE(from.date(), to.date());
    QVERIFY(!view.table()->isEnabled()); // loading
    key(Qt::Key_Down);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toDateTime().date(), spy.at(1).at(1).toDateTime().date().addDays(-6));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
