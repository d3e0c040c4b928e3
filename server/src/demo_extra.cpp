#include "database.h"
#include "demo_extra.h"
#include "flowstore.h"
#include "sqlquery.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

constexpr std::array kTags{u"vip",       u"refund", u"wholesale", u"newsletter",
                           u"Returning", u"b2b",    u"complaint", u"winter-sale"};
constexpr std::array kNotes{
    u"Prefers to be contacted in the evening.",
    u"Asked twice about the same parcel — keep an eye on it.",
    u"Long-time customer, offer free shipping if anything goes wrong.",
    u"Wants invoices sent to the company address.",
    u"Was promised a callback on Monday 📞",
};
constexpr std::array kDeals{u"Winter jacket, size M", u"Running shoes",       u"Office chairs ×12",
                            u"Gift card €50",         u"Yearly subscription", u"Backpack, blue"};

FlowStep text(const QString& t)
{
    return FlowStep{FlowStepType::Text, t, {}, 0};
}

FlowStep buttons(const QString& t, const QStringList& captions)
{
    return FlowStep{FlowStepType::Buttons, t, captions, 0};
}

FlowStep wait(qint64 seconds)
{
    return FlowStep{FlowStepType::Wait, {}, {}, seconds};
}

FlowStep openChat()
{
    return FlowStep{FlowStepType::OpenChat, {}, {}, 0};
}

void insertMessage(Database& db, qint64 workspaceId, qint64 chatId, Direction direction,
                   MessageSource source, MessageKind kind, std::optional<qint64> agentId,
                   const QString& text, DeliveryStatus delivery,
                   const std::optional<AdCampaign>& ad, const QString& storyUrl,
                   const QDateTime& at)
{
    Query(db, u"INSERT INTO messages (workspace_id, chat_id, direction, source, kind, agent_id, "
              "text, delivery, ad_campaign_name, ad_campaign_url, story_url, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(workspaceId)
        .bind(chatId)
        .bind(enumName(direction))
        .bind(enumName(source))
        .bind(enumName(kind))
        .bind(agentId)
        .bind(text)
        .bind(enumName(delivery))
        .bind(ad ? std::optional(ad->name) : std::nullopt)
        .bind(ad ? std::optional(ad->url) : std::nullopt)
        .bind(storyUrl)
        .bind(at)
        .exec();
}

qint64 createPipeline(Database& db, qint64 workspaceId, const QString& name,
                      const QStringList& stages, int position, QList<qint64>* stageIds)
{
    Query q(db, u"INSERT INTO pipelines (workspace_id, name, position) VALUES (?, ?, ?) "
                "RETURNING id"_s);
    q.bind(workspaceId).bind(name).bind(position);
    const qint64 id = scalar(q);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        Query s(db, u"INSERT INTO stages (pipeline_id, name, position) VALUES (?, ?, ?) "
                    "RETURNING id"_s);
        s.bind(id).bind(stages.at(i)).bind(static_cast<qint64>(i));
        stageIds->append(scalar(s));
    }
    return id;
}

// Each bot gets the same catalogue, so every channel shows the engine at work.
qint64 seedFlows(Database& db, qint64 workspaceId, const Bot& bot, qint64 salesPipeline,
                 qint64 wonStage, const QDateTime& now)
{
    FlowStore flows(db);
    const auto add = [&](const QString& name, const QStringList& triggers,
                         const QList<FlowStep>& steps,
                         const std::optional<FlowPurchase>& purchase = std::nullopt) {
        return flows.create(workspaceId, Flow{0, bot.id, name, triggers, steps}, now, purchase);
    };
    // Specific triggers first: flows are tried by id, and "order" is in "Latest order".
    add(u"Latest order"_s, {u"latest order"_s},
        {text(u"Your latest order left our warehouse yesterday and arrives tomorrow 🚚"_s)});
    add(u"Another order"_s, {u"another order"_s},
        {text(u"Please type the order number (it starts with A-)."_s), openChat()});
    const qint64 orderStatus =
        add(u"Order status"_s, {u"order"_s, u"tracking"_s, u"parcel"_s},
            {text(u"Let me look up your order…"_s),
             buttons(u"Which order do you mean?"_s, {u"Latest order"_s, u"Another order"_s}),
             wait(600), text(u"Anything else I can help you with?"_s), openChat()});
    add(u"Opening hours"_s, {u"hours"_s, u"opening"_s},
        {text(u"We're open Mon–Fri 9:00–18:00 and Sat 10:00–14:00."_s)});
    add(u"Refund request"_s, {u"refund"_s, u"money back"_s},
        {text(u"Sorry to hear that! A colleague will take care of your refund."_s), openChat()});
    add(u"Buy gift card"_s, {u"buy gift card"_s},
        {text(u"Done! Your €25 gift card is on its way 🎁"_s)},
        FlowPurchase{salesPipeline, wonStage, u"Gift card €25"_s, 2500, u"EUR"_s});
    add(u"Gift card"_s, {u"gift"_s, u"giftcard"_s},
        {buttons(u"Would you like a €25 gift card?"_s, {u"Buy gift card"_s, u"No thanks"_s})});
    add(u"Feedback"_s, {u"feedback"_s, u"review"_s},
        {text(u"Thanks for helping us improve!"_s), wait(3),
         buttons(u"How would you rate us?"_s, {u"Great"_s, u"Okay"_s, u"Bad"_s})});
    add(u"Talk to a human"_s, {u"human"_s, u"agent"_s, u"operator"_s},
        {text(u"Connecting you with a colleague…"_s), openChat()});
    return orderStatus;
}

} // namespace

void seedDemoHistory(Database& db, qint64 workspaceId, const QList<qint64>& agents, int n,
                     qint64 chatId, Channel channel, const std::optional<AdCampaign>& ad,
                     const QDateTime& before)
{
    const bool receipts = channel == Channel::Instagram || channel == Channel::WhatsApp ||
                          channel == Channel::Messenger;
    const DeliveryStatus read = receipts ? DeliveryStatus::Read : DeliveryStatus::None;
    const qint64 agent = agents.value(n % std::max<qsizetype>(agents.size(), 1));
    // Two days back and more, so old bot messages do not count towards the limit.
    QDateTime at = before.addDays(-2).addSecs(qint64{-600} * (n % 7));
    const auto step = [&at]() {
        at = at.addSecs(47);
        return at;
    };
    const auto in = [&](MessageKind kind, const QString& t, const std::optional<AdCampaign>& a,
                        const QString& story) {
        insertMessage(db, workspaceId, chatId, Direction::In, MessageSource::Subscriber, kind,
                      std::nullopt, t, DeliveryStatus::None, a, story, step());
    };
    const auto out = [&](MessageSource source, const QString& t) {
        insertMessage(db, workspaceId, chatId, Direction::Out, source, MessageKind::Text,
                      source == MessageSource::Agent ? std::optional(agent) : std::nullopt, t, read,
                      std::nullopt, QString(), step());
    };
    if (ad)
        in(MessageKind::AdClick, n % 2 == 0 ? QString() : u"I saw your ad, is it still on?"_s, ad,
           QString());
    if (channel == Channel::Instagram && (n / 6) % 2 == 0)
        in(MessageKind::StoryMention, QString(), std::nullopt,
           u"https://instagram.test/stories/acme/%1"_s.arg(3000 + n));
    in(MessageKind::Text, u"Hi! Where is my order?"_s, std::nullopt, QString());
    out(MessageSource::Bot, u"Let me look up your order…"_s);
    out(MessageSource::Bot, u"Which order do you mean?\n[Latest order] [Another order]"_s);
    in(MessageKind::Button, u"Latest order"_s, std::nullopt, QString());
    out(MessageSource::Bot,
        u"Your latest order left our warehouse yesterday and arrives tomorrow 🚚"_s);
    if (n % 3 == 1)
        out(MessageSource::ThirdPartyApp, u"Hi, this is Acme from our shop app: your invoice is "
                                          "attached to the order page."_s);
    if (n % 4 != 2) {
        in(MessageKind::Text, u"Thanks! Can someone check the size too?"_s, std::nullopt,
           QString());
        out(MessageSource::Agent, u"Sure — I've checked, it's a true-to-size M 👍"_s);
    }
}

void seedDemoWorkspaceExtras(Database& db, qint64 workspaceId, const QList<qint64>& agents,
                             const QList<Bot>& bots, const QDateTime& now)
{
    QList<qint64> salesStages;
    QList<qint64> wholesaleStages;
    const qint64 sales =
        createPipeline(db, workspaceId, u"Online sales"_s,
                       {u"New"_s, u"Qualified"_s, u"Won"_s, u"Lost"_s}, 0, &salesStages);
    const qint64 wholesale = createPipeline(
        db, workspaceId, u"Wholesale"_s,
        {u"Lead"_s, u"Proposal"_s, u"Negotiation"_s, u"Closed won"_s, u"Closed lost"_s}, 1,
        &wholesaleStages);
    QHash<qint64, qint64> orderFlowOfBot;
    for (const Bot& bot : bots)
        orderFlowOfBot.insert(bot.id,
                              seedFlows(db, workspaceId, bot, sales, salesStages.at(2), now));

    QHash<QString, qint64> tagIds;
    for (const auto* name : kTags) {
        Query q(db, u"INSERT INTO tags (workspace_id, name) VALUES (?, ?) RETURNING id"_s);
        q.bind(workspaceId).bind(QString::fromUtf16(name));
        tagIds.insert(QString::fromUtf16(name), scalar(q));
    }

    Query rows(db, u"SELECT s.id, c.id, s.bot_id FROM subscribers s JOIN chats c ON "
                   "c.subscriber_id = s.id WHERE s.workspace_id = ? ORDER BY s.id"_s);
    rows.bind(workspaceId).exec();
    struct Row {
        qint64 subscriber, chat, bot;
    };
    QList<Row> all;
    while (rows.next())
        all.append({rows.integer(0), rows.integer(1), rows.integer(2)});

    for (qsizetype i = 0; i < all.size(); ++i) {
        const int n = static_cast<int>(i);
        const Row& r = all.at(i);
        // Tags: up to three per subscriber; some have none.
        for (int t = 0; t < n % 4; ++t) {
            const QString name =
                QString::fromUtf16(kTags[static_cast<size_t>(n / 4 + 3 * t) % kTags.size()]);
            Query(db, u"INSERT INTO subscriber_tags (subscriber_id, tag_id) VALUES (?, ?)"_s)
                .bind(r.subscriber)
                .bind(tagIds.value(name))
                .exec();
        }
        // Typed variables.
        const auto variable = [&](const QString& name, VariableType type, const QVariant& text,
                                  const QVariant& number, const QVariant& date,
                                  const QVariant& boolean) {
            Query(db, u"INSERT INTO subscriber_variables (subscriber_id, name, type, value_text, "
                      "value_number, value_date, value_boolean, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
                .bind(r.subscriber)
                .bind(name)
                .bind(enumName(type))
                .bind(text)
                .bind(number)
                .bind(date)
                .bind(boolean)
                .bind(now)
                .exec();
        };
        const QVariant noText(QMetaType::fromType<QString>());
        const QVariant noNumber(QMetaType::fromType<double>());
        const QVariant noBool(QMetaType::fromType<bool>());
        variable(u"loyalty_points"_s, VariableType::Number, noText,
                 QVariant(double((n * 137) % 2000)), noText, noBool);
        variable(u"order_number"_s, VariableType::Text, QVariant(u"A-%1"_s.arg(10400 + n)),
                 noNumber, noText, noBool);
        if (n % 2 == 0)
            variable(u"newsletter"_s, VariableType::Boolean, noText, noNumber, noText,
                     QVariant(n % 4 == 0));
        if (n % 3 == 0)
            variable(u"next_delivery"_s, VariableType::Date, noText, noNumber,
                     QVariant(now.date().addDays(1 + n % 20).toString(Qt::ISODate)), noBool);
        // Notes.
        if (n % 5 == 0 && !agents.isEmpty()) {
            Query(db, u"INSERT INTO notes (workspace_id, chat_id, author_id, text, created_at) "
                      "VALUES (?, ?, ?, ?, ?)"_s)
                .bind(workspaceId)
                .bind(r.chat)
                .bind(agents.at(n % agents.size()))
                .bind(QString::fromUtf16(kNotes[static_cast<size_t>(n) % kNotes.size()]))
                .bind(now.addSecs(qint64{-3600} * (1 + n % 48)))
                .exec();
        }
        // Deals.
        if (n % 6 == 0) {
            const bool isWholesale = n % 12 == 6;
            const QList<qint64>& stages = isWholesale ? wholesaleStages : salesStages;
            Query(db, u"INSERT INTO deals (workspace_id, subscriber_id, pipeline_id, stage_id, "
                      "name, amount_minor, currency, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
                .bind(workspaceId)
                .bind(r.subscriber)
                .bind(isWholesale ? wholesale : sales)
                .bind(stages.at(n % stages.size()))
                .bind(QString::fromUtf16(kDeals[static_cast<size_t>(n) % kDeals.size()]))
                .bind(static_cast<qint64>(isWholesale ? 189000 + 1000 * n : 2990 + 1000 * (n % 20)))
                .bind(n % 5 == 0 ? u"USD"_s : u"EUR"_s)
                .bind(now.addDays(-(n % 30)))
                .bind(now.addDays(-(n % 30)).addSecs(3600))
                .exec();
        }
        // A running flow waiting on its next step, so cards show queued messages.
        const bool leaving = n % 37 == 11 || n % 41 == 13;
        if (n % 10 == 3 && !leaving && orderFlowOfBot.contains(r.bot)) {
            Query(db, u"INSERT INTO subscriber_flow_runs (subscriber_id, flow_id, next_position, "
                      "resume_at, started_at) VALUES (?, ?, ?, ?, ?)"_s)
                .bind(r.subscriber)
                .bind(orderFlowOfBot.value(r.bot))
                .bind(3)
                .bind(now.addSecs(qint64{60} * (30 + n % 60)))
                .bind(now.addSecs(-120))
                .exec();
        }
        // A few who left and a few the agents switched off.
        if (leaving) {
            Query(db, u"UPDATE subscribers SET status = ? WHERE id = ?"_s)
                .bind(n % 37 == 11 ? u"unsubscribed"_s : u"disabled"_s)
                .bind(r.subscriber)
                .exec();
        }
    }
}

} // namespace baton::server
