#pragma once

#include <models/agentdirectory.h>
#include <protocol/chat.h>
#include <protocol/message.h>
#include <protocol/note.h>
#include <protocol/subscriber.h>
#include <ui/clock.h>
#include <ui/stores.h>

#include <QAbstractButton>
#include <QGroupBox>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QWidget>

#include <memory>

// Realistic protocol values for the widget tests, and small helpers.
namespace uifix {

using namespace baton::protocol;
using namespace Qt::StringLiterals;

// "Now" in every test: Saturday 21 November 2026, 10:00 UTC.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc());
}

inline QDateTime ago(qint64 seconds)
{
    return now().addSecs(-seconds);
}

// A clock the test can move.
struct TestClock {
    std::shared_ptr<QDateTime> at = std::make_shared<QDateTime>(now());
    baton::ui::Clock clock() const
    {
        auto p = at;
        return [p] { return *p; };
    }
};

constexpr qint64 kMe = 12;
constexpr qint64 kAnn = 13;

inline QList<Agent> agents()
{
    return {Agent{kMe, u"Jonas Berg"_s, u"jonas@shop.example"_s, {}, Role::Admin, true},
            Agent{kAnn, u"Ann Meyer"_s, u"ann@shop.example"_s, {}, Role::Agent, true},
            Agent{14, u"Reporting Bot Owner"_s, u"owner@shop.example"_s, {}, Role::Agent, false}};
}

inline BotStatus status(BotState state, std::optional<QDateTime> until = {}, qint64 version = 3)
{
    BotStatus b;
    b.state = state;
    b.until = until;
    b.reason = state == BotState::Active ? BotStatusReason::Initial : BotStatusReason::Agent;
    b.actor = state == BotState::Active ? Actor{} : Actor{ActorType::Agent, kAnn};
    b.changedAt = ago(600);
    b.version = version;
    return b;
}

inline Chat chat(qint64 id, Channel channel, const QString& title, qint64 minutesAgo,
                 ChatState state = ChatState::Open, qint64 unread = 0,
                 std::optional<qint64> assignee = {},
                 MessageSource source = MessageSource::Subscriber,
                 const QString& text = u"Where is my order?"_s)
{
    Chat c;
    c.id = id;
    c.subscriberId = 1000 + id;
    c.botId = 3;
    c.channel = channel;
    c.state = state;
    c.unreadCount = unread;
    c.assigneeId = assignee;
    c.title = title;
    c.username = title.section(u' ', 0, 0).toLower();
    c.email = c.username + u"@mail.example"_s;
    c.phone = u"+49 151 %1"_s.arg(5550000 + id);
    c.lastActivityAt = ago(minutesAgo * 60);
    c.lastInboundAt = ago(minutesAgo * 60);
    const Direction dir = source == MessageSource::Subscriber ? Direction::In : Direction::Out;
    MessagePreview preview;
    preview.text = text;
    preview.direction = dir;
    preview.source = source;
    preview.agentId = source == MessageSource::Agent ? std::optional<qint64>(kAnn) : std::nullopt;
    preview.at = c.lastActivityAt;
    c.lastMessage = preview;
    c.botStatus = status(BotState::Active);
    return c;
}

// Twelve chats across channels, states, sources and bot statuses.
inline QList<Chat> workspace()
{
    QList<Chat> out{
        chat(1, Channel::WhatsApp, u"Lena Vogel"_s, 2, ChatState::Open, 2, kMe),
        chat(2, Channel::Telegram, u"Maya Lindqvist"_s, 5, ChatState::Open, 0, kAnn,
             MessageSource::Agent, u"Your parcel left the warehouse"_s),
        chat(3, Channel::Instagram, u"Zoë Ødegaard"_s, 9, ChatState::Open, 1, std::nullopt,
             MessageSource::Bot, u"Thanks! Pick a size:"_s),
        chat(4, Channel::Messenger, u"Carlos Ruiz"_s, 20, ChatState::Closed, 0, kMe,
             MessageSource::ThirdPartyApp, u"Invoice attached"_s),
        chat(5, Channel::Viber, u"Ирина Петрова"_s, 31, ChatState::Open, 3),
        chat(6, Channel::LiveChat, u"Guest 4711"_s, 45, ChatState::Open, 0, kAnn),
        chat(7, Channel::WhatsApp, u"Tom Becker"_s, 60 * 27, ChatState::Open, 1),
        chat(8, Channel::Telegram, u"Shop Fans"_s, 70, ChatState::Open, 4, std::nullopt),
        chat(9, Channel::Telegram, u"Aiko Tanaka"_s, 95, ChatState::Closed, 0),
        chat(10, Channel::Instagram, u"Priya Nair"_s, 130, ChatState::Open, 0, kMe),
        chat(11, Channel::WhatsApp, u"Olu Adeyemi"_s, 200, ChatState::Closed, 0, kAnn),
        chat(12, Channel::Messenger, u"Sam Wright"_s, 300, ChatState::Open, 1),
    };
    out[7].type = ChatType::Group;
    out[1].botStatus = status(BotState::Snoozed, now().addSecs(42 * 60));
    out[4].botStatus = status(BotState::Inactive);
    out[5].botStatus = status(BotState::Inactive, now().addSecs(3 * 3600));
    return out;
}

inline Message message(qint64 id, qint64 chatId, const QDateTime& at, Direction dir,
                       MessageSource source, const QString& text)
{
    Message m;
    m.id = id;
    m.chatId = chatId;
    m.direction = dir;
    m.source = source;
    m.text = text;
    m.createdAt = at;
    return m;
}

// One chat's history with every kind of row: two days, inbound text,
// button, story mention, ad click, bot / agent / third-party messages with
// delivery ticks, a reply quote, reactions, attachments, an edited and a
// deleted message, and bot-status lines.
inline QList<Message> history(qint64 chatId)
{
    const QDateTime yesterday = ago(86400 + 3600);
    QList<Message> out;
    Message ad = message(101, chatId, yesterday, Direction::In, MessageSource::Subscriber,
                         u"Hi, I saw your ad"_s);
    ad.kind = MessageKind::AdClick;
    ad.adCampaign = AdCampaign{u"Winter sale"_s, u"https://ads.example/winter"_s};
    out << ad;
    Message bot = message(102, chatId, yesterday.addSecs(5), Direction::Out, MessageSource::Bot,
                          u"Welcome! Pick a topic:"_s);
    bot.delivery = DeliveryStatus::Read;
    out << bot;
    Message button = message(103, chatId, yesterday.addSecs(30), Direction::In,
                             MessageSource::Subscriber, u"Orders"_s);
    button.kind = MessageKind::Button;
    out << button;
    Message story =
        message(104, chatId, yesterday.addSecs(60), Direction::In, MessageSource::Subscriber, {});
    story.kind = MessageKind::StoryMention;
    story.storyUrl = u"https://instagram.example/stories/1"_s;
    out << story;
    Message line = message(105, chatId, ago(3000), Direction::Out, MessageSource::System, {});
    line.kind = MessageKind::BotStatusChange;
    line.botStatus = status(BotState::Snoozed, ago(3000).addSecs(3600));
    line.botStatus->changedAt = ago(3000);
    line.botStatus->reason = BotStatusReason::ManualMessage;
    out << line;
    Message agent = message(106, chatId, ago(3000), Direction::Out, MessageSource::Agent,
                            u"Let me check your order NW-20931 — one moment please. 🙂"_s);
    agent.agentId = kAnn;
    agent.delivery = DeliveryStatus::Delivered;
    agent.reactions = {Reaction{u"👍"_s, Direction::In, std::nullopt}};
    out << agent;
    Message reply = message(107, chatId, ago(2400), Direction::In, MessageSource::Subscriber,
                            u"Thanks. Here is the receipt."_s);
    reply.replyTo = 106;
    reply.attachments = {Attachment{
        501, {}, u"receipt.pdf"_s, u"application/pdf"_s, 48213, u"/api/v1/attachments/501"_s}};
    out << reply;
    Message third = message(108, chatId, ago(1800), Direction::Out, MessageSource::ThirdPartyApp,
                            u"Invoice #4411 was sent from the shop system."_s);
    third.delivery = DeliveryStatus::Sent;
    out << third;
    Message mine = message(109, chatId, ago(1200), Direction::Out, MessageSource::Agent,
                           u"Your refund is on its way."_s);
    mine.agentId = kMe;
    mine.editedAt = ago(1100);
    mine.delivery = DeliveryStatus::Sent;
    mine.clientId = u"6f1c2d3e-0000-4000-8000-000000000109"_s;
    out << mine;
    Message deleted =
        message(110, chatId, ago(900), Direction::Out, MessageSource::Agent, u"oops"_s);
    deleted.agentId = kMe;
    deleted.deleted = true;
    out << deleted;
    Message off = message(111, chatId, ago(600), Direction::Out, MessageSource::System, {});
    off.kind = MessageKind::BotStatusChange;
    off.botStatus = status(BotState::Inactive, std::nullopt);
    off.botStatus->reason = BotStatusReason::MessageLimit;
    off.botStatus->actor = Actor{};
    off.botStatus->changedAt = ago(600);
    out << off;
    out << message(
        112, chatId, ago(300), Direction::In, MessageSource::Subscriber,
        u"A long message that wraps over several lines, with a URL that has no spaces at all: "
        "https://shop.example/orders/NW-20931/tracking?carrier=dhl&lang=de&utm_source=bot"_s);
    return out;
}

inline QList<Note> notes(qint64 chatId)
{
    return {Note{1, chatId, kAnn, u"VIP customer, be nice."_s, ago(7200), std::nullopt},
            Note{2, chatId, kMe, u"Refund approved by finance."_s, ago(3600), ago(3000)}};
}

inline Subscriber subscriber(qint64 id, Channel channel = Channel::WhatsApp)
{
    Subscriber s;
    s.id = id;
    s.botId = 3;
    s.channel = channel;
    s.firstName = u"Lena"_s;
    s.lastName = u"Vogel"_s;
    s.username = u"lenavogel"_s;
    s.email = u"lena.vogel@example.com"_s;
    s.phone = u"+49 151 23456789"_s;
    s.subscribedAt = ago(86400 * 30);
    s.lastActivityAt = ago(120);
    s.lastInboundAt = ago(7200);
    s.adCampaign = AdCampaign{u"Winter sale"_s, u"https://ads.example/winter"_s};
    s.tags = {u"vip"_s, u"returning"_s};
    s.variables = {{u"order_number"_s, u"NW-20931"_s},
                   {u"cart_total"_s, 129.5},
                   {u"birthday"_s, QDate(1990, 4, 12)},
                   {u"newsletter"_s, true}};
    s.botStatus = status(BotState::Snoozed, now().addSecs(42 * 60), 7);
    s.flow = ActiveFlow{31, u"Order status"_s, {u"Your order is packed"_s, u"Rate us!"_s}};
    return s;
}

// Texts under `root` that define an Alt+letter mnemonic ("&Name"): those
// break AltGr layouts just like Alt+letter shortcuts.
inline QStringList mnemonics(const QWidget* root)
{
    QStringList out;
    const auto check = [&](const QString& text) {
        if (!QKeySequence::mnemonic(text).isEmpty())
            out.append(text);
    };
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (const auto* l = qobject_cast<const QLabel*>(w))
            check(l->text());
        else if (const auto* b = qobject_cast<const QAbstractButton*>(w);
                 b && !b->objectName().startsWith(u"qt_"_s))
            check(b->text());
        else if (const auto* g = qobject_cast<const QGroupBox*>(w))
            check(g->title());
        else if (const auto* m = qobject_cast<const QMenu*>(w))
            check(m->title());
        else if (const auto* t = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                check(t->tabText(i));
        }
    }
    return out;
}

// A QSettings in a temporary directory (ini format).
struct TempSettings {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(u"baton.ini"_s); }
    std::unique_ptr<QSettings> open() const
    {
        return std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }
};

// Whether an image has at least `minColors` distinct colours (a blank or
// single-colour render fails).
inline int distinctColors(const QImage& image, int limit = 64)
{
    QList<QRgb> seen;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2) {
            const QRgb c = img.pixel(x, y);
            if (!seen.contains(c)) {
                seen.append(c);
                if (seen.size() >= limit)
                    return static_cast<int>(seen.size());
            }
        }
    }
    return static_cast<int>(seen.size());
}

} // namespace uifix
