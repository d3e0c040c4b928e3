#include <models/agentdirectory.h>
#include <models/botstatustext.h>
#include <models/subscribercard.h>
#include <protocol/supportwindow.h>

#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

const protocol::Subscriber& emptySubscriber()
{
    static const protocol::Subscriber empty;
    return empty;
}

bool sameContact(const protocol::Subscriber& a, const protocol::Subscriber& b)
{
    return a.id == b.id && a.botId == b.botId && a.channel == b.channel &&
           a.firstName == b.firstName && a.lastName == b.lastName && a.username == b.username &&
           a.avatarUrl == b.avatarUrl && a.email == b.email && a.phone == b.phone &&
           a.status == b.status && a.subscribedAt == b.subscribedAt &&
           a.lastActivityAt == b.lastActivityAt && a.adCampaign == b.adCampaign &&
           a.instagram == b.instagram && a.group == b.group;
}

QVariant variableValue(const protocol::VariableValue& v)
{
    return std::visit([](const auto& x) { return QVariant::fromValue(x); }, v);
}

} // namespace

SubscriberCard::SubscriberCard(const AgentDirectory* agents, QObject* parent)
    : QObject(parent)
    , agents_(agents)
    , zone_(QTimeZone::systemTimeZone())
{
    if (agents) {
        connect(agents, &AgentDirectory::agentsChanged, this, [this] {
            Q_EMIT botStatusChanged();
            if (conflict_)
                Q_EMIT conflictChanged();
        });
    }
}

const protocol::Subscriber& SubscriberCard::s() const
{
    return subscriber_ ? *subscriber_ : emptySubscriber();
}

void SubscriberCard::setTimeZone(const QTimeZone& zone)
{
    if (zone == zone_)
        return;
    zone_ = zone;
    Q_EMIT botStatusChanged();
    if (conflict_)
        Q_EMIT conflictChanged();
}

void SubscriberCard::replace(std::optional<protocol::Subscriber> next)
{
    const protocol::Subscriber before = s();
    const bool wasLoaded = loaded();
    subscriber_ = std::move(next);
    const protocol::Subscriber& after = s();
    const bool loadedChanged = wasLoaded != loaded();

    if (loadedChanged || !sameContact(before, after))
        Q_EMIT subscriberChanged();
    if (loadedChanged || before.tags != after.tags)
        Q_EMIT tagsChanged();
    if (loadedChanged || before.variables != after.variables)
        Q_EMIT variablesChanged();
    if (loadedChanged || before.botStatus != after.botStatus)
        Q_EMIT botStatusChanged();
    if (loadedChanged || before.lastInboundAt != after.lastInboundAt ||
        before.channel != after.channel) {
        Q_EMIT supportWindowChanged();
    }
    if (loadedChanged || before.flow != after.flow)
        Q_EMIT flowChanged();
}

void SubscriberCard::setSubscriber(const protocol::Subscriber& subscriber)
{
    protocol::Subscriber next = subscriber;
    if (subscriber_ && subscriber_->id == subscriber.id) {
        if (subscriber_->botStatus.version > next.botStatus.version)
            next.botStatus = subscriber_->botStatus;
    } else {
        clearConflict();
    }
    replace(std::move(next));
}

void SubscriberCard::clear()
{
    clearConflict();
    replace(std::nullopt);
}

void SubscriberCard::applyEvent(const protocol::Event& event)
{
    if (!subscriber_)
        return;
    using protocol::EventType;
    switch (event.type) {
    case EventType::SubscriberUpdated:
        if (const auto* sub = std::get_if<protocol::Subscriber>(&event.payload)) {
            if (sub->id == subscriber_->id)
                setSubscriber(*sub);
        }
        return;
    case EventType::BotStatusChanged:
        if (const auto* b = std::get_if<protocol::BotStatusChanged>(&event.payload)) {
            if (b->subscriberId == subscriber_->id &&
                b->botStatus.version > subscriber_->botStatus.version) {
                protocol::Subscriber next = *subscriber_;
                next.botStatus = b->botStatus;
                replace(std::move(next));
            }
        }
        return;
    case EventType::ChatCreated:
    case EventType::ChatUpdated:
        // The chat mirrors the subscriber's last inbound time (the support
        // window) and bot status; an inbound message changes only the chat.
        if (const auto* c = std::get_if<protocol::Chat>(&event.payload)) {
            if (c->subscriberId != subscriber_->id)
                return;
            protocol::Subscriber next = *subscriber_;
            if (c->lastInboundAt &&
                (!next.lastInboundAt || *next.lastInboundAt < *c->lastInboundAt))
                next.lastInboundAt = c->lastInboundAt;
            if (c->botStatus.version > next.botStatus.version)
                next.botStatus = c->botStatus;
            if (next != *subscriber_)
                replace(std::move(next));
        }
        return;
    default:
        return;
    }
}

void SubscriberCard::applyEvents(const QList<protocol::Event>& events)
{
    for (const auto& e : events)
        applyEvent(e);
}

QString SubscriberCard::adCampaignName() const
{
    return s().adCampaign ? s().adCampaign->name : QString();
}

QString SubscriberCard::adCampaignUrl() const
{
    return s().adCampaign ? s().adCampaign->url : QString();
}

QVariantList SubscriberCard::variables() const
{
    QVariantList out;
    for (const auto& v : s().variables) {
        out.append(QVariantMap{{u"name"_s, v.name},
                               {u"type"_s, static_cast<int>(v.type())},
                               {u"value"_s, variableValue(v.value)}});
    }
    return out;
}

QVariant SubscriberCard::botActorAgentId() const
{
    const auto& id = s().botStatus.actor.agentId;
    return id ? QVariant(*id) : QVariant();
}

QString SubscriberCard::botStatusText() const
{
    return loaded() ? BotStatusText::summary(s().botStatus, zone_) : QString();
}

bool SubscriberCard::hasSupportWindow() const
{
    return loaded() && protocol::supportWindow(s().channel).has_value();
}

QDateTime SubscriberCard::supportWindowEnd() const
{
    if (!loaded())
        return {};
    return protocol::supportWindowEnd(s().channel, s().lastInboundAt).value_or(QDateTime());
}

std::optional<std::chrono::milliseconds> SubscriberCard::timeLeft(const QDateTime& now) const
{
    if (!hasSupportWindow())
        return std::nullopt;
    const qint64 left = now.msecsTo(supportWindowEnd());
    return std::chrono::milliseconds(left > 0 ? left : 0);
}

qint64 SubscriberCard::timeLeftMs(const QDateTime& now) const
{
    const auto left = timeLeft(now);
    return left ? left->count() : -1;
}

bool SubscriberCard::canSendFreeText(const QDateTime& now) const
{
    return loaded() && protocol::canSendFreeText(s().channel, s().lastInboundAt, now);
}

protocol::BotStatusRequest
SubscriberCard::proposedChange(protocol::BotState state,
                               const std::optional<QDateTime>& until) const
{
    protocol::BotStatusRequest request;
    request.state = state;
    request.until = state == protocol::BotState::Active ? std::nullopt : until;
    request.baseVersion = s().botStatus.version;
    return request;
}

void SubscriberCard::conflict(const protocol::BotStatus& current)
{
    if (!subscriber_)
        return;
    const bool changed = conflict_ != current;
    conflict_ = current;
    if (current.version > subscriber_->botStatus.version) {
        protocol::Subscriber next = *subscriber_;
        next.botStatus = current;
        replace(std::move(next));
    }
    if (changed)
        Q_EMIT conflictChanged();
}

void SubscriberCard::clearConflict()
{
    if (!conflict_)
        return;
    conflict_.reset();
    Q_EMIT conflictChanged();
}

QDateTime SubscriberCard::conflictUntil() const
{
    return conflict_ && conflict_->until ? *conflict_->until : QDateTime();
}

QString SubscriberCard::conflictText() const
{
    if (!conflict_)
        return {};
    return tr("Someone else changed the bot status first: %1")
        .arg(BotStatusText::line(*conflict_, agents_.data(), zone_));
}

} // namespace baton::models
