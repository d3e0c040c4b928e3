#include "chatstore.h"
#include "crypto.h"
#include "database.h"
#include "demo.h"
#include "demo_extra.h"
#include "logging.h"
#include "messagestore.h"
#include "workspacestore.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

constexpr std::array kFirstNames{
    u"Olivia", u"Liam",  u"Sofía", u"Noah",    u"Amara",  u"Mateo",  u"Yuki",  u"Ethan",
    u"Chloé",  u"Lucas", u"Aisha", u"Jonas",   u"Priya",  u"Diego",  u"Mia",   u"Omar",
    u"Elena",  u"Kenji", u"Zoë",   u"Ibrahim", u"Hannah", u"Mikael", u"Fatma", u"Pavel",
    u"Grace",  u"Tomás", u"Leila", u"Anders",  u"Nadia",  u"Samuel", u"Ines",  u"Viktor",
};
constexpr std::array kLastNames{
    u"Johnson", u"García",   u"Müller",  u"Tanaka",  u"Okafor",    u"Rossi",  u"Novak",
    u"Silva",   u"Kowalski", u"Nguyen",  u"Dubois",  u"Andersen",  u"Haddad", u"Petrov",
    u"Kim",     u"O'Brien",  u"Fischer", u"Ahmed",   u"Lindqvist", u"Moreau", u"Costa",
    u"Yilmaz",  u"Sato",     u"Walker",  u"Ivanova", u"Mensah",    u"Larsen",
};
constexpr std::array kInbound{
    u"Hi, where is my order?",         u"Do you ship to Canada?",
    u"I was charged twice this month", u"Can I change my delivery address?",
    u"The app keeps logging me out",   u"What are your opening hours?",
    u"I'd like a refund please",       u"Is the blue one back in stock? 💙",
    u"My promo code doesn't work",     u"How do I cancel my subscription?",
};
constexpr std::array kBotReplies{
    u"Thanks for reaching out! Let me find that for you.",
    u"Here is our shipping FAQ: https://acme.test/shipping",
    u"I've passed this to our team, someone will answer shortly.",
    u"You can manage your account in Settings → Profile.",
};
constexpr std::array kAgentReplies{
    u"Hi! I'm looking into it right now.",
    u"Sorry about that, I've refunded the duplicate charge.",
    u"Done — your address is updated.",
    u"It's back next week, I'll let you know 🙂",
};

struct DemoAgent {
    const char16_t* name;
    const char16_t* email;
    Role role;
};

struct Ids {
    qint64 workspace = 0;
    QList<qint64> agents;
    QList<Bot> bots;
};

Ids seedWorkspace(WorkspaceStore& store, const QString& name, const QList<DemoAgent>& agents,
                  const QList<Channel>& channels, const QString& slug, const QString& passwordHash,
                  const QDateTime& now)
{
    Ids ids;
    ids.workspace = store.createWorkspace(name, kDefaultMessageLimit, now);
    for (const DemoAgent& a : agents) {
        Agent agent;
        agent.name = QString::fromUtf16(a.name);
        agent.email = QString::fromUtf16(a.email);
        agent.role = a.role;
        agent.avatarUrl =
            u"https://avatars.baton.test/%1.png"_s.arg(agent.email.section(u'@', 0, 0));
        ids.agents.append(store.createAgent(ids.workspace, agent, passwordHash, now));
    }
    for (const Channel channel : channels) {
        Bot bot;
        bot.channel = channel;
        bot.name = name + u' ' + enumName(channel);
        bot.username = slug + u'_' + enumName(channel) + u"_bot"_s;
        // Known secrets so a demo connector (the simulator) can call inbound.
        bot.id =
            store.createBot(ids.workspace, bot, u"demo-%1-%2"_s.arg(slug, enumName(channel)), now);
        ids.bots.append(bot);
    }
    return ids;
}

BotStatus demoBotStatus(int i, const Ids& ids, const QDateTime& now)
{
    BotStatus status;
    status.changedAt = now.addSecs(-3600);
    switch (i % 7) {
    case 1:
        status.state = BotState::Snoozed;
        status.until = now.addSecs(qint64{60} * (10 + i));
        status.reason = BotStatusReason::ManualMessage;
        status.actor = {ActorType::Agent, ids.agents.value(i % ids.agents.size())};
        status.version = 1;
        break;
    case 3:
        status.state = BotState::Inactive;
        status.reason = BotStatusReason::Agent;
        status.actor = {ActorType::Agent, ids.agents.constFirst()};
        status.version = 2;
        break;
    case 5:
        status.state = BotState::Inactive;
        status.until = now.addSecs(qint64{3600} * (1 + i % 5));
        status.reason = BotStatusReason::MessageLimit;
        status.version = 1;
        break;
    default:
        break;
    }
    return status;
}

void seedChats(Database& db, ChatStore& chats, MessageStore& messages, const Ids& ids, int count,
               int offset, const QDateTime& now)
{
    for (int i = 0; i < count; ++i) {
        const int n = i + offset;
        const Bot& bot = ids.bots.at(i % ids.bots.size());
        Subscriber s;
        s.botId = bot.id;
        s.channel = bot.channel;
        s.firstName = QString::fromUtf16(kFirstNames[static_cast<size_t>(n) % kFirstNames.size()]);
        s.lastName = QString::fromUtf16(kLastNames[static_cast<size_t>(n * 7) % kLastNames.size()]);
        if (n % 3 != 2)
            s.username =
                (s.firstName.left(1) + s.lastName).toLower().remove(u'\'') + QString::number(n);
        if (n % 2 == 0)
            s.email = u"%1.%2@mail.test"_s.arg(s.firstName.toLower(), QString::number(n));
        if (n % 3 == 0)
            s.phone = u"+1 555-01%1"_s.arg(n % 100, 2, 10, QChar(u'0'));
        const bool group = bot.channel == Channel::Telegram && n % 4 == 0;
        if (group) {
            s.firstName = u"%1 fans club"_s.arg(s.lastName);
            s.lastName.clear();
            s.group = GroupInfo{12 + n, u"https://t.me/acme_group_%1"_s.arg(n),
                                u"https://t.me/+invite%1"_s.arg(n)};
        }
        if (bot.channel == Channel::Instagram)
            s.instagram = InstagramFollow{n % 2 == 0, n % 3 == 0};
        if (n % 8 == 4 && bot.channel != Channel::WhatsApp && bot.channel != Channel::Viber &&
            bot.channel != Channel::LiveChat)
            s.adCampaign = AdCampaign{u"Spring sale"_s, u"https://ads.acme.test/spring"_s};
        const QDateTime last = now.addSecs(-60 * (7 + 23 * static_cast<qint64>(i)));
        s.subscribedAt = last.addDays(-30 - i);
        s.lastActivityAt = last;
        s.lastInboundAt = last.addSecs(-60);
        s.botStatus = demoBotStatus(n, ids, now);
        const qint64 subscriberId =
            chats.createSubscriber(ids.workspace, s, u"ext-%1"_s.arg(n), now);

        Chat chat;
        chat.subscriberId = subscriberId;
        chat.botId = bot.id;
        chat.channel = bot.channel;
        chat.type = group ? ChatType::Group : ChatType::Personal;
        chat.state = n % 4 == 3 ? ChatState::Closed : ChatState::Open;
        chat.unreadCount = chat.state == ChatState::Open && n % 3 != 1 ? 1 + n % 4 : 0;
        if (n % 5 != 0 && ids.agents.size() > 1)
            chat.assigneeId = ids.agents.at(n % ids.agents.size());
        chat.lastActivityAt = last;
        const qint64 chatId = chats.createChat(ids.workspace, chat, now);
        seedDemoHistory(db, ids.workspace, ids.agents, n, chatId, bot.channel, s.adCampaign,
                        last.addSecs(-120));

        Message in;
        in.chatId = chatId;
        in.text = QString::fromUtf16(kInbound[static_cast<size_t>(n) % kInbound.size()]);
        in.createdAt = last.addSecs(-120);
        messages.insert(ids.workspace, in);
        Message reply;
        reply.chatId = chatId;
        reply.direction = Direction::Out;
        reply.createdAt = last.addSecs(-90);
        if (n % 2 == 0) {
            reply.source = MessageSource::Bot;
            reply.text =
                QString::fromUtf16(kBotReplies[static_cast<size_t>(n) % kBotReplies.size()]);
        } else {
            reply.source = MessageSource::Agent;
            reply.agentId = chat.assigneeId.value_or(ids.agents.constFirst());
            reply.text =
                QString::fromUtf16(kAgentReplies[static_cast<size_t>(n) % kAgentReplies.size()]);
        }
        qint64 lastMessage = messages.insert(ids.workspace, reply);
        Message followUp = in;
        followUp.text = u"Thanks! One more question…"_s;
        followUp.createdAt = last;
        if (chat.unreadCount > 0)
            lastMessage = messages.insert(ids.workspace, followUp);
        chats.setLastMessage(chatId, lastMessage, last);
    }
}

} // namespace

bool seedDemo(Database& db, WorkspaceStore& workspaces, ChatStore& chats, MessageStore& messages,
              const QDateTime& now)
{
    Transaction tx(db);
    if (workspaces.hasWorkspaces())
        return false;
    // One hash for every demo agent: Argon2id is slow on purpose.
    const QString hash = crypto::hashPassword(u"demo"_s);
    const Ids acme = seedWorkspace(workspaces, u"Acme"_s,
                                   {{u"Ann Lee", u"ann@acme.test", Role::Admin},
                                    {u"Bob Martin", u"bob@acme.test", Role::Agent},
                                    {u"Cruz Romero", u"cruz@acme.test", Role::Agent}},
                                   {Channel::Telegram, Channel::WhatsApp, Channel::Instagram,
                                    Channel::Messenger, Channel::Viber, Channel::LiveChat},
                                   u"acme"_s, hash, now);
    const Ids globex =
        seedWorkspace(workspaces, u"Globex"_s, {{u"Gail Porter", u"gail@globex.test", Role::Admin}},
                      {Channel::Telegram}, u"globex"_s, hash, now);
    seedChats(db, chats, messages, acme, 300, 0, now);
    seedChats(db, chats, messages, globex, 4, 100, now);
    seedDemoWorkspaceExtras(db, acme.workspace, acme.agents, acme.bots, now);
    seedDemoWorkspaceExtras(db, globex.workspace, globex.agents, globex.bots, now);
    tx.commit();
    qCInfo(lcDemo) << "seeded the demo workspaces Acme and Globex";
    return true;
}

} // namespace baton::server
