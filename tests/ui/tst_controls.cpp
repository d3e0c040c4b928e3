#include "uifixtures.h"

#include <ui/botstatusmenu.h>
#include <ui/connectionindicator.h>
#include <ui/elide.h>
#include <ui/icons.h>
#include <ui/logindialog.h>
#include <ui/stores.h>

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;
using Preset = ui::BotStatusMenu::Preset;
using protocol::BotState;

namespace {

struct Change {
    BotState state;
    QDateTime until;
};

// 10:00 UTC is 11:00 in a UTC+1 zone (the agent's desk).
QDateTime localNow()
{
    return uifix::now().toTimeZone(QTimeZone(3600));
}

} // namespace

// The bot-status controls, the login dialog and the connection light.
class TestControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachPresetAsksForTheRightStateAndTime_data();
    void eachPresetAsksForTheRightStateAndTime();
    void tomorrowIsTheNextCalendarDayInTheAgentsZone();
    void presetsByKeyboard();
    void customTimeComesFromTheDialog();
    void extendAndContinueOnlyWhereTheyChangeSomething();
    void bulkMenuSetsOneStateForAll();
    void buttonShowsStateAndCountdown();
    void iconsAreCompiledInAndFollowThePalette();
    void iconsRenderAtFirstUseInTheColourOfTheirCreation();
    void loginDialogRemembersServerAndEmailButNeverThePassword();
    void connectionIndicatorSaysWhatIsGoingOn();
    void shortTimesHaveNoSeconds();
    void longLinesElideLikeQtWithoutShapingTheRest_data();
    void longLinesElideLikeQtWithoutShapingTheRest();
};

void TestControls::eachPresetAsksForTheRightStateAndTime_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("state");
    QTest::addColumn<QDateTime>("until");
    const QDateTime now = localNow();
    const QDateTime tomorrow9(QDate(2026, 11, 22), QTime(9, 0), QTimeZone(3600));
    QTest::newRow("active") << int(Preset::Active) << int(BotState::Active) << QDateTime();
    QTest::newRow("snooze 15 min")
        << int(Preset::Snooze15Min) << int(BotState::Snoozed) << now.addSecs(15 * 60);
    QTest::newRow("snooze 1 h") << int(Preset::Snooze1Hour) << int(BotState::Snoozed)
                                << now.addSecs(3600);
    QTest::newRow("snooze 4 h") << int(Preset::Snooze4Hours) << int(BotState::Snoozed)
                                << now.addSecs(4 * 3600);
    QTest::newRow("snooze tomorrow")
        << int(Preset::SnoozeTomorrow) << int(BotState::Snoozed) << tomorrow9;
    QTest::newRow("inactive") << int(Preset::Inactive) << int(BotState::Inactive) << QDateTime();
    QTest::newRow("inactive 1 h") << int(Preset::Inactive1Hour) << int(BotState::Inactive)
                                  << now.addSecs(3600);
    QTest::newRow("inactive 4 h") << int(Preset::Inactive4Hours) << int(BotState::Inactive)
                                  << now.addSecs(4 * 3600);
    QTest::newRow("inactive tomorrow")
        << int(Preset::InactiveTomorrow) << int(BotState::Inactive) << tomorrow9;
}

void TestControls::eachPresetAsksForTheRightStateAndTime()
{
    QFETCH(int, preset);
    QFETCH(int, state);
    QFETCH(QDateTime, until);
    ui::BotStatusMenu menu([] { return localNow(); });
    menu.setStatus(uifix::status(BotState::Snoozed, uifix::now().addSecs(600)));
    QList<Change> changes;
    connect(&menu, &ui::BotStatusMenu::changeRequested, this, [&](BotState s, const QDateTime& u) {
        changes.append({s, u});
    });
    QAction* action = menu.action(static_cast<Preset>(preset));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(int(changes.first().state), state);
    QCOMPARE(changes.first().until.isValid(), until.isValid());
    if (until.isValid())
        QCOMPARE(changes.first().until, until);
}

void TestControls::tomorrowIsTheNextCalendarDayInTheAgentsZone()
{
    // 23:30 on the 21st in UTC+1 is 22:30 UTC; "tomorrow" is the 22nd, 09:00 local.
    const QDateTime late(QDate(2026, 11, 21), QTime(23, 30), QTimeZone(3600));
    QCOMPARE(ui::BotStatusMenu::tomorrowAt9(late),
             QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone(3600)));
    QCOMPARE(ui::BotStatusMenu::tomorrowAt9(late).toUTC(),
             QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc()));
    // Half past midnight: still the next day, not nine hours later.
    const QDateTime early(QDate(2026, 11, 22), QTime(0, 30), QTimeZone(3600));
    QCOMPARE(ui::BotStatusMenu::tomorrowAt9(early).date(), QDate(2026, 11, 23));
}

void TestControls::presetsByKeyboard()
{
    ui::BotStatusButton button([] { return localNow(); });
    button.setStatus(uifix::status(BotState::Active));
    button.show();
    QApplication::setActiveWindow(&button);
    QVERIFY(QTest::qWaitForWindowActive(&button));
    QList<Change> changes;
    connect(&button, &ui::BotStatusButton::changeRequested, this,
            [&](BotState s, const QDateTime& u) {
                changes.append({s, u});
            });

    // Open the menu, go to "Snooze", into its submenu, second entry ("For 1 hour").
    ui::BotStatusMenu* menu = button.statusMenu();
    menu->popup(button.mapToGlobal(QPoint(0, button.height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::keyClick(menu, Qt::Key_Down); // Active
    QTest::keyClick(menu, Qt::Key_Down); // Snooze
    QTest::keyClick(menu, Qt::Key_Right);
    QMenu* snooze = menu->snoozeMenu();
    QTRY_VERIFY(snooze->isVisible());
    QTest::keyClick(snooze, Qt::Key_Down);
    QTest::keyClick(snooze, Qt::Key_Return);
    QTRY_COMPARE(changes.size(), 1);
    QCOMPARE(changes.first().state, BotState::Snoozed);
    QCOMPARE(changes.first().until, localNow().addSecs(3600));
}

void TestControls::customTimeComesFromTheDialog()
{
    QWidget owner;
    ui::BotStatusMenu menu([] { return localNow(); }, &owner);
    QList<Change> changes;
    connect(&menu, &ui::BotStatusMenu::changeRequested, this, [&](BotState s, const QDateTime& u) {
        changes.append({s, u});
    });
    menu.action(Preset::InactiveCustom)->trigger();
    ui::CustomTimeDialog* dialog = menu.openDialog();
    QVERIFY(dialog);
    QVERIFY(changes.isEmpty()); // nothing until the agent confirms
    const QDateTime chosen = localNow().addDays(2).addSecs(3600);
    dialog->setValue(chosen);
    // The past is refused by the editor.
    QVERIFY(dialog->editor()->minimumDateTime().toUTC() > uifix::now());
    dialog->accept();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().state, BotState::Inactive);
    QCOMPARE(changes.first().until.toUTC(), chosen.toUTC());

    menu.action(Preset::SnoozeCustom)->trigger();
    menu.openDialog()->reject();
    QCOMPARE(changes.size(), 1);
}

void TestControls::extendAndContinueOnlyWhereTheyChangeSomething()
{
    ui::BotStatusMenu menu([] { return localNow(); });
    int extended = 0;
    int continued = 0;
    connect(&menu, &ui::BotStatusMenu::extendRequested, this,
            [&](int minutes) { extended += minutes; });
    connect(&menu, &ui::BotStatusMenu::continueRequested, this, [&] { ++continued; });

    menu.setStatus(uifix::status(BotState::Active));
    QVERIFY(menu.action(Preset::Active)->isChecked());
    QVERIFY(!menu.action(Preset::Extend60)->isEnabled());
    QVERIFY(!menu.action(Preset::Continue)->isEnabled());
    menu.trigger(Preset::Extend60);
    menu.trigger(Preset::Continue);
    QCOMPARE(extended, 0);
    QCOMPARE(continued, 0);

    menu.setStatus(uifix::status(BotState::Snoozed, uifix::now().addSecs(600)));
    QVERIFY(!menu.action(Preset::Active)->isChecked());
    menu.trigger(Preset::Extend60);
    menu.trigger(Preset::Continue);
    QCOMPARE(extended, 60);
    QCOMPARE(continued, 1);
}

void TestControls::bulkMenuSetsOneStateForAll()
{
    ui::BotStatusMenu menu([] { return localNow(); });
    menu.setBulk(true);
    QList<Change> changes;
    connect(&menu, &ui::BotStatusMenu::changeRequested, this, [&](BotState s, const QDateTime& u) {
        changes.append({s, u});
    });
    QVERIFY(!menu.action(Preset::Extend60)->isVisible());
    menu.trigger(Preset::Extend60);
    menu.trigger(Preset::Continue); // "continue" for many: Active
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().state, BotState::Active);
}

void TestControls::buttonShowsStateAndCountdown()
{
    uifix::TestClock clock;
    ui::BotStatusButton button(clock.clock());
    button.setStatus(uifix::status(BotState::Snoozed, uifix::now().addSecs(42 * 60)));
    QVERIFY(button.text().contains(u"wakes in 42 min"_s));
    QVERIFY(button.accessibleName().contains(u"wakes in 42 min"_s));
    *clock.at = uifix::now().addSecs(30 * 60);
    button.refresh();
    QVERIFY(button.text().contains(u"wakes in 12 min"_s));
    button.setStatus(uifix::status(BotState::Inactive));
    QCOMPARE(button.text(), u"Bot inactive"_s);
    button.setStatus(uifix::status(BotState::Active));
    QCOMPARE(button.text(), u"Bot active"_s);
    QVERIFY(!button.icon().isNull());
}

void TestControls::iconsAreCompiledInAndFollowThePalette()
{
    // The SVGs are a resource of the static ui library: present in every executable.
    QStringList names{u"attach"_s, u"emoji"_s, u"send"_s,   u"reply"_s, u"download"_s, u"retry"_s,
                      u"close"_s,  u"note"_s,  u"search"_s, u"file"_s,  u"keyboard"_s};
    for (const auto c : protocol::allValues<protocol::Channel>())
        names << ui::icons::channelIconName(c);
    for (const auto s : protocol::allValues<BotState>())
        names << ui::icons::botStateIconName(s);
    for (const QString& name : std::as_const(names)) {
        QVERIFY2(ui::icons::exists(name), qPrintable(name));
        const QImage image = ui::icons::pixmap(name, 24).toImage();
        QCOMPARE(image.size(), QSize(24, 24));
        QVERIFY2(uifix::distinctColors(image) > 2, qPrintable(name));
    }
    QVERIFY(!ui::icons::exists(u"no-such-icon"_s));
    QVERIFY(ui::icons::pixmap(u"no-such-icon"_s, 24).isNull());

    // Monochrome icons take the palette's text colour (light and dark themes).
    QPalette dark;
    dark.setColor(QPalette::WindowText, QColor(0, 255, 0));
    const QImage green = ui::icons::pixmap(u"attach"_s, 48, 1.0, dark).toImage();
    bool found = false;
    for (int y = 0; y < green.height() && !found; ++y) {
        for (int x = 0; x < green.width() && !found; ++x) {
            const QColor c = green.pixelColor(x, y);
            found = c.alpha() == 255 && c.green() == 255 && c.red() == 0;
        }
    }
    QVERIFY(found);
}

void TestControls::iconsRenderAtFirstUseInTheColourOfTheirCreation()
{
    // icons::icon() renders nothing until the icon is drawn (start-up), yet
    // draws what the pixmaps are, in the colour of the palette it was made with.
    QPalette red;
    red.setColor(QPalette::WindowText, QColor(255, 0, 0));
    const QIcon icon = ui::icons::icon(u"attach"_s, red);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes(),
             QList<QSize>({QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)}));
    const QImage drawn = icon.pixmap(QSize(24, 24)).toImage();
    const QImage expected = ui::icons::pixmap(u"attach"_s, 24, 1.0, red).toImage();
    QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32_Premultiplied),
             expected.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    // A copy shares the rendering, and disabled icons still differ from normal ones.
    const QIcon copy = icon;
    QCOMPARE(copy.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    QVERIFY(copy.pixmap(QSize(24, 24), QIcon::Disabled).toImage() != drawn);
    QVERIFY(ui::icons::icon(u"no-such-icon"_s).isNull());
}

void TestControls::loginDialogRemembersServerAndEmailButNeverThePassword()
{
    uifix::TempSettings temp;
    {
        auto settings = temp.open();
        ui::SettingsLoginStore store(settings.get());
        ui::LoginDialog dialog(&store);
        dialog.show();
        QSignalSpy requests(&dialog, &ui::LoginDialog::loginRequested);

        QTest::keyClicks(dialog.serverField(), u"not a url"_s);
        QTest::keyClicks(dialog.emailField(), u"jonas@shop.example"_s);
        QTest::keyClicks(dialog.passwordField(), u"correct horse battery"_s);
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QCOMPARE(requests.size(), 0);
        QVERIFY(dialog.errorText().contains(u"server"_s));

        dialog.serverField()->clear();
        QTest::keyClicks(dialog.serverField(), u"https://baton.shop.example"_s);
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).at(0).toString(), u"https://baton.shop.example"_s);
        QCOMPARE(requests.at(0).at(1).toString(), u"jonas@shop.example"_s);
        QCOMPARE(requests.at(0).at(2).toString(), u"correct horse battery"_s);
        QVERIFY(!dialog.loginButton()->isEnabled()); // busy

        dialog.loginFailed(u"Wrong email or password"_s);
        QCOMPARE(dialog.errorText(), u"Wrong email or password"_s);
        QVERIFY(dialog.loginButton()->isEnabled());
        QVERIFY(store.serverUrl().isEmpty()); // only a success is remembered

        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        dialog.loginSucceeded();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.passwordField()->text().isEmpty());
    }
    QFile file(temp.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("baton.shop.example"));
    QVERIFY(!ini.contains("horse"));

    auto settings = temp.open();
    ui::SettingsLoginStore store(settings.get());
    ui::LoginDialog again(&store);
    QCOMPARE(again.serverField()->text(), u"https://baton.shop.example"_s);
    QCOMPARE(again.emailField()->text(), u"jonas@shop.example"_s);
    QVERIFY(again.passwordField()->text().isEmpty());
}

void TestControls::connectionIndicatorSaysWhatIsGoingOn()
{
    uifix::TestClock clock;
    ui::ConnectionIndicator light(clock.clock());
    light.setOnline();
    QCOMPARE(light.text(), u"Online"_s);
    QCOMPARE(light.state(), ui::ConnectionIndicator::State::Online);
    light.setConnecting(uifix::ago(90));
    QVERIFY(light.text().startsWith(u"Connecting since"_s));
    light.setOffline(uifix::ago(3 * 60));
    QVERIFY(light.text().contains(u"3 min ago"_s));
    *clock.at = uifix::now().addSecs(3600);
    light.refresh();
    QVERIFY(light.text().contains(u"1 h 3 min ago"_s));
    QVERIFY(light.accessibleName().startsWith(u"Connection: Offline"_s));
}

QTEST_MAIN(TestControls)
// The C locale's short format is HH:mm:ss; rows and messages show no seconds.
void TestControls::shortTimesHaveNoSeconds()
{
    const QTime at(10, 29, 40);
    QCOMPARE(ui::shortTime(at, QLocale::c()), u"10:29"_s);
    QCOMPARE(ui::shortTime(at, QLocale(QLocale::German, QLocale::Germany)), u"10:29"_s);
    const QString us =
        ui::shortTime(QTime(22, 5, 9), QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(us.startsWith(u"10:05"_s) && us.contains(u"PM"_s, Qt::CaseInsensitive) &&
                 !us.contains(u"09"_s),
             qPrintable(us));
    const QString both = ui::shortDateTime(QDateTime(QDate(2026, 11, 21), at), QLocale::c());
    QVERIFY2(both.endsWith(u" 10:29"_s), qPrintable(both));
}

void TestControls::longLinesElideLikeQtWithoutShapingTheRest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    const QString sentence = u"Hello, I would like to change my delivery address please. "_s;
    QTest::newRow("short") << u"Thanks!"_s << 200;
    QTest::newRow("long latin") << sentence.repeated(200) << 220;
    QTest::newRow("narrow glyphs") << u"il1.|"_s.repeated(400) << 150;
    QTest::newRow("cyrillic") << u"Здравствуйте, где мой заказ? "_s.repeated(100) << 180;
    QTest::newRow("cjk") << u"你好，我的订单在哪里？"_s.repeated(100) << 160;
    QTest::newRow("arabic") << u"مرحبا، أين طلبي؟ "_s.repeated(100) << 160;
    // An emoji (a surrogate pair) across the cut at width + 1 units.
    QTest::newRow("surrogate at the cut") << (u"a"_s.repeated(80) + u"😀"_s.repeated(100)) << 80;
    QTest::newRow("wider than the text") << sentence << 2000;
    QTest::newRow("no room") << sentence << 0;
}

void TestControls::longLinesElideLikeQtWithoutShapingTheRest()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    const QFontMetrics metrics(QApplication::font());
    const QString elided = ui::elideLine(metrics, text, width);
    if (width <= 0) {
        QVERIFY(elided.isEmpty());
        return;
    }
    QCOMPARE(elided, metrics.elidedText(text, Qt::ElideRight, width));
    QVERIFY(metrics.horizontalAdvance(elided) <= width);
}

#include "tst_controls.moc"
