#pragma once

#include <protocol/event.h>
#include <protocol/requests.h>
#include <protocol/subscriber.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QVariant>

#include <chrono>
#include <optional>

namespace baton::models {

class AgentDirectory;

// The open chat's subscriber as the card shows it: contact fields, bot status,
// support-window end, tags, variables and the running flow. Follows
// subscriber.updated, bot_status.changed and (for the support window and bot
// status) chat.updated events of its own subscriber only. A bot status never
// goes back to an older version.
class SubscriberCard : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY subscriberChanged)
    Q_PROPERTY(qint64 subscriberId READ subscriberId NOTIFY subscriberChanged)
    Q_PROPERTY(qint64 botId READ botId NOTIFY subscriberChanged)
    Q_PROPERTY(int channel READ channel NOTIFY subscriberChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY subscriberChanged)
    Q_PROPERTY(QString firstName READ firstName NOTIFY subscriberChanged)
    Q_PROPERTY(QString lastName READ lastName NOTIFY subscriberChanged)
    Q_PROPERTY(QString username READ username NOTIFY subscriberChanged)
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY subscriberChanged)
    Q_PROPERTY(QString email READ email NOTIFY subscriberChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY subscriberChanged)
    Q_PROPERTY(int status READ status NOTIFY subscriberChanged)
    Q_PROPERTY(QDateTime subscribedAt READ subscribedAt NOTIFY subscriberChanged)
    Q_PROPERTY(QDateTime lastActivityAt READ lastActivityAt NOTIFY subscriberChanged)
    Q_PROPERTY(QString adCampaignName READ adCampaignName NOTIFY subscriberChanged)
    Q_PROPERTY(QString adCampaignUrl READ adCampaignUrl NOTIFY subscriberChanged)
    Q_PROPERTY(bool isInstagram READ isInstagram NOTIFY subscriberChanged)
    Q_PROPERTY(bool followsBusiness READ followsBusiness NOTIFY subscriberChanged)
    Q_PROPERTY(bool followedByBusiness READ followedByBusiness NOTIFY subscriberChanged)
    Q_PROPERTY(bool isGroup READ isGroup NOTIFY subscriberChanged)
    Q_PROPERTY(qint64 groupMemberCount READ groupMemberCount NOTIFY subscriberChanged)
    Q_PROPERTY(QString groupShareLink READ groupShareLink NOTIFY subscriberChanged)
    Q_PROPERTY(QString groupInviteLink READ groupInviteLink NOTIFY subscriberChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(QVariantList variables READ variables NOTIFY variablesChanged)
    Q_PROPERTY(int botState READ botState NOTIFY botStatusChanged)
    Q_PROPERTY(QDateTime botUntil READ botUntil NOTIFY botStatusChanged)
    Q_PROPERTY(qint64 botVersion READ botVersion NOTIFY botStatusChanged)
    Q_PROPERTY(int botReason READ botReason NOTIFY botStatusChanged)
    Q_PROPERTY(int botActorType READ botActorType NOTIFY botStatusChanged)
    Q_PROPERTY(QVariant botActorAgentId READ botActorAgentId NOTIFY botStatusChanged)
    Q_PROPERTY(QDateTime botChangedAt READ botChangedAt NOTIFY botStatusChanged)
    Q_PROPERTY(QString botStatusText READ botStatusText NOTIFY botStatusChanged)
    Q_PROPERTY(QDateTime lastInboundAt READ lastInboundAt NOTIFY supportWindowChanged)
    Q_PROPERTY(bool hasSupportWindow READ hasSupportWindow NOTIFY supportWindowChanged)
    Q_PROPERTY(QDateTime supportWindowEnd READ supportWindowEnd NOTIFY supportWindowChanged)
    Q_PROPERTY(bool hasFlow READ hasFlow NOTIFY flowChanged)
    Q_PROPERTY(qint64 flowId READ flowId NOTIFY flowChanged)
    Q_PROPERTY(QString flowName READ flowName NOTIFY flowChanged)
    Q_PROPERTY(QStringList flowQueued READ flowQueued NOTIFY flowChanged)
    Q_PROPERTY(bool hasConflict READ hasConflict NOTIFY conflictChanged)
    Q_PROPERTY(int conflictState READ conflictState NOTIFY conflictChanged)
    Q_PROPERTY(QDateTime conflictUntil READ conflictUntil NOTIFY conflictChanged)
    Q_PROPERTY(qint64 conflictVersion READ conflictVersion NOTIFY conflictChanged)
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY conflictChanged)

public:
    explicit SubscriberCard(const AgentDirectory* agents = nullptr, QObject* parent = nullptr);

    // Shows `subscriber` (from GET /subscribers/ID or the cache). For the
    // subscriber already shown, an older bot status than the one held is kept.
    void setSubscriber(const protocol::Subscriber& subscriber);
    void clear();
    const std::optional<protocol::Subscriber>& subscriber() const { return subscriber_; }
    void setTimeZone(const QTimeZone& zone);

    void applyEvent(const protocol::Event& event);
    void applyEvents(const QList<protocol::Event>& events);

    bool loaded() const { return subscriber_.has_value(); }
    qint64 subscriberId() const { return loaded() ? subscriber_->id : 0; }
    qint64 botId() const { return loaded() ? subscriber_->botId : 0; }
    int channel() const { return static_cast<int>(s().channel); }
    QString displayName() const { return loaded() ? subscriber_->displayName() : QString(); }
    QString firstName() const { return s().firstName; }
    QString lastName() const { return s().lastName; }
    QString username() const { return s().username; }
    QString avatarUrl() const { return s().avatarUrl; }
    QString email() const { return s().email; }
    QString phone() const { return s().phone; }
    int status() const { return static_cast<int>(s().status); }
    QDateTime subscribedAt() const { return s().subscribedAt; }
    QDateTime lastActivityAt() const { return s().lastActivityAt; }
    QString adCampaignName() const;
    QString adCampaignUrl() const;
    bool isInstagram() const { return s().instagram.has_value(); }
    bool followsBusiness() const { return s().instagram && s().instagram->followsBusiness; }
    bool followedByBusiness() const { return s().instagram && s().instagram->followedByBusiness; }
    bool isGroup() const { return s().group.has_value(); }
    qint64 groupMemberCount() const { return s().group ? s().group->memberCount : 0; }
    QString groupShareLink() const { return s().group ? s().group->shareLink : QString(); }
    QString groupInviteLink() const { return s().group ? s().group->inviteLink : QString(); }
    QStringList tags() const { return s().tags; }
    // {name, type (VariableType as int), value (QString, double, QDate or bool)}
    QVariantList variables() const;

    protocol::BotStatus botStatus() const { return s().botStatus; }
    int botState() const { return static_cast<int>(s().botStatus.state); }
    QDateTime botUntil() const { return s().botStatus.until.value_or(QDateTime()); }
    qint64 botVersion() const { return s().botStatus.version; }
    int botReason() const { return static_cast<int>(s().botStatus.reason); }
    int botActorType() const { return static_cast<int>(s().botStatus.actor.type); }
    QVariant botActorAgentId() const;
    QDateTime botChangedAt() const { return s().botStatus.changedAt; }
    QString botStatusText() const;

    QDateTime lastInboundAt() const { return s().lastInboundAt.value_or(QDateTime()); }
    bool hasSupportWindow() const;
    // Invalid when the channel has no window.
    QDateTime supportWindowEnd() const;
    // Time left to send free text: nullopt when the channel has no window,
    // zero when it is closed.
    std::optional<std::chrono::milliseconds> timeLeft(const QDateTime& now) const;
    // The same in milliseconds for QML and widgets: -1 without a window.
    Q_INVOKABLE qint64 timeLeftMs(const QDateTime& now) const;
    Q_INVOKABLE bool canSendFreeText(const QDateTime& now) const;

    bool hasFlow() const { return s().flow.has_value(); }
    qint64 flowId() const { return s().flow ? s().flow->flowId : 0; }
    QString flowName() const { return s().flow ? s().flow->name : QString(); }
    QStringList flowQueued() const { return s().flow ? s().flow->queued : QStringList(); }

    // A change of the bot status as PUT /subscribers/ID/bot-status sends it,
    // based on the version shown.
    protocol::BotStatusRequest proposedChange(protocol::BotState state,
                                              const std::optional<QDateTime>& until = {}) const;
    // The server answered 409 with its current status: kept for the UI (and
    // adopted as the shown status when newer) until clearConflict().
    void conflict(const protocol::BotStatus& current);
    void clearConflict();
    const std::optional<protocol::BotStatus>& conflictStatus() const { return conflict_; }
    bool hasConflict() const { return conflict_.has_value(); }
    int conflictState() const { return conflict_ ? static_cast<int>(conflict_->state) : -1; }
    QDateTime conflictUntil() const;
    qint64 conflictVersion() const { return conflict_ ? conflict_->version : 0; }
    // "Another agent changed the bot status: Bot snoozed until 10:00 by Ann".
    QString conflictText() const;

Q_SIGNALS:
    void subscriberChanged();
    void tagsChanged();
    void variablesChanged();
    void botStatusChanged();
    void supportWindowChanged();
    void flowChanged();
    void conflictChanged();

private:
    const protocol::Subscriber& s() const;
    // Replaces the shown subscriber and emits the signals of what changed.
    void replace(std::optional<protocol::Subscriber> next);

    QPointer<const AgentDirectory> agents_;
    QTimeZone zone_;
    std::optional<protocol::Subscriber> subscriber_;
    std::optional<protocol::BotStatus> conflict_;
};

} // namespace baton::models
