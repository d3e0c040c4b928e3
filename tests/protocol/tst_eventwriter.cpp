// The direct event writer against the QJsonObject encoders: generated
// messages, subscribers and events of every payload type, with strings
// chosen to hurt, must decode back to themselves and parse to the JSON
// values of toJson() / payloadToJson() / eventJson().
#include "jsontestdata.h"

#include <protocol/eventwriter.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace bp = baton::protocol;

namespace {

using baton::test::parsed;
using baton::test::qtBytes;
using baton::test::utcTime;

class Generator : public baton::test::JsonGenerator {
public:
    using JsonGenerator::JsonGenerator;

    QString nonEmpty() { return u"x"_s + text(); }

    bp::BotStatus botStatus()
    {
        bp::BotStatus s;
        s.state = pick<bp::BotState>();
        if (s.state != bp::BotState::Active)
            s.until = optTime();
        s.reason = pick<bp::BotStatusReason>();
        s.actor.type = pick<bp::ActorType>();
        s.actor.agentId = s.actor.type == bp::ActorType::Agent ? std::optional(id()) : optId();
        s.changedAt = time();
        s.version = count();
        return s;
    }

    bp::Message message()
    {
        bp::Message m;
        m.id = id();
        m.chatId = id();
        m.clientId = text();
        m.direction = pick<bp::Direction>();
        m.source = m.direction == bp::Direction::In
                       ? bp::MessageSource::Subscriber
                       : (chance(50) ? bp::MessageSource::Agent : bp::MessageSource::Bot);
        m.kind = pick<bp::MessageKind>();
        m.agentId = m.source == bp::MessageSource::Agent ? std::optional(id()) : optId();
        m.text = text();
        for (int i = below(3); i > 0; --i)
            m.attachments.append({id(), text(), text(), text(), count(), text()});
        m.replyTo = optId();
        for (int i = below(3); i > 0; --i)
            m.reactions.append({nonEmpty(), pick<bp::Direction>(), optId()});
        m.delivery = pick<bp::DeliveryStatus>();
        m.editedAt = optTime();
        m.deleted = chance(20);
        m.createdAt = time();
        if (chance(30))
            m.adCampaign = bp::AdCampaign{text(), text()};
        m.storyUrl = text();
        if (m.kind == bp::MessageKind::BotStatusChange || chance(20))
            m.botStatus = botStatus();
        return m;
    }

    bp::Variable variable()
    {
        bp::Variable v;
        v.name = u"v_"_s + QString::number(below(1000));
        switch (below(4)) {
        case 0:
            v.value = text();
            break;
        case 1: {
            static constexpr double numbers[] = {0, -1, 1.5, 1e21, 123456789012.25, 0.1, -2.5e-7};
            v.value = chance(50) ? numbers[below(7)] : random_.generateDouble() * 1e6;
            break;
        }
        case 2:
            v.value = QDate(1900 + below(200), 1 + below(12), 1 + below(28));
            break;
        default:
            v.value = chance(50);
        }
        return v;
    }

    bp::Subscriber subscriber()
    {
        bp::Subscriber s;
        s.id = id();
        s.botId = id();
        s.channel = pick<bp::Channel>();
        s.firstName = text();
        s.lastName = text();
        s.username = text();
        s.avatarUrl = text();
        s.email = text();
        s.phone = text();
        s.status = pick<bp::SubscriptionStatus>();
        s.subscribedAt = time();
        s.lastActivityAt = time();
        s.lastInboundAt = optTime();
        if (chance(30))
            s.adCampaign = bp::AdCampaign{text(), text()};
        if (chance(30))
            s.instagram = bp::InstagramFollow{chance(50), chance(50)};
        if (chance(30))
            s.group = bp::GroupInfo{count(), text(), text()};
        for (int i = below(4); i > 0; --i)
            s.tags.append(nonEmpty());
        for (int i = below(4); i > 0; --i)
            s.variables.append(variable());
        s.botStatus = botStatus();
        if (chance(40)) {
            bp::ActiveFlow flow{id(), text(), {}};
            for (int i = below(3); i > 0; --i)
                flow.queued.append(text());
            s.flow = flow;
        }
        return s;
    }

    bp::Chat chat()
    {
        bp::Chat c;
        c.id = id();
        c.subscriberId = id();
        c.botId = id();
        c.channel = pick<bp::Channel>();
        c.title = text();
        c.lastActivityAt = time();
        c.lastInboundAt = optTime();
        c.botStatus = botStatus();
        return c;
    }

    // One of each payload type the log carries, by event type.
    bp::EventPayload payloadFor(bp::EventType type)
    {
        switch (type) {
        case bp::EventType::ChatCreated:
        case bp::EventType::ChatUpdated:
            return chat();
        case bp::EventType::MessageCreated:
        case bp::EventType::MessageUpdated:
            return message();
        case bp::EventType::NoteCreated:
        case bp::EventType::NoteUpdated: {
            bp::Note n;
            n.id = id();
            n.chatId = id();
            n.authorId = id();
            n.text = nonEmpty();
            n.createdAt = time();
            n.updatedAt = time();
            return n;
        }
        case bp::EventType::NoteDeleted:
            return bp::NoteDeleted{id(), id()};
        case bp::EventType::SubscriberUpdated:
            return subscriber();
        case bp::EventType::BotStatusChanged:
            return bp::BotStatusChanged{id(), id(), botStatus()};
        case bp::EventType::DealCreated:
        case bp::EventType::DealUpdated:
            break;
        }
        bp::Deal d;
        d.id = id();
        d.subscriberId = id();
        d.pipelineId = id();
        d.stageId = id();
        d.name = nonEmpty();
        d.amountMinor = count();
        d.currency = u"EUR"_s;
        d.createdAt = time();
        d.updatedAt = time();
        return d;
    }
};

} // namespace

class TestEventWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatedMessagesRoundTrip();
    void generatedSubscribersRoundTrip();
    void generatedEventsRoundTrip();
    void plainPayloadsAreQtsText();
    void frameWrapsTheEvent();
};

void TestEventWriter::generatedMessagesRoundTrip()
{
    Generator g(20261121);
    for (int i = 0; i < 1000; ++i) {
        const bp::Message message = g.message();
        const QByteArray bytes = bp::jsonBytes(message);
        QVERIFY(bp::isValidUtf8(bytes));
        const auto decoded = bp::decodeBytes<bp::Message>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY(*decoded == message);
        QCOMPARE(parsed(bytes), bp::toJson(message));
    }
}

void TestEventWriter::generatedSubscribersRoundTrip()
{
    Generator g(5);
    for (int i = 0; i < 1000; ++i) {
        const bp::Subscriber subscriber = g.subscriber();
        const QByteArray bytes = bp::jsonBytes(subscriber);
        const auto decoded = bp::decodeBytes<bp::Subscriber>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY(*decoded == subscriber);
        QCOMPARE(parsed(bytes), bp::toJson(subscriber));
    }
}

void TestEventWriter::generatedEventsRoundTrip()
{
    Generator g(11);
    const auto types = bp::allValues<bp::EventType>();
    for (int i = 0; i < 1500; ++i) {
        bp::Event event;
        event.seq = g.id();
        event.type = types[static_cast<std::size_t>(i) % types.size()];
        event.at = g.time();
        event.origin = {g.optId(), g.text()};
        event.payload = g.payloadFor(event.type);
        const QByteArray data = bp::payloadJsonBytes(event.payload);
        QCOMPARE(parsed(data), bp::payloadToJson(event.payload));
        const QByteArray bytes =
            bp::eventBytes(event.seq, bp::enumName(event.type), event.at, event.origin, data);
        const auto decoded = bp::decodeBytes<bp::Event>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message));
        QVERIFY(*decoded == event);
        QCOMPARE(parsed(bytes), bp::toJson(event));
    }
}

void TestEventWriter::plainPayloadsAreQtsText()
{
    // Without lone surrogates or byte order marks the text is
    // QJsonDocument's, byte for byte: what was stored before the writer.
    bp::Message m;
    m.id = 7;
    m.chatId = 3;
    m.clientId = u"c-1"_s;
    m.direction = bp::Direction::Out;
    m.source = bp::MessageSource::Agent;
    m.agentId = 2;
    m.text = u"Zoë \"Q\" \\ Tab\tNL\n 東京 😀 \u0001"_s;
    m.attachments = {{4, u"a"_s, u"f.png"_s, u"image/png"_s, 123, u"/api/v1/attachments/4"_s}};
    m.reactions = {{u"👍"_s, bp::Direction::In, std::nullopt}};
    m.createdAt = utcTime(1763726469123LL);
    m.editedAt = utcTime(1763726470000LL);
    QCOMPARE(bp::jsonBytes(m), qtBytes(bp::toJson(m)));

    bp::Subscriber s;
    s.id = 9;
    s.botId = 1;
    s.firstName = u"Ann"_s;
    s.subscribedAt = utcTime(1763726400000LL);
    s.lastActivityAt = utcTime(1763726469123LL);
    s.tags = {u"vip"_s, u"new"_s};
    s.variables = {{u"age"_s, 42.0}, {u"ratio"_s, 0.1},
                   {u"big"_s, 1e21}, {u"born"_s, QDate(1990, 5, 17)},
                   {u"ok"_s, true},  {u"city"_s, u"Riga"_s}};
    s.group = bp::GroupInfo{12, u"s"_s, u"i"_s};
    s.instagram = bp::InstagramFollow{true, false};
    s.flow = bp::ActiveFlow{5, u"Welcome"_s, {u"step"_s}};
    QCOMPARE(bp::jsonBytes(s), qtBytes(bp::toJson(s)));
    QCOMPARE(bp::payloadJsonBytes(s), qtBytes(bp::payloadToJson(s)));
    const bp::BotStatusChanged changed{9, 3, s.botStatus};
    QCOMPARE(bp::payloadJsonBytes(changed), qtBytes(bp::payloadToJson(changed)));
    QCOMPARE(bp::payloadJsonBytes(bp::NoteDeleted{4, 3}),
             QByteArray(R"({"chat_id":3,"note_id":4})"));
}

void TestEventWriter::frameWrapsTheEvent()
{
    bp::Message m;
    m.id = 7;
    m.chatId = 3;
    m.text = u"hi"_s;
    m.createdAt = utcTime(1763726469123LL);
    const bp::Event event{12, bp::EventType::MessageCreated, utcTime(1763726469123LL),
                          bp::Origin{2, u"req-1"_s}, m};
    const QByteArray data = bp::payloadJsonBytes(event.payload);
    const QByteArray frame =
        bp::eventFrameBytes(event.seq, u"message.created"_s, event.at, event.origin, data);
    const QJsonObject expected{{u"type"_s, u"event"_s}, {u"event"_s, bp::toJson(event)}};
    QCOMPARE(frame, qtBytes(expected));
    // Stored data with other spacing (PostgreSQL's jsonb text) is put in as it is.
    const QByteArray spaced =
        bp::eventFrameBytes(1, u"note.deleted"_s, event.at, {}, R"({"note_id": 4, "chat_id": 3})");
    const QJsonObject back = parsed(spaced);
    QCOMPARE(back.value(u"event"_s).toObject().value(u"data"_s).toObject(),
             bp::payloadToJson(bp::NoteDeleted{4, 3}));
}

QTEST_APPLESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"
