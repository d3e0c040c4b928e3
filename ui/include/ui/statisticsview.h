#pragma once

#include <protocol/stats.h>

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace baton::ui {

// The workspace's figures (protocol::Stats): one row for the total, one per
// bot, columns messages sent, messages received, active subscribers. The
// period box asks for other figures with periodRequested; the app fetches
// them and calls setStats with the period they cover.
class StatisticsView : public QWidget {
    Q_OBJECT

public:
    enum class Period { AllTime, Today, Last7Days, Last30Days };
    Q_ENUM(Period)

    explicit StatisticsView(QWidget* parent = nullptr);

    // Names shown for bot ids (else "Bot 3").
    void setBotNames(const QHash<qint64, QString>& names);
    // The figures and the period they cover (invalid times: all time).
    void setStats(const protocol::Stats& stats, const QDateTime& from = {},
                  const QDateTime& to = {});
    // While the figures are fetched; an error text replaces them.
    void setLoading();
    void setError(const QString& message);

    // The [from, to) range of a period ending at `now` (invalid: all time).
    static QPair<QDateTime, QDateTime> range(Period period, const QDateTime& now);

    QComboBox* periodBox() const { return period_; }
    QTableWidget* table() const { return table_; }
    QLabel* statusLabel() const { return status_; }
    // The text of a cell (row 0 is the total).
    QString cell(int row, int column) const;

Q_SIGNALS:
    // from/to invalid: all time.
    void periodRequested(const QDateTime& from, const QDateTime& to);

private:
    void fill();

    QComboBox* period_;
    QLabel* status_;
    QTableWidget* table_;
    QHash<qint64, QString> names_;
    protocol::Stats stats_;
};

} // namespace baton::ui
