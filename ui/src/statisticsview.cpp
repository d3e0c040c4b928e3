#include <ui/statisticsview.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

StatisticsView::StatisticsView(QWidget* parent)
    : QWidget(parent)
    , period_(new QComboBox(this))
    , status_(new QLabel(this))
    , table_(new QTableWidget(this))
{
    setAccessibleName(tr("Statistics"));
    period_->setAccessibleName(tr("Period"));
    period_->addItem(tr("All time"), QVariant::fromValue(Period::AllTime));
    period_->addItem(tr("Today"), QVariant::fromValue(Period::Today));
    period_->addItem(tr("Last 7 days"), QVariant::fromValue(Period::Last7Days));
    period_->addItem(tr("Last 30 days"), QVariant::fromValue(Period::Last30Days));
    status_->setAccessibleName(tr("Statistics status"));
    status_->setWordWrap(true);

    table_->setAccessibleName(tr("Figures"));
    table_->setColumnCount(4);
    table_->setHorizontalHeaderLabels(
        {tr("Bot"), tr("Messages sent"), tr("Messages received"), tr("Active subscribers")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setTabKeyNavigation(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), period_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);

    connect(period_, &QComboBox::activated, this, [this] {
        const auto [from, to] =
            range(period_->currentData().value<Period>(), QDateTime::currentDateTime());
        setLoading();
        Q_EMIT periodRequested(from, to);
    });
    fill();
}

QPair<QDateTime, QDateTime> StatisticsView::range(Period period, const QDateTime& now)
{
    const QDateTime midnight(now.date(), QTime(0, 0), now.timeZone());
    switch (period) {
    case Period::AllTime:
        return {};
    case Period::Today:
        return {midnight, now};
    case Period::Last7Days:
        return {midnight.addDays(-6), now};
    case Period::Last30Days:
        return {midnight.addDays(-29), now};
    }
    return {};
}

void StatisticsView::setBotNames(const QHash<qint64, QString>& names)
{
    names_ = names;
    fill();
}

void StatisticsView::setStats(const protocol::Stats& stats, const QDateTime& from,
                              const QDateTime& to)
{
    stats_ = stats;
    const QLocale locale;
    if (!from.isValid() && !to.isValid())
        status_->setText(tr("Figures for all time"));
    else
        status_->setText(tr("Figures from %1 to %2")
                             .arg(locale.toString(from, QLocale::ShortFormat),
                                  locale.toString(to, QLocale::ShortFormat)));
    table_->setEnabled(true);
    fill();
}

void StatisticsView::setLoading()
{
    status_->setText(tr("Loading the figures…"));
    table_->setEnabled(false);
}

void StatisticsView::setError(const QString& message)
{
    status_->setText(tr("The figures could not be loaded: %1").arg(message));
    table_->setEnabled(true);
}

void StatisticsView::fill()
{
    const QLocale locale;
    table_->setRowCount(static_cast<int>(stats_.bots.size()) + 1);
    const auto setRow = [&](int row, const QString& name, const protocol::StatsFigures& f) {
        const QStringList texts{name, locale.toString(f.messagesSent),
                                locale.toString(f.messagesReceived),
                                locale.toString(f.subscribers)};
        for (int col = 0; col < texts.size(); ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table_->setItem(row, col, item);
        }
    };
    setRow(0, tr("All bots"), stats_.total);
    for (int i = 0; i < stats_.bots.size(); ++i) {
        const protocol::BotStats& b = stats_.bots[i];
        const QString name = names_.value(b.botId, tr("Bot %1").arg(b.botId));
        setRow(i + 1, name, b.figures);
    }
}

QString StatisticsView::cell(int row, int column) const
{
    const QTableWidgetItem* item = table_->item(row, column);
    return item ? item->text() : QString();
}

} // namespace baton::ui
