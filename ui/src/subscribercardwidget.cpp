#include <models/subscribercard.h>
#include <protocol/subscriber.h>
#include <protocol/supportwindow.h>
#include <ui/avatar.h>
#include <ui/botstatusmenu.h>
#include <ui/flowlayout.h>
#include <ui/icons.h>
#include <ui/subscribercardwidget.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using protocol::VariableType;

namespace {

QString dateTimeText(const QDateTime& at, const QTimeZone& zone)
{
    return at.isValid() ? shortDateTime(at.toTimeZone(zone), QLocale()) : ProfileSection::tr("—");
}

QLabel* wrapLabel(QWidget* parent, const QString& accessibleName)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                               Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    return l;
}

QPushButton* button(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(text);
    return b;
}

} // namespace

// ---- ProfileSection ----

ProfileSection::ProfileSection(const AvatarProvider* avatars, Clock clock, QWidget* parent)
    : QWidget(parent)
    , avatars_(avatars)
    , clock_(std::move(clock))
    , avatar_(new QLabel(this))
    , name_(new QLabel(this))
    , details_(wrapLabel(this, tr("Contact details")))
    , campaign_(wrapLabel(this, tr("Ad campaign")))
{
    setAccessibleName(tr("Profile"));
    avatar_->setAccessibleName(tr("Avatar"));
    name_->setAccessibleName(tr("Name"));
    name_->setTextFormat(Qt::PlainText);
    QFont f = name_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    name_->setFont(f);
    details_->setTextFormat(Qt::PlainText);
    campaign_->setTextFormat(Qt::RichText);
    campaign_->setOpenExternalLinks(true);
    auto* top = new QHBoxLayout;
    top->addWidget(avatar_);
    top->addWidget(name_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(details_);
    layout->addWidget(campaign_);
}

void ProfileSection::update(const models::SubscriberCard& card)
{
    const QPixmap image = avatars_ ? avatars_->avatar(card.avatarUrl()) : QPixmap();
    avatar_->setPixmap(
        avatar::render(56, card.subscriberId(), card.displayName(), image, devicePixelRatioF()));
    name_->setText(card.displayName());
    const QTimeZone zone = clock_().timeZone();
    QStringList lines;
    if (!card.username().isEmpty())
        lines << tr("Username: @%1").arg(card.username());
    lines << tr("Email: %1").arg(card.email().isEmpty() ? tr("—") : card.email());
    lines << tr("Phone: %1").arg(card.phone().isEmpty() ? tr("—") : card.phone());
    lines << tr("Status: %1")
                 .arg(
                     Names::subscription(static_cast<protocol::SubscriptionStatus>(card.status())));
    lines << tr("Subscribed: %1").arg(dateTimeText(card.subscribedAt(), zone));
    lines << tr("Last activity: %1").arg(dateTimeText(card.lastActivityAt(), zone));
    details_->setText(lines.join(u'\n'));
    if (card.adCampaignName().isEmpty()) {
        campaign_->hide();
    } else {
        const QString name = card.adCampaignName().toHtmlEscaped();
        const QString url = card.adCampaignUrl().toHtmlEscaped();
        campaign_->setText(url.isEmpty() ? tr("Ad campaign: %1").arg(name)
                                         : tr("Ad campaign: <a href=\"%1\">%2</a>").arg(url, name));
        campaign_->show();
    }
}

QString ProfileSection::text() const
{
    return QStringList{name_->text(), details_->text(),
                       campaign_->isHidden() ? QString() : campaign_->text()}
        .join(u'\n');
}

// ---- TagsSection ----

TagsSection::TagsSection(QWidget* parent)
    : QWidget(parent)
    , chipArea_(new QWidget(this))
    , flow_(new FlowLayout(chipArea_))
    , add_(new QLineEdit(this))
    , error_(new QLabel(this))
{
    setAccessibleName(tr("Tags"));
    chipArea_->setAccessibleName(tr("Tags"));
    add_->setAccessibleName(tr("Add tag"));
    add_->setPlaceholderText(tr("Add a tag and press Enter"));
    error_->setAccessibleName(tr("Tag error"));
    error_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chipArea_);
    layout->addWidget(add_);
    layout->addWidget(error_);
    connect(add_, &QLineEdit::returnPressed, this, [this] {
        const QString tag = add_->text().trimmed();
        if (tag.isEmpty())
            return;
        if (!protocol::isValidTag(tag)) {
            error_->setText(tr("Tags are 1 to 64 characters, without control characters."));
            error_->show();
            return;
        }
        error_->hide();
        add_->clear();
        if (tags_.contains(tag))
            return;
        Q_EMIT tagsChangeRequested(tags_ + QStringList{tag});
    });
}

QList<QToolButton*> TagsSection::chips() const
{
    return chipArea_->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly);
}

void TagsSection::setTags(const QStringList& tags)
{
    tags_ = tags;
    for (QToolButton* chip : chips())
        delete chip;
    for (const QString& tag : tags) {
        auto* chip = new QToolButton(chipArea_);
        chip->setText(tr("%1 ✕").arg(tag));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag));
        chip->setToolTip(tr("Remove tag %1").arg(tag));
        chip->setFocusPolicy(Qt::StrongFocus);
        connect(chip, &QToolButton::clicked, this, [this, tag] {
            QStringList next = tags_;
            next.removeAll(tag);
            Q_EMIT tagsChangeRequested(next);
        });
        flow_->addWidget(chip);
    }
    chipArea_->updateGeometry();
}

// ---- VariablesSection ----

QWidget* VariableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (static_cast<VariableType>(index.data(VariablesSection::TypeRole).toInt())) {
    case VariableType::Number: {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e15, 1e15);
        spin->setDecimals(6);
        spin->setAccessibleName(tr("Number value"));
        return spin;
    }
    case VariableType::Date: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        date->setAccessibleName(tr("Date value"));
        return date;
    }
    case VariableType::Boolean:
        return nullptr; // a check box in the cell
    case VariableType::Text:
        break;
    }
    auto* editor = new QLineEdit(parent);
    editor->setAccessibleName(tr("Text value"));
    Q_UNUSED(option);
    return editor;
}

void VariableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        spin->setValue(value.toDouble());
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
}

void VariableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        model->setData(index, date->date(), Qt::EditRole);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

VariablesSection::VariablesSection(QWidget* parent)
    : QWidget(parent)
    , table_(new QTableView(this))
    , model_(new QStandardItemModel(0, 2, this))
{
    setAccessibleName(tr("Variables"));
    table_->setAccessibleName(tr("Variables"));
    model_->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    table_->setModel(model_);
    table_->setItemDelegateForColumn(1, new VariableDelegate(table_));
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setTabKeyNavigation(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    connect(model_, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (loading_ || item->column() != 1)
            return;
        const QString name = model_->item(item->row(), 0)->text();
        const auto type = static_cast<VariableType>(item->data(TypeRole).toInt());
        QVariant value = item->data(Qt::EditRole);
        if (type == VariableType::Boolean)
            value = item->checkState() == Qt::Checked;
        Q_EMIT variableChangeRequested(name, value);
    });
}

void VariablesSection::setVariables(const QVariantList& variables)
{
    loading_ = true;
    model_->setRowCount(0);
    for (const QVariant& v : variables) {
        const QVariantMap map = v.toMap();
        const auto type = static_cast<VariableType>(map.value(u"type"_s).toInt());
        auto* name = new QStandardItem(map.value(u"name"_s).toString());
        name->setEditable(false);
        auto* value = new QStandardItem;
        value->setData(static_cast<int>(type), TypeRole);
        if (type == VariableType::Boolean) {
            value->setCheckable(true);
            value->setEditable(false);
            value->setCheckState(map.value(u"value"_s).toBool() ? Qt::Checked : Qt::Unchecked);
            value->setText(map.value(u"value"_s).toBool() ? tr("yes") : tr("no"));
        } else {
            value->setData(map.value(u"value"_s), Qt::EditRole);
        }
        model_->appendRow({name, value});
    }
    loading_ = false;
}

// ---- AutomationSection ----

AutomationSection::AutomationSection(Clock clock, QWidget* parent)
    : QWidget(parent)
    , bot_(new BotStatusButton(std::move(clock), this))
    , extend_(button(tr("+60 min"), this))
    , continue_(button(tr("Continue autoflows"), this))
    , flow_(wrapLabel(this, tr("Active flow")))
    , queued_(new QListWidget(this))
    , stop_(button(tr("Stop flow"), this))
    , search_(new QLineEdit(this))
    , results_(new QListWidget(this))
    , start_(button(tr("Start flow"), this))
{
    setAccessibleName(tr("Automation"));
    queued_->setAccessibleName(tr("Queued messages"));
    queued_->setMaximumHeight(80);
    search_->setAccessibleName(tr("Find a flow"));
    search_->setPlaceholderText(tr("Find a flow by name"));
    search_->setClearButtonEnabled(true);
    results_->setAccessibleName(tr("Flows found"));
    results_->setMaximumHeight(100);
    start_->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(extend_);
    buttons->addWidget(continue_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bot_);
    layout->addLayout(buttons);
    layout->addWidget(flow_);
    layout->addWidget(queued_);
    layout->addWidget(stop_);
    layout->addWidget(search_);
    layout->addWidget(results_);
    layout->addWidget(start_);

    connect(bot_, &BotStatusButton::changeRequested, this,
            &AutomationSection::botStatusChangeRequested);
    connect(bot_, &BotStatusButton::extendRequested, this, &AutomationSection::extendRequested);
    connect(bot_, &BotStatusButton::continueRequested, this, &AutomationSection::continueRequested);
    connect(extend_, &QPushButton::clicked, this, [this] { Q_EMIT extendRequested(60); });
    connect(continue_, &QPushButton::clicked, this, &AutomationSection::continueRequested);
    connect(stop_, &QPushButton::clicked, this, &AutomationSection::stopFlowRequested);
    connect(search_, &QLineEdit::textChanged, this,
            [this](const QString& text) { Q_EMIT flowSearchRequested(text.trimmed()); });
    connect(results_, &QListWidget::currentRowChanged, this,
            [this](int row) { start_->setEnabled(row >= 0); });
    const auto start = [this] {
        if (QListWidgetItem* item = results_->currentItem())
            Q_EMIT startFlowRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(start_, &QPushButton::clicked, this, start);
    connect(results_, &QListWidget::itemActivated, this, start);
}

void AutomationSection::update(const models::SubscriberCard& card)
{
    const protocol::BotStatus status = card.botStatus();
    bot_->setStatus(status);
    extend_->setEnabled(status.state != protocol::BotState::Active && status.until.has_value());
    continue_->setEnabled(status.state != protocol::BotState::Active);
    if (card.hasFlow()) {
        flow_->setText(tr("Running flow: %1").arg(card.flowName()));
        queued_->clear();
        queued_->addItems(card.flowQueued());
        queued_->setVisible(!card.flowQueued().isEmpty());
        stop_->setEnabled(true);
    } else {
        flow_->setText(tr("No flow running"));
        queued_->clear();
        queued_->hide();
        stop_->setEnabled(false);
    }
}

QString AutomationSection::flowText() const
{
    return flow_->text();
}

void AutomationSection::setFlowResults(const QList<protocol::Flow>& flows)
{
    results_->clear();
    for (const protocol::Flow& f : flows) {
        auto* item = new QListWidgetItem(f.name, results_);
        item->setData(Qt::UserRole, f.id);
    }
    start_->setEnabled(false);
}

// ---- SubscriptionSection ----

SubscriptionSection::SubscriptionSection(QWidget* parent)
    : QWidget(parent)
    , status_(new QLabel(this))
    , toggle_(button(tr("Disable subscriber"), this))
{
    setAccessibleName(tr("Subscription"));
    status_->setAccessibleName(tr("Subscription status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_, 1);
    layout->addWidget(toggle_);
    connect(toggle_, &QPushButton::clicked, this,
            [this] { Q_EMIT enabledChangeRequested(disabled_); });
}

void SubscriptionSection::update(const models::SubscriberCard& card)
{
    const auto status = static_cast<protocol::SubscriptionStatus>(card.status());
    disabled_ = status == protocol::SubscriptionStatus::Disabled;
    status_->setText(disabled_ ? tr("Disabled: the bot sends this subscriber nothing.")
                               : Names::subscription(status));
    toggle_->setText(disabled_ ? tr("Enable subscriber") : tr("Disable subscriber"));
    toggle_->setAccessibleName(toggle_->text());
}

// ---- ChannelSection ----

ChannelSection::ChannelSection(Clock clock, QWidget* parent)
    : QWidget(parent)
    , clock_(std::move(clock))
    , window_(wrapLabel(this, tr("Support window")))
    , instagram_(wrapLabel(this, tr("Instagram")))
    , group_(wrapLabel(this, tr("Group")))
{
    setAccessibleName(tr("Messaging app"));
    group_->setTextFormat(Qt::RichText);
    group_->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(window_);
    layout->addWidget(instagram_);
    layout->addWidget(group_);
}

void ChannelSection::update(const models::SubscriberCard& card)
{
    const QDateTime now = clock_();
    const QString channel = Names::channel(static_cast<protocol::Channel>(card.channel()));
    if (!card.hasSupportWindow()) {
        window_->setText(tr("%1 has no support window.").arg(channel));
    } else if (card.canSendFreeText(now)) {
        window_->setText(
            tr("Support window: %1 left").arg(formatDuration(card.timeLeftMs(now) / 1000)));
    } else {
        window_->setText(tr("Support window closed: only templates can be sent."));
    }
    instagram_->setVisible(card.isInstagram());
    if (card.isInstagram()) {
        instagram_->setText(QStringList{card.followsBusiness() ? tr("Follows your profile")
                                                               : tr("Does not follow your profile"),
                                        card.followedByBusiness() ? tr("You follow them")
                                                                  : tr("You don't follow them")}
                                .join(u'\n'));
    }
    group_->setVisible(card.isGroup());
    if (card.isGroup()) {
        const auto link = [](const QString& url) {
            return url.isEmpty() ? tr("—") : u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped());
        };
        group_->setText(tr("Group members: %1<br>Share link: %2<br>Invite link: %3")
                            .arg(QLocale().toString(card.groupMemberCount()),
                                 link(card.groupShareLink()), link(card.groupInviteLink())));
    }
}

QString ChannelSection::text() const
{
    QStringList out{window_->text()};
    if (!instagram_->isHidden())
        out << instagram_->text();
    if (!group_->isHidden())
        out << group_->text();
    return out.join(u'\n');
}

// ---- Deals ----

DealDialog::DealDialog(const QList<protocol::Pipeline>& pipelines, const protocol::Deal* deal,
                       QWidget* parent)
    : QDialog(parent)
    , pipelines_(pipelines)
    , pipeline_(new QComboBox(this))
    , stage_(new QComboBox(this))
    , name_(new QLineEdit(this))
    , amount_(new QLineEdit(this))
    , currency_(new QLineEdit(this))
    , error_(new QLabel(this))
{
    setWindowTitle(deal ? tr("Edit deal") : tr("Add deal"));
    setAccessibleName(windowTitle());
    pipeline_->setAccessibleName(tr("Pipeline"));
    stage_->setAccessibleName(tr("Stage"));
    name_->setAccessibleName(tr("Deal name"));
    amount_->setAccessibleName(tr("Amount"));
    amount_->setPlaceholderText(tr("e.g. 49.90"));
    currency_->setAccessibleName(tr("Currency"));
    currency_->setMaxLength(3);
    error_->setAccessibleName(tr("Deal error"));
    error_->hide();
    for (const protocol::Pipeline& p : pipelines_)
        pipeline_->addItem(p.name, p.id);
    connect(pipeline_, &QComboBox::currentIndexChanged, this, &DealDialog::fillStages);
    fillStages();
    currency_->setText(u"EUR"_s);
    if (deal) {
        pipeline_->setCurrentIndex(pipeline_->findData(deal->pipelineId));
        pipeline_->setEnabled(false); // a deal moves between stages, not pipelines
        stage_->setCurrentIndex(stage_->findData(deal->stageId));
        name_->setText(deal->name);
        amount_->setText(QString::number(static_cast<double>(deal->amountMinor) / 100.0, 'f', 2));
        currency_->setText(deal->currency);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Pipeline"), pipeline_);
    form->addRow(tr("Stage"), stage_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Amount"), amount_);
    form->addRow(tr("Currency"), currency_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (request())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
}

void DealDialog::fillStages()
{
    stage_->clear();
    const qint64 id = pipeline_->currentData().toLongLong();
    for (const protocol::Pipeline& p : std::as_const(pipelines_)) {
        if (p.id == id) {
            for (const protocol::Stage& s : p.stages)
                stage_->addItem(s.name, s.id);
        }
    }
}

std::optional<qint64> DealDialog::parseAmount(const QString& text, int decimals)
{
    QString t = text.trimmed();
    t.remove(u' ');
    t.replace(u',', u'.');
    static const QRegularExpression re(u"^(-?)(\\d{1,15})(?:\\.(\\d*))?$"_s);
    const auto m = re.match(t);
    if (!m.hasMatch() || m.captured(3).size() > decimals)
        return std::nullopt;
    QString fraction = m.captured(3);
    fraction = fraction.leftJustified(decimals, u'0');
    qint64 value = m.captured(2).toLongLong();
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    value += decimals > 0 ? fraction.toLongLong() : 0;
    return m.captured(1).isEmpty() ? value : -value;
}

std::optional<protocol::DealRequest> DealDialog::request()
{
    protocol::DealRequest r;
    r.pipelineId = pipeline_->currentData().toLongLong();
    r.stageId = stage_->currentData().toLongLong();
    r.name = name_->text().trimmed();
    r.currency = currency_->text().trimmed().toUpper();
    const auto amount = parseAmount(amount_->text());
    QString problem;
    if (r.pipelineId == 0 || r.stageId == 0)
        problem = tr("Choose a pipeline and a stage.");
    else if (r.name.isEmpty())
        problem = tr("Give the deal a name.");
    else if (!amount || *amount < 0)
        problem = tr("The amount must be a number with at most two decimals, like 49.90.");
    else if (!protocol::isValidCurrency(r.currency))
        problem = tr("The currency must be a three-letter code, like EUR.");
    if (!problem.isEmpty()) {
        error_->setText(problem);
        error_->show();
        return std::nullopt;
    }
    r.amountMinor = *amount;
    return r;
}

ContactDialog::ContactDialog(const QString& first, const QString& last, const QString& phone,
                             QWidget* parent)
    : QDialog(parent)
    , first_(new QLineEdit(first, this))
    , last_(new QLineEdit(last, this))
    , phone_(new QLineEdit(phone, this))
{
    setWindowTitle(tr("Edit contact"));
    setAccessibleName(windowTitle());
    first_->setAccessibleName(tr("First name"));
    last_->setAccessibleName(tr("Last name"));
    phone_->setAccessibleName(tr("Phone"));
    auto* form = new QFormLayout;
    form->addRow(tr("First name"), first_);
    form->addRow(tr("Last name"), last_);
    form->addRow(tr("Phone"), phone_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

protocol::ContactRequest ContactDialog::request() const
{
    return {first_->text().trimmed(), last_->text().trimmed(), phone_->text().trimmed()};
}

DealsSection::DealsSection(QWidget* parent)
    : QWidget(parent)
    , table_(new QTableWidget(0, 3, this))
    , add_(button(tr("Add deal"), this))
    , edit_(button(tr("Edit deal"), this))
    , contact_(button(tr("Edit contact"), this))
{
    setAccessibleName(tr("Deals"));
    table_->setAccessibleName(tr("Deals"));
    table_->setHorizontalHeaderLabels({tr("Deal"), tr("Stage"), tr("Amount")});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false);
    table_->setMaximumHeight(140);
    edit_->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(edit_);
    buttons->addWidget(contact_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addLayout(buttons);
    connect(add_, &QPushButton::clicked, this, &DealsSection::openAddDeal);
    connect(edit_, &QPushButton::clicked, this, &DealsSection::openEditDeal);
    connect(contact_, &QPushButton::clicked, this, &DealsSection::openEditContact);
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            [this] { edit_->setEnabled(!table_->selectionModel()->selectedRows().isEmpty()); });
    connect(table_, &QTableWidget::cellActivated, this, [this] { openEditDeal(); });
}

void DealsSection::setPipelines(const QList<protocol::Pipeline>& pipelines)
{
    pipelines_ = pipelines;
    add_->setEnabled(!pipelines_.isEmpty());
    setDeals(deals_);
}

QString DealsSection::stageName(qint64 pipelineId, qint64 stageId) const
{
    for (const protocol::Pipeline& p : pipelines_) {
        if (p.id != pipelineId)
            continue;
        for (const protocol::Stage& s : p.stages) {
            if (s.id == stageId)
                return tr("%1 · %2").arg(p.name, s.name);
        }
    }
    return tr("Stage #%1").arg(stageId);
}

void DealsSection::setDeals(const QList<protocol::Deal>& deals)
{
    deals_ = deals;
    table_->setRowCount(0);
    for (const protocol::Deal& d : deals_) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* name = new QTableWidgetItem(d.name);
        name->setData(Qt::UserRole, d.id);
        table_->setItem(row, 0, name);
        table_->setItem(row, 1, new QTableWidgetItem(stageName(d.pipelineId, d.stageId)));
        table_->setItem(row, 2,
                        new QTableWidgetItem(QLocale().toCurrencyString(
                            static_cast<double>(d.amountMinor) / 100.0, d.currency)));
    }
    edit_->setEnabled(false);
}

void DealsSection::setContact(const QString& first, const QString& last, const QString& phone)
{
    first_ = first;
    last_ = last;
    phone_ = phone;
}

DealDialog* DealsSection::openAddDeal()
{
    auto* dialog = new DealDialog(pipelines_, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto r = dialog->request())
            Q_EMIT dealAddRequested(*r);
    });
    dialog->open();
    return dialog;
}

DealDialog* DealsSection::openEditDeal()
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const protocol::Deal deal = deals_.value(rows.first().row());
    auto* dialog = new DealDialog(pipelines_, &deal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, deal] {
        const auto r = dialog->request();
        if (!r)
            return;
        protocol::DealPatch patch;
        if (r->stageId != deal.stageId)
            patch.stageId = r->stageId;
        if (r->name != deal.name)
            patch.name = r->name;
        if (r->amountMinor != deal.amountMinor)
            patch.amountMinor = r->amountMinor;
        if (r->currency != deal.currency)
            patch.currency = r->currency;
        if (patch != protocol::DealPatch{})
            Q_EMIT dealEditRequested(deal.id, patch);
    });
    dialog->open();
    return dialog;
}

ContactDialog* DealsSection::openEditContact()
{
    auto* dialog = new ContactDialog(first_, last_, phone_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT contactEditRequested(dialog->request()); });
    dialog->open();
    return dialog;
}

// ---- SubscriberCardWidget ----

SubscriberCardWidget::SubscriberCardWidget(models::SubscriberCard* card, Clock clock,
                                           const AvatarProvider* avatars, QWidget* parent)
    : QWidget(parent)
    , card_(card)
    , clock_(std::move(clock))
    , empty_(new QLabel(tr("No subscriber"), this))
    , content_(new QWidget(this))
    , conflict_(new QLabel(content_))
    , profile_(new ProfileSection(avatars, clock_, content_))
    , tags_(new TagsSection(content_))
    , variables_(new VariablesSection(content_))
    , automation_(new AutomationSection(clock_, content_))
    , subscription_(new SubscriptionSection(content_))
    , channel_(new ChannelSection(clock_, content_))
    , deals_(new DealsSection(content_))
{
    setAccessibleName(tr("Subscriber card"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setAccessibleName(tr("No subscriber"));
    conflict_->setAccessibleName(tr("Bot status conflict"));
    conflict_->setWordWrap(true);
    conflict_->setAutoFillBackground(true);
    conflict_->setBackgroundRole(QPalette::ToolTipBase);
    conflict_->setForegroundRole(QPalette::ToolTipText);
    conflict_->hide();

    const auto group = [this](const QString& title, QWidget* section) {
        auto* box = new QGroupBox(title, content_);
        box->setAccessibleName(title);
        auto* l = new QVBoxLayout(box);
        l->addWidget(section);
        return box;
    };
    auto* layout = new QVBoxLayout(content_);
    layout->addWidget(conflict_);
    layout->addWidget(profile_);
    layout->addWidget(group(tr("Bot and automation"), automation_));
    layout->addWidget(group(tr("Messaging app"), channel_));
    layout->addWidget(group(tr("Tags"), tags_));
    layout->addWidget(group(tr("Variables"), variables_));
    layout->addWidget(group(tr("Deals"), deals_));
    layout->addWidget(group(tr("Subscription"), subscription_));
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Subscriber card"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content_);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(empty_);
    outer->addWidget(scroll, 1);

    const auto id = [this] { return card_->subscriberId(); };
    connect(tags_, &TagsSection::tagsChangeRequested, this,
            [this, id](const QStringList& t) { Q_EMIT tagsChangeRequested(id(), t); });
    connect(variables_, &VariablesSection::variableChangeRequested, this,
            [this, id](const QString& name, const QVariant& value) {
                Q_EMIT variableChangeRequested(id(), name, value);
            });
    connect(automation_, &AutomationSection::botStatusChangeRequested, this,
            [this, id](protocol::BotState state, const QDateTime& until) {
                Q_EMIT botStatusRequested(
                    id(), card_->proposedChange(state, until.isValid() ? std::optional(until)
                                                                       : std::nullopt));
            });
    connect(automation_, &AutomationSection::extendRequested, this,
            [this, id](int minutes) { Q_EMIT extendRequested(id(), minutes); });
    connect(automation_, &AutomationSection::continueRequested, this,
            [this, id] { Q_EMIT continueRequested(id()); });
    connect(automation_, &AutomationSection::stopFlowRequested, this,
            [this, id] { Q_EMIT stopFlowRequested(id()); });
    connect(automation_, &AutomationSection::flowSearchRequested, this,
            [this, id](const QString& text) { Q_EMIT flowSearchRequested(id(), text); });
    connect(automation_, &AutomationSection::startFlowRequested, this,
            [this, id](qint64 flow) { Q_EMIT startFlowRequested(id(), flow); });
    connect(subscription_, &SubscriptionSection::enabledChangeRequested, this,
            [this, id](bool enabled) { Q_EMIT enabledChangeRequested(id(), enabled); });
    connect(deals_, &DealsSection::dealAddRequested, this,
            [this, id](const protocol::DealRequest& r) { Q_EMIT dealAddRequested(id(), r); });
    connect(deals_, &DealsSection::dealEditRequested, this,
            &SubscriberCardWidget::dealEditRequested);
    connect(
        deals_, &DealsSection::contactEditRequested, this,
        [this, id](const protocol::ContactRequest& r) { Q_EMIT contactEditRequested(id(), r); });

    connect(card_, &models::SubscriberCard::subscriberChanged, this,
            &SubscriberCardWidget::updateAll);
    connect(card_, &models::SubscriberCard::tagsChanged, this,
            [this] { tags_->setTags(card_->tags()); });
    connect(card_, &models::SubscriberCard::variablesChanged, this,
            [this] { variables_->setVariables(card_->variables()); });
    connect(card_, &models::SubscriberCard::botStatusChanged, this,
            [this] { automation_->update(*card_); });
    connect(card_, &models::SubscriberCard::flowChanged, this,
            [this] { automation_->update(*card_); });
    connect(card_, &models::SubscriberCard::supportWindowChanged, this,
            [this] { channel_->update(*card_); });
    connect(card_, &models::SubscriberCard::conflictChanged, this,
            &SubscriberCardWidget::updateConflict);
    updateAll();
}

void SubscriberCardWidget::updateAll()
{
    const bool loaded = card_->loaded();
    empty_->setVisible(!loaded);
    content_->parentWidget()->parentWidget()->setVisible(loaded); // the scroll area
    if (!loaded)
        return;
    profile_->update(*card_);
    tags_->setTags(card_->tags());
    variables_->setVariables(card_->variables());
    automation_->update(*card_);
    subscription_->update(*card_);
    channel_->update(*card_);
    deals_->setContact(card_->firstName(), card_->lastName(), card_->phone());
    updateConflict();
}

void SubscriberCardWidget::updateConflict()
{
    conflict_->setText(card_->conflictText());
    conflict_->setVisible(card_->hasConflict());
}

QString SubscriberCardWidget::conflictText() const
{
    return conflict_->isHidden() ? QString() : conflict_->text();
}

void SubscriberCardWidget::refresh()
{
    if (!card_->loaded())
        return;
    automation_->botStatusButton()->refresh();
    channel_->update(*card_);
}

void SubscriberCardWidget::setPipelines(const QList<protocol::Pipeline>& pipelines)
{
    deals_->setPipelines(pipelines);
}

void SubscriberCardWidget::setDeals(const QList<protocol::Deal>& deals)
{
    deals_->setDeals(deals);
}

void SubscriberCardWidget::setFlowResults(const QList<protocol::Flow>& flows)
{
    automation_->setFlowResults(flows);
}

} // namespace baton::ui
