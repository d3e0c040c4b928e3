#include <ui/autostart.h>
#include <ui/settingsdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

QCheckBox* checkBox(const QString& text, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setAccessibleName(text);
    return box;
}

} // namespace

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Language names in their own language: someone who cannot read the
    // current one still finds theirs.
    return {{QString(), tr("System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"es"_s, u"Español"_s},
            {u"uk"_s, u"Українська"_s}};
}

SettingsDialog::SettingsDialog(PreferencesStore* preferences, AutostartStore* autostart,
                               QWidget* parent)
    : QDialog(parent)
    , store_(preferences)
    , autostartStore_(autostart)
    , tabs_(new QTabWidget(this))
    , error_(new QLabel(this))
    , buttons_(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    tabs_->setAccessibleName(tr("Settings pages"));
    // Every tab's name visible (they are also switched with Ctrl+Tab).
    tabs_->tabBar()->setUsesScrollButtons(false);
    tabs_->addTab(generalPage(), tr("General"));
    tabs_->addTab(notificationsPage(), tr("Notifications"));
    tabs_->addTab(shortcutsPage(), tr("Shortcuts"));
    tabs_->addTab(accountPage(), tr("Account"));

    error_->setAccessibleName(tr("Settings error"));
    error_->setWordWrap(true);
    error_->setForegroundRole(QPalette::BrightText);
    error_->hide();

    const auto name = [this](QDialogButtonBox::StandardButton which, const QString& text) {
        QPushButton* b = buttons_->button(which);
        b->setText(text);
        b->setAccessibleName(text);
    };
    name(QDialogButtonBox::Ok, tr("OK"));
    name(QDialogButtonBox::Cancel, tr("Cancel"));
    name(QDialogButtonBox::Apply, tr("Apply"));
    buttons_->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons_, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons_->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(error_);
    layout->addWidget(buttons_);

    load();
}

QWidget* SettingsDialog::generalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    language_ = new QComboBox(page);
    language_->setAccessibleName(tr("Language"));
    for (const auto& [code, label] : languages())
        language_->addItem(label, code);
    restart_ = new QLabel(tr("Baton uses the new language after a restart."), page);
    restart_->setAccessibleName(tr("Restart needed"));
    restart_->setWordWrap(true);
    theme_ = new QComboBox(page);
    theme_->setAccessibleName(tr("Theme"));
    theme_->addItem(tr("System"), QString());
    theme_->addItem(tr("Light"), u"light"_s);
    theme_->addItem(tr("Dark"), u"dark"_s);
    autostart_ = checkBox(tr("Start Baton when I log in"), page);
    minimized_ = checkBox(tr("Start minimized to the tray"), page);
    form->addRow(tr("Language:"), language_);
    form->addRow(restart_);
    form->addRow(tr("Theme:"), theme_);
    form->addRow(autostart_);
    form->addRow(minimized_);
    autostart_->setVisible(autostartStore_ != nullptr);
    connect(language_, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateDependents);
    return page;
}

QWidget* SettingsDialog::notificationsPage()
{
    auto* page = new QWidget(this);
    auto* box = new QVBoxLayout(page);
    notifications_ = checkBox(tr("Show notifications"), page);
    openChats_ = checkBox(tr("For chats that become open"), page);
    myMessages_ = checkBox(tr("For chats assigned to me and their new messages"), page);
    dnd_ = checkBox(tr("Do not disturb (the tray count still updates)"), page);
    sound_ = checkBox(tr("Play the system bell with each notification"), page);
    box->addWidget(notifications_);
    box->addWidget(openChats_);
    box->addWidget(myMessages_);
    box->addWidget(dnd_);
    box->addWidget(sound_);
    box->addStretch();
    connect(notifications_, &QCheckBox::toggled, this, &SettingsDialog::updateDependents);
    return page;
}

QWidget* SettingsDialog::shortcutsPage()
{
    auto* page = new QWidget(this);
    auto* box = new QVBoxLayout(page);
    auto* text = new QLabel(tr("Every command can run from the keyboard. Choose which keys "
                               "run which command."),
                            page);
    text->setWordWrap(true);
    shortcuts_ = new QPushButton(tr("Change keyboard shortcuts…"), page);
    shortcuts_->setAccessibleName(tr("Change keyboard shortcuts"));
    shortcuts_->setAutoDefault(false);
    box->addWidget(text);
    box->addWidget(shortcuts_, 0, Qt::AlignLeft);
    box->addStretch();
    connect(shortcuts_, &QPushButton::clicked, this, &SettingsDialog::shortcutsRequested);
    return page;
}

QWidget* SettingsDialog::accountPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    server_ = new QLabel(page);
    server_->setAccessibleName(tr("Server"));
    server_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    agent_ = new QLabel(page);
    agent_->setAccessibleName(tr("Signed in as"));
    agent_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    signOut_ = new QPushButton(tr("Sign out"), page);
    signOut_->setAccessibleName(tr("Sign out"));
    signOut_->setAutoDefault(false);
    form->addRow(tr("Server:"), server_);
    form->addRow(tr("Signed in as:"), agent_);
    form->addRow(signOut_);
    connect(signOut_, &QPushButton::clicked, this, &SettingsDialog::signOutRequested);
    return page;
}

void SettingsDialog::setAccount(const QString& serverUrl, const QString& agentName)
{
    server_->setText(serverUrl);
    agent_->setText(agentName);
}

void SettingsDialog::load()
{
    const Preferences p = store_->preferences();
    loadedLanguage_ = p.language;
    const int index = language_->findData(p.language);
    language_->setCurrentIndex(index >= 0 ? index : 0);
    autostart_->setChecked(autostartStore_ && autostartStore_->isEnabled());
    const int theme = theme_->findData(p.theme);
    theme_->setCurrentIndex(theme >= 0 ? theme : 0);
    minimized_->setChecked(p.startMinimized);
    notifications_->setChecked(p.notifications);
    openChats_->setChecked(p.notifyOpenChats);
    myMessages_->setChecked(p.notifyMyMessages);
    dnd_->setChecked(p.doNotDisturb);
    sound_->setChecked(p.sound);
    updateDependents();
}

void SettingsDialog::updateDependents()
{
    restart_->setVisible(language_->currentData().toString() != loadedLanguage_);
    const bool on = notifications_->isChecked();
    openChats_->setEnabled(on);
    myMessages_->setEnabled(on);
    sound_->setEnabled(on);
}

Preferences SettingsDialog::current() const
{
    Preferences p = store_->preferences();
    p.language = language_->currentData().toString();
    p.theme = theme_->currentData().toString();
    p.startMinimized = minimized_->isChecked();
    p.notifications = notifications_->isChecked();
    p.notifyOpenChats = openChats_->isChecked();
    p.notifyMyMessages = myMessages_->isChecked();
    p.doNotDisturb = dnd_->isChecked();
    p.sound = sound_->isChecked();
    return p;
}

bool SettingsDialog::apply()
{
    error_->hide();
    const Preferences before = store_->preferences();
    const Preferences p = current();
    if (!(p == before)) {
        store_->setPreferences(p);
        Q_EMIT preferencesChanged(p);
    }
    if (autostartStore_ && autostartStore_->isEnabled() != autostart_->isChecked() &&
        !autostartStore_->setEnabled(autostart_->isChecked())) {
        error_->setText(autostartStore_->errorString());
        error_->show();
        tabs_->setCurrentIndex(0);
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace baton::ui
