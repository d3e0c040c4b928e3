#pragma once

#include <protocol/crm.h>
#include <protocol/flow.h>
#include <protocol/requests.h>
#include <ui/clock.h>

#include <QDialog>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QToolButton;

namespace baton::models {
class AgentDirectory;
class SubscriberCard;
} // namespace baton::models

namespace baton::ui {

class AvatarProvider;
class BotStatusButton;
class FlowLayout;

// Each section of the card is a small widget that reads the SubscriberCard
// model and emits what the agent asked for; SubscriberCardWidget stacks them
// and adds the subscriber id to every request.

// Avatar, name, username, email, phone, subscription, dates, ad campaign.
class ProfileSection : public QWidget {
    Q_OBJECT

public:
    ProfileSection(const AvatarProvider* avatars, Clock clock, QWidget* parent = nullptr);
    void update(const models::SubscriberCard& card);
    QString text() const; // everything shown, for tests

private:
    const AvatarProvider* avatars_;
    Clock clock_;
    QLabel* avatar_;
    QLabel* name_;
    QLabel* details_;
    QLabel* campaign_;
};

// Tags as chips with a remove button each, and a field to add one.
class TagsSection : public QWidget {
    Q_OBJECT

public:
    explicit TagsSection(QWidget* parent = nullptr);
    void setTags(const QStringList& tags);
    QStringList tags() const { return tags_; }
    QLineEdit* addField() const { return add_; }
    QList<QToolButton*> chips() const;

Q_SIGNALS:
    void tagsChangeRequested(const QStringList& tags);

private:
    QStringList tags_;
    QWidget* chipArea_;
    FlowLayout* flow_;
    QLineEdit* add_;
    QLabel* error_;
};

// Editors by variable type: QLineEdit, QDoubleSpinBox, QDateEdit; booleans
// are check boxes in the cell.
class VariableDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

// The typed variables in a two-column table, edited in place.
class VariablesSection : public QWidget {
    Q_OBJECT

public:
    // Item data role holding the protocol::VariableType of a value cell.
    static constexpr int TypeRole = Qt::UserRole + 1;

    explicit VariablesSection(QWidget* parent = nullptr);
    // {name, type, value} maps as SubscriberCard::variables() gives them.
    void setVariables(const QVariantList& variables);
    QTableView* table() const { return table_; }
    QStandardItemModel* model() const { return model_; }

Q_SIGNALS:
    // value: QString, double, QDate or bool, matching the variable's type.
    void variableChangeRequested(const QString& name, const QVariant& value);

private:
    QTableView* table_;
    QStandardItemModel* model_;
    bool loading_ = false;
};

// Bot status, "+60 min", "Continue autoflows", the running flow with its
// queued messages (stop), and starting a flow found by name.
class AutomationSection : public QWidget {
    Q_OBJECT

public:
    explicit AutomationSection(Clock clock, QWidget* parent = nullptr);
    void update(const models::SubscriberCard& card);
    void setFlowResults(const QList<protocol::Flow>& flows);
    BotStatusButton* botStatusButton() const { return bot_; }
    QPushButton* extendButton() const { return extend_; }
    QPushButton* continueButton() const { return continue_; }
    QPushButton* stopButton() const { return stop_; }
    QLineEdit* flowSearch() const { return search_; }
    QListWidget* flowResults() const { return results_; }
    QPushButton* startButton() const { return start_; }
    QString flowText() const;

Q_SIGNALS:
    void botStatusChangeRequested(baton::protocol::BotState state, const QDateTime& until);
    void extendRequested(int minutes);
    void continueRequested();
    void stopFlowRequested();
    void flowSearchRequested(const QString& text);
    void startFlowRequested(qint64 flowId);

private:
    BotStatusButton* bot_;
    QPushButton* extend_;
    QPushButton* continue_;
    QLabel* flow_;
    QListWidget* queued_;
    QPushButton* stop_;
    QLineEdit* search_;
    QListWidget* results_;
    QPushButton* start_;
};

// Subscription status with disable / enable.
class SubscriptionSection : public QWidget {
    Q_OBJECT

public:
    explicit SubscriptionSection(QWidget* parent = nullptr);
    void update(const models::SubscriberCard& card);
    QPushButton* toggleButton() const { return toggle_; }

Q_SIGNALS:
    void enabledChangeRequested(bool enabled);

private:
    QLabel* status_;
    QPushButton* toggle_;
    bool disabled_ = false;
};

// Support window left, Instagram follow status, Telegram group members and links.
class ChannelSection : public QWidget {
    Q_OBJECT

public:
    explicit ChannelSection(Clock clock, QWidget* parent = nullptr);
    void update(const models::SubscriberCard& card);
    QString text() const;

private:
    Clock clock_;
    QLabel* window_;
    QLabel* instagram_;
    QLabel* group_;
};

// Adds or edits a deal: pipeline, stage, name, amount, currency.
class DealDialog : public QDialog {
    Q_OBJECT

public:
    DealDialog(const QList<protocol::Pipeline>& pipelines, const protocol::Deal* deal,
               QWidget* parent = nullptr);
    QComboBox* pipeline() const { return pipeline_; }
    QComboBox* stage() const { return stage_; }
    QLineEdit* name() const { return name_; }
    QLineEdit* amount() const { return amount_; }
    QLineEdit* currency() const { return currency_; }
    // The values as a request; nullopt (with the reason shown) when invalid.
    std::optional<protocol::DealRequest> request();

    // "12.34" / "12,34" / "12" -> 1234 minor units; nullopt when not a number
    // with at most `decimals` decimals.
    static std::optional<qint64> parseAmount(const QString& text, int decimals = 2);

private:
    void fillStages();
    QList<protocol::Pipeline> pipelines_;
    QComboBox* pipeline_;
    QComboBox* stage_;
    QLineEdit* name_;
    QLineEdit* amount_;
    QLineEdit* currency_;
    QLabel* error_;
};

// Edits the contact's first name, last name and phone.
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    ContactDialog(const QString& first, const QString& last, const QString& phone,
                  QWidget* parent = nullptr);
    QLineEdit* firstName() const { return first_; }
    QLineEdit* lastName() const { return last_; }
    QLineEdit* phone() const { return phone_; }
    protocol::ContactRequest request() const;

private:
    QLineEdit* first_;
    QLineEdit* last_;
    QLineEdit* phone_;
};

// The subscriber's deals, and the buttons to add / edit deals and the contact.
class DealsSection : public QWidget {
    Q_OBJECT

public:
    explicit DealsSection(QWidget* parent = nullptr);
    void setPipelines(const QList<protocol::Pipeline>& pipelines);
    void setDeals(const QList<protocol::Deal>& deals);
    void setContact(const QString& first, const QString& last, const QString& phone);
    QTableWidget* table() const { return table_; }

    // Open the dialogs (non-blocking) and return them.
    DealDialog* openAddDeal();
    DealDialog* openEditDeal(); // the selected deal; null without one
    ContactDialog* openEditContact();

Q_SIGNALS:
    void dealAddRequested(const baton::protocol::DealRequest& request);
    void dealEditRequested(qint64 dealId, const baton::protocol::DealPatch& patch);
    void contactEditRequested(const baton::protocol::ContactRequest& request);

private:
    QString stageName(qint64 pipelineId, qint64 stageId) const;

    QList<protocol::Pipeline> pipelines_;
    QList<protocol::Deal> deals_;
    QString first_, last_, phone_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* contact_;
};

// The right pane: the subscriber of the open chat, section by section, with
// a banner when a bot-status change lost to another agent's.
class SubscriberCardWidget : public QWidget {
    Q_OBJECT

public:
    SubscriberCardWidget(models::SubscriberCard* card, Clock clock,
                         const AvatarProvider* avatars = nullptr, QWidget* parent = nullptr);

    models::SubscriberCard* card() const { return card_; }
    void setPipelines(const QList<protocol::Pipeline>& pipelines);
    void setDeals(const QList<protocol::Deal>& deals);
    void setFlowResults(const QList<protocol::Flow>& flows);

    ProfileSection* profile() const { return profile_; }
    TagsSection* tags() const { return tags_; }
    VariablesSection* variables() const { return variables_; }
    AutomationSection* automation() const { return automation_; }
    SubscriptionSection* subscription() const { return subscription_; }
    ChannelSection* channel() const { return channel_; }
    DealsSection* deals() const { return deals_; }
    QString conflictText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void tagsChangeRequested(qint64 subscriberId, const QStringList& tags);
    void variableChangeRequested(qint64 subscriberId, const QString& name, const QVariant& value);
    void botStatusRequested(qint64 subscriberId, const baton::protocol::BotStatusRequest& request);
    void extendRequested(qint64 subscriberId, int minutes);
    void continueRequested(qint64 subscriberId);
    void stopFlowRequested(qint64 subscriberId);
    void flowSearchRequested(qint64 subscriberId, const QString& text);
    void startFlowRequested(qint64 subscriberId, qint64 flowId);
    void enabledChangeRequested(qint64 subscriberId, bool enabled);
    void dealAddRequested(qint64 subscriberId, const baton::protocol::DealRequest& request);
    void dealEditRequested(qint64 dealId, const baton::protocol::DealPatch& patch);
    void contactEditRequested(qint64 subscriberId, const baton::protocol::ContactRequest& request);

private:
    void updateAll();
    void updateConflict();

    models::SubscriberCard* card_;
    Clock clock_;
    QLabel* empty_;
    QWidget* content_;
    QLabel* conflict_;
    ProfileSection* profile_;
    TagsSection* tags_;
    VariablesSection* variables_;
    AutomationSection* automation_;
    SubscriptionSection* subscription_;
    ChannelSection* channel_;
    DealsSection* deals_;
};

} // namespace baton::ui
