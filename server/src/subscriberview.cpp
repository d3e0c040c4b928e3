#include "flowstore.h"
#include "rowreaders.h"
#include "sqlquery.h"
#include "subscriberview.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {} // namespace

void readTagsAndVariables(const Database& db, Subscriber& s)
{
    // Tags (kind 0) and variables (kind 1) in one read. Variables are put in
    // order by name here (names are unique): no collation of either dialect
    // decides it, and sorting the Variable values themselves tripped GCC 12's
    // -Wmaybe-uninitialized at -O2 (std::swap of the value variant).
    s.tags.clear();
    QMap<QString, Variable> variables;
    Query extra(db, u"SELECT 0, t.name, NULL, NULL, NULL, NULL, NULL FROM subscriber_tags st "
                    "JOIN tags t ON t.id = st.tag_id WHERE st.subscriber_id = ? UNION ALL "
                    "SELECT 1, name, type, value_text, value_number, value_date, value_boolean "
                    "FROM subscriber_variables WHERE subscriber_id = ?"_s);
    extra.bind(s.id).bind(s.id).exec();
    while (extra.next()) {
        if (extra.integer(0) == 0) {
            s.tags.append(extra.text(1));
            continue;
        }
        const QString name = extra.text(1);
        // email and phone are the top-level keys, never listed as variables.
        if (name == u"email"_s || name == u"phone"_s)
            continue;
        Variable v;
        v.name = name;
        switch (enumAt(extra, 2, VariableType::Text)) {
        case VariableType::Text:
            v.value = extra.text(3);
            break;
        case VariableType::Number:
            v.value = extra.number(4);
            break;
        case VariableType::Date:
            v.value = QDate::fromString(extra.text(5), Qt::ISODate);
            break;
        case VariableType::Boolean:
            v.value = extra.boolean(6);
            break;
        }
        variables.insert(v.name, v);
    }
    s.variables = variables.values();
    std::sort(s.tags.begin(), s.tags.end(), [](const QString& a, const QString& b) {
        const QString fa = a.toCaseFolded();
        const QString fb = b.toCaseFolded();
        return fa != fb ? fa < fb : a < b;
    });
}

std::optional<Subscriber> loadSubscriber(const Database& db, const FlowStore& flows,
                                         qint64 workspaceId, qint64 subscriberId)
{
    Query q(db, u"SELECT s.id, s.bot_id, b.channel, s.first_name, s.last_name, s.username, "
                "s.avatar_url, s.email, s.phone, s.status, s.subscribed_at, s.last_activity_at, "
                "s.last_inbound_at, s.ad_campaign_name, s.ad_campaign_url, s.ig_follows_business, "
                "s.ig_followed_by_business, s.group_member_count, s.group_share_link, "
                "s.group_invite_link, s.bot_state, s.bot_until, s.bot_reason, s.bot_actor_type, "
                "s.bot_actor_agent_id, s.bot_changed_at, s.bot_version, f.id, f.name, "
                "r.next_position FROM subscribers s JOIN bots b ON b.id = s.bot_id "
                "LEFT JOIN subscriber_flow_runs r ON r.subscriber_id = s.id "
                "LEFT JOIN flows f ON f.id = r.flow_id "
                "WHERE s.workspace_id = ? AND s.id = ?"_s);
    q.bind(workspaceId).bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    Subscriber s;
    s.id = q.integer(0);
    s.botId = q.integer(1);
    s.channel = enumAt(q, 2, Channel::Telegram);
    s.firstName = q.text(3);
    s.lastName = q.text(4);
    s.username = q.text(5);
    s.avatarUrl = q.text(6);
    s.email = q.text(7);
    s.phone = q.text(8);
    s.status = enumAt(q, 9, SubscriptionStatus::Active);
    s.subscribedAt = q.time(10);
    s.lastActivityAt = q.time(11);
    s.lastInboundAt = q.optTime(12);
    if (!q.isNull(13))
        s.adCampaign = AdCampaign{q.text(13), q.text(14)};
    if (!q.isNull(15))
        s.instagram = InstagramFollow{q.boolean(15), q.boolean(16)};
    if (!q.isNull(17))
        s.group = GroupInfo{q.integer(17), q.text(18), q.text(19)};
    s.botStatus = botStatusAt(q, 20);
    // The running flow (a run whose flow is gone is none, as in FlowStore).
    if (!q.isNull(27))
        s.flow = flows.activeFlow(q.integer(27), q.text(28), q.integer(29));

    readTagsAndVariables(db, s);
    return s;
}

} // namespace baton::server
