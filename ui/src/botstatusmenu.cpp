#include <ui/botstatusmenu.h>
#include <ui/icons.h>

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using protocol::BotState;

CustomTimeDialog::CustomTimeDialog(const QString& title, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , edit_(new QDateTimeEdit(this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Until:"), this);
    label->setBuddy(edit_);
    edit_->setCalendarPopup(true);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    edit_->setTimeZone(now.timeZone());
#else
    if (now.timeSpec() == Qt::UTC)
        edit_->setTimeSpec(Qt::UTC);
#endif
    edit_->setMinimumDateTime(now.addSecs(60));
    edit_->setDateTime(now.addSecs(2 * 3600));
    edit_->setAccessibleName(tr("Until"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(edit_);
    layout->addWidget(buttons);
}

QDateTime CustomTimeDialog::value() const
{
    return edit_->dateTime();
}

void CustomTimeDialog::setValue(const QDateTime& value)
{
    edit_->setDateTime(value);
}

BotStatusMenu::BotStatusMenu(Clock clock, QWidget* parent)
    : QMenu(parent)
    , clock_(std::move(clock))
{
    setTitle(tr("Bot status"));
    setAccessibleName(tr("Bot status"));
    const auto add = [this](QMenu* menu, Preset preset, const QString& text,
                            const QString& iconName = {}) {
        QAction* a = menu->addAction(text);
        if (!iconName.isEmpty())
            a->setIcon(icons::icon(iconName));
        connect(a, &QAction::triggered, this, [this, preset] { trigger(preset); });
        actions_.insert(preset, a);
        return a;
    };
    add(this, Preset::Active, tr("Active"), u"bot-active"_s)->setCheckable(true);

    snooze_ = addMenu(icons::icon(u"bot-snoozed"_s), tr("Snooze"));
    snooze_->setAccessibleName(tr("Snooze"));
    add(snooze_, Preset::Snooze15Min, tr("For 15 minutes"));
    add(snooze_, Preset::Snooze1Hour, tr("For 1 hour"));
    add(snooze_, Preset::Snooze4Hours, tr("For 4 hours"));
    add(snooze_, Preset::SnoozeTomorrow, tr("Until tomorrow 09:00"));
    add(snooze_, Preset::SnoozeCustom, tr("Until…"));

    inactive_ = addMenu(icons::icon(u"bot-inactive"_s), tr("Turn off"));
    inactive_->setAccessibleName(tr("Turn off"));
    add(inactive_, Preset::Inactive, tr("Until turned on"));
    add(inactive_, Preset::Inactive1Hour, tr("For 1 hour"));
    add(inactive_, Preset::Inactive4Hours, tr("For 4 hours"));
    add(inactive_, Preset::InactiveTomorrow, tr("Until tomorrow 09:00"));
    add(inactive_, Preset::InactiveCustom, tr("Until…"));

    addSeparator();
    add(this, Preset::Extend60, tr("+60 min"));
    add(this, Preset::Continue, tr("Continue autoflows"));
}

QAction* BotStatusMenu::action(Preset preset) const
{
    return actions_.value(preset);
}

void BotStatusMenu::setStatus(const protocol::BotStatus& status)
{
    const bool active = status.state == BotState::Active;
    actions_[Preset::Active]->setChecked(active);
    actions_[Preset::Extend60]->setEnabled(!bulk_ && !active && status.until.has_value());
    actions_[Preset::Continue]->setEnabled(bulk_ || !active);
}

void BotStatusMenu::setBulk(bool bulk)
{
    bulk_ = bulk;
    actions_[Preset::Active]->setCheckable(!bulk);
    actions_[Preset::Extend60]->setVisible(!bulk);
    actions_[Preset::Continue]->setEnabled(true);
}

QDateTime BotStatusMenu::tomorrowAt9(const QDateTime& now)
{
    return QDateTime(now.date().addDays(1), QTime(9, 0), now.timeZone());
}

std::optional<std::pair<BotState, QDateTime>> BotStatusMenu::resolve(Preset preset,
                                                                     const QDateTime& now)
{
    switch (preset) {
    case Preset::Active:
        return std::pair{BotState::Active, QDateTime()};
    case Preset::Snooze15Min:
        return std::pair{BotState::Snoozed, now.addSecs(15 * 60)};
    case Preset::Snooze1Hour:
        return std::pair{BotState::Snoozed, now.addSecs(3600)};
    case Preset::Snooze4Hours:
        return std::pair{BotState::Snoozed, now.addSecs(4 * 3600)};
    case Preset::SnoozeTomorrow:
        return std::pair{BotState::Snoozed, tomorrowAt9(now)};
    case Preset::Inactive:
        return std::pair{BotState::Inactive, QDateTime()};
    case Preset::Inactive1Hour:
        return std::pair{BotState::Inactive, now.addSecs(3600)};
    case Preset::Inactive4Hours:
        return std::pair{BotState::Inactive, now.addSecs(4 * 3600)};
    case Preset::InactiveTomorrow:
        return std::pair{BotState::Inactive, tomorrowAt9(now)};
    case Preset::SnoozeCustom:
    case Preset::InactiveCustom:
    case Preset::Extend60:
    case Preset::Continue:
        break;
    }
    return std::nullopt;
}

void BotStatusMenu::trigger(Preset preset)
{
    const QAction* a = actions_.value(preset);
    if (a && (!a->isEnabled() || !a->isVisible()))
        return;
    switch (preset) {
    case Preset::SnoozeCustom:
        openCustom(BotState::Snoozed);
        return;
    case Preset::InactiveCustom:
        openCustom(BotState::Inactive);
        return;
    case Preset::Extend60:
        Q_EMIT extendRequested(60);
        return;
    case Preset::Continue:
        if (bulk_)
            Q_EMIT changeRequested(BotState::Active, QDateTime());
        else
            Q_EMIT continueRequested();
        return;
    default:
        break;
    }
    if (const auto choice = resolve(preset, clock_()))
        Q_EMIT changeRequested(choice->first, choice->second);
}

void BotStatusMenu::openCustom(BotState state)
{
    const QString title =
        state == BotState::Snoozed ? tr("Snooze the bot until") : tr("Turn the bot off until");
    QWidget* owner = parentWidget() ? parentWidget()->window() : nullptr;
    auto* dialog = new CustomTimeDialog(title, clock_(), owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, state] { Q_EMIT changeRequested(state, dialog->value()); });
    dialog->open();
}

BotStatusButton::BotStatusButton(Clock clock, QWidget* parent)
    : QToolButton(parent)
    , clock_(std::move(clock))
    , menu_(new BotStatusMenu(clock_, this))
{
    setMenu(menu_);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::StrongFocus);
    connect(menu_, &BotStatusMenu::changeRequested, this, &BotStatusButton::changeRequested);
    connect(menu_, &BotStatusMenu::extendRequested, this, &BotStatusButton::extendRequested);
    connect(menu_, &BotStatusMenu::continueRequested, this, &BotStatusButton::continueRequested);
    setStatus({});
}

void BotStatusButton::setStatus(const protocol::BotStatus& status)
{
    status_ = status;
    menu_->setStatus(status);
    setIcon(icons::icon(icons::botStateIconName(status.state)));
    refresh();
}

QString BotStatusButton::describe(const protocol::BotStatus& status, const QDateTime& now)
{
    const QLocale locale;
    const auto untilText = [&] {
        const QDateTime local = status.until->toTimeZone(now.timeZone());
        return local.date() == now.date() ? shortTime(local.time(), locale)
                                          : locale.toString(local, QLocale::ShortFormat);
    };
    switch (status.state) {
    case BotState::Active:
        return tr("Bot active");
    case BotState::Snoozed:
        if (!status.until)
            return tr("Bot snoozed");
        return tr("Bot snoozed · wakes in %1 (%2)")
            .arg(formatDuration(now.secsTo(*status.until)), untilText());
    case BotState::Inactive:
        if (!status.until)
            return tr("Bot inactive");
        return tr("Bot inactive · on in %1 (%2)")
            .arg(formatDuration(now.secsTo(*status.until)), untilText());
    }
    return {};
}

void BotStatusButton::refresh()
{
    const QString text = describe(status_, clock_());
    setText(text);
    setToolTip(text);
    setAccessibleName(tr("Bot status: %1").arg(text));
}

} // namespace baton::ui
