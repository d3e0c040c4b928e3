#include "samples.h"

#include <protocol/limits.h>

#include <QJsonDocument>
#include <QTest>

using namespace baton::protocol;
using namespace Qt::StringLiterals;

// Decoding never crashes and names the field at fault.
class TestMalformed : public QObject {
    Q_OBJECT

    // Applies `edit` to the JSON of a valid value, decodes, and expects the
    // error at `field` with `fragment` in its message.
    template <class T, class Edit>
    void expectError(const T& valid, Edit edit, const QString& field, const QString& fragment)
    {
        QJsonObject json = toJson(valid);
        edit(json);
        const auto decoded = decode<T>(json);
        QVERIFY2(!decoded.ok(),
                 qPrintable(u"accepted: "_s + QString::fromUtf8(QJsonDocument(json).toJson())));
        QCOMPARE(decoded.error.field, field);
        QVERIFY2(decoded.error.message.contains(fragment),
                 qPrintable(decoded.error.message + u" lacks "_s + fragment));
    }

    static QJsonObject nested(QJsonObject json, const QString& key, const QJsonObject& inner)
    {
        json.insert(key, inner);
        return json;
    }

    static QString repeat(const QString& unit, int times)
    {
        QString out;
        for (int i = 0; i < times; ++i)
            out += unit;
        return out;
    }

private Q_SLOTS:
    void wrongTypes();
    void missingFields();
    void nestedPaths();
    void eventPayloadPaths();
    void hugeAndFractionalNumbers();
    void invalidBodies();
    void domainConsistency();
    void messageTextLimit();
    void noteLimit();
    void requestRules();
    void fuzzFindings();
};

void TestMalformed::wrongTypes()
{
    const Chat chat = samples::chat();
    expectError(
        chat, [](QJsonObject& j) { j[u"id"_s] = u"12"_s; }, u"id"_s, u"number"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"title"_s] = 5; }, u"title"_s, u"string"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"unread_count"_s] = true; }, u"unread_count"_s, u"number"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"channel"_s] = u"icq"_s; }, u"channel"_s, u"telegram"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"bot_status"_s] = QJsonArray(); }, u"bot_status"_s,
        u"object"_s);
    expectError(
        samples::subscriber(), [](QJsonObject& j) { j[u"tags"_s] = u"vip"_s; }, u"tags"_s,
        u"array"_s);
    expectError(
        samples::message(), [](QJsonObject& j) { j[u"deleted"_s] = u"no"_s; }, u"deleted"_s,
        u"true or false"_s);
}

void TestMalformed::missingFields()
{
    expectError(
        samples::chat(), [](QJsonObject& j) { j.remove(u"title"_s); }, u"title"_s, u"required"_s);
    expectError(
        samples::note(), [](QJsonObject& j) { j.remove(u"created_at"_s); }, u"created_at"_s,
        u"required"_s);
    expectError(
        LoginRequest{u"a@b"_s, u"pw"_s}, [](QJsonObject& j) { j.remove(u"password"_s); },
        u"password"_s, u"required"_s);
    expectError(
        AssigneeRequest{7}, [](QJsonObject& j) { j.remove(u"agent_id"_s); }, u"agent_id"_s,
        u"null to unassign"_s);
}

void TestMalformed::nestedPaths()
{
    const Chat chat = samples::chat();
    expectError(
        chat,
        [](QJsonObject& j) {
            QJsonObject last = j[u"last_message"_s].toObject();
            last[u"at"_s] = u"yesterday"_s;
            j[u"last_message"_s] = last;
        },
        u"last_message.at"_s, u"date-time"_s);
    expectError(
        chat,
        [](QJsonObject& j) {
            QJsonObject status = j[u"bot_status"_s].toObject();
            status[u"actor"_s] = QJsonObject{{u"type"_s, u"robot"_s}};
            j[u"bot_status"_s] = status;
        },
        u"bot_status.actor.type"_s, u"expected one of"_s);
    expectError(
        samples::message(),
        [](QJsonObject& j) {
            QJsonArray attachments = j[u"attachments"_s].toArray();
            QJsonObject second = attachments[0].toObject();
            second[u"size"_s] = u"big"_s;
            attachments.append(second);
            j[u"attachments"_s] = attachments;
        },
        u"attachments[1].size"_s, u"number"_s);
    expectError(
        samples::subscriber(),
        [](QJsonObject& j) {
            QJsonArray tags = j[u"tags"_s].toArray();
            tags.append(3);
            j[u"tags"_s] = tags;
        },
        u"tags[2]"_s, u"string"_s);
    expectError(
        samples::subscriber(),
        [](QJsonObject& j) {
            QJsonArray vars = j[u"variables"_s].toArray();
            QJsonObject v = vars[1].toObject(); // a number variable
            v[u"value"_s] = u"three"_s;
            vars[1] = v;
            j[u"variables"_s] = vars;
        },
        u"variables[1].value"_s, u"number"_s);
    expectError(
        samples::subscriber(),
        [](QJsonObject& j) {
            QJsonArray vars = j[u"variables"_s].toArray();
            QJsonObject v = vars[2].toObject(); // a date variable
            v[u"value"_s] = u"2026-02-30"_s;
            vars[2] = v;
            j[u"variables"_s] = vars;
        },
        u"variables[2].value"_s, u"date"_s);
    expectError(
        samples::subscriber(),
        [](QJsonObject& j) {
            QJsonArray vars = j[u"variables"_s].toArray();
            QJsonObject v = vars[0].toObject();
            v[u"name"_s] = u"9lives"_s;
            vars[0] = v;
            j[u"variables"_s] = vars;
        },
        u"variables[0].name"_s, u"letters"_s);
}

void TestMalformed::eventPayloadPaths()
{
    const auto events = samples::everyEvent();
    expectError(
        events[0],
        [](QJsonObject& j) {
            QJsonObject data = j[u"data"_s].toObject();
            QJsonObject chat = data[u"chat"_s].toObject();
            chat.remove(u"id"_s);
            data[u"chat"_s] = chat;
            j[u"data"_s] = data;
        },
        u"data.chat.id"_s, u"required"_s);
    expectError(
        events[6],
        [](QJsonObject& j) {
            j[u"data"_s] = QJsonObject{{u"note_id"_s, u"12"_s}, {u"chat_id"_s, 77}};
        },
        u"data.note_id"_s, u"number"_s);
    expectError(
        events[0], [](QJsonObject& j) { j[u"type"_s] = u"chat.exploded"_s; }, u"type"_s,
        u"chat.created"_s);
    // A payload of the wrong shape for its type.
    expectError(
        events[2], [](QJsonObject& j) { j[u"type"_s] = u"deal.created"_s; }, u"data.deal"_s,
        u"required"_s);
    expectError(
        events[0], [](QJsonObject& j) { j[u"seq"_s] = 0; }, u"seq"_s, u"between 1 and"_s);
}

void TestMalformed::hugeAndFractionalNumbers()
{
    const Chat chat = samples::chat();
    expectError(
        chat, [](QJsonObject& j) { j[u"id"_s] = 9007199254740992.0; }, u"id"_s,
        u"between 1 and 9007199254740991"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"id"_s] = 1e300; }, u"id"_s, u"between"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"id"_s] = -1; }, u"id"_s, u"between"_s);
    expectError(
        chat, [](QJsonObject& j) { j[u"unread_count"_s] = 2.5; }, u"unread_count"_s,
        u"whole number"_s);
    expectError(
        samples::deal(), [](QJsonObject& j) { j[u"amount_minor"_s] = 1e20; }, u"amount_minor"_s,
        u"between"_s);
    expectError(
        BulkBotStatusRequest{{1, 2}, BotState::Active, std::nullopt},
        [](QJsonObject& j) {
            j[u"subscriber_ids"_s] = QJsonArray{1, 1e18};
        },
        u"subscriber_ids[1]"_s, u"id"_s);

    // Numbers too large for a double are refused by the parser or the field.
    const QByteArray huge = R"({"id":1e400,"name":"Acme","message_limit":25})";
    const auto workspace = decodeBytes<Workspace>(huge);
    QVERIFY(!workspace.ok());
    QVERIFY(workspace.error.field.isEmpty() || workspace.error.field == u"id"_s);
    const QByteArray longDigits = "{\"id\":" + QByteArray(400, '9') + ",\"name\":\"A\"}";
    QVERIFY(!decodeBytes<Workspace>(longDigits).ok());
}

void TestMalformed::invalidBodies()
{
    const auto badUtf8 = decodeBytes<LoginRequest>("{\"email\":\"a\xC3\x28\",\"password\":\"x\"}");
    QVERIFY(!badUtf8.ok());
    QCOMPARE(badUtf8.error.field, QString());
    QVERIFY(badUtf8.error.message.contains(u"UTF-8"_s));

    const QByteArray overlong = "{\"email\":\"\xC0\xAF\",\"password\":\"x\"}";
    QVERIFY(!decodeBytes<LoginRequest>(overlong).ok());
    const QByteArray surrogate = "{\"email\":\"\xED\xA0\x80\",\"password\":\"x\"}";
    QVERIFY(!decodeBytes<LoginRequest>(surrogate).ok());
    QVERIFY(isValidUtf8("plain ascii"));
    QVERIFY(isValidUtf8("\xF0\x9F\x98\x80 emoji")); // 😀
    QVERIFY(!isValidUtf8("\xF0\x9F\x98"));          // cut short

    const auto truncated = decodeBytes<LoginRequest>(R"({"email":"a@b","pass)");
    QVERIFY(!truncated.ok());
    QVERIFY(truncated.error.message.contains(u"invalid JSON"_s));

    const auto array = decodeBytes<LoginRequest>("[1,2]");
    QVERIFY(!array.ok());
    QVERIFY(array.error.message.contains(u"object"_s));

    QVERIFY(decodeBytes<LoginRequest>("").error.message.contains(u"empty"_s));
    QVERIFY(!decode<LoginRequest>(QJsonValue(3)).ok());

    // Deep nesting and garbage must not crash the decoder.
    QVERIFY(!decodeBytes<Chat>(QByteArray(100000, '[')).ok());
    QVERIFY(!decodeBytes<Chat>(QByteArray(5000, '\0')).ok());

    const ApiError fromBody = ApiError::fromDecode(badUtf8.error);
    QCOMPARE(fromBody.code, ErrorCode::InvalidJson);
    QCOMPARE(fromBody.status(), 400);
    const ApiError fromField = ApiError::fromDecode({u"text"_s, u"expected a string"_s});
    QCOMPARE(fromField.code, ErrorCode::InvalidField);
    QCOMPARE(fromField.field, u"text"_s);
    QVERIFY(fromField.message.startsWith(u"text: "_s));
}

void TestMalformed::domainConsistency()
{
    expectError(
        samples::snoozed(), [](QJsonObject& j) { j[u"state"_s] = u"active"_s; }, u"until"_s,
        u"null"_s);
    expectError(
        samples::message(), [](QJsonObject& j) { j[u"agent_id"_s] = QJsonValue(); }, u"agent_id"_s,
        u"agent"_s);
    expectError(
        samples::message(), [](QJsonObject& j) { j[u"direction"_s] = u"in"_s; }, u"source"_s,
        u"direction"_s);
    expectError(
        samples::deal(), [](QJsonObject& j) { j[u"currency"_s] = u"euro"_s; }, u"currency"_s,
        u"ISO 4217"_s);
}

void TestMalformed::messageTextLimit()
{
    auto check = [](const QString& text) { return validate(SendMessageRequest{text, {}, {}}); };
    QVERIFY(!check(repeat(u"a"_s, 512)));
    const auto tooLong = check(repeat(u"a"_s, 513));
    QVERIFY(tooLong);
    QCOMPARE(tooLong->code, ErrorCode::Unprocessable);
    QCOMPARE(tooLong->status(), 422);
    QCOMPARE(tooLong->field, u"text"_s);
    QVERIFY(tooLong->message.contains(u"512"_s));

    // 😀 is one code point but two UTF-16 units.
    const QString emoji = u"😀"_s;
    QVERIFY(!check(repeat(emoji, 512)));
    QVERIFY(check(repeat(emoji, 513)));
    QCOMPARE(codePointCount(repeat(emoji, 513)), 513);

    // e + COMBINING ACUTE ACCENT: two code points for one visible letter.
    const QString accented = u"e\u0301"_s;
    QVERIFY(!check(repeat(accented, 256)));
    QVERIFY(check(repeat(accented, 256) + u"e"_s));

    // A family emoji is several code points joined by ZWJ.
    const QString family = u"👨\u200D👩\u200D👧"_s;
    QCOMPARE(codePointCount(family), 5);
    QVERIFY(!check(repeat(family, 102) + u"ab"_s)); // 512
    QVERIFY(check(repeat(family, 102) + u"abc"_s)); // 513

    QCOMPARE(check(u"   "_s)->field, u"text"_s);
    QVERIFY(check(QString()));
    // Files may go without text, but never with too much.
    QVERIFY(!validate(SendMessageRequest{QString(), {}, {5}}));
    QVERIFY(validate(SendMessageRequest{repeat(u"a"_s, 513), {}, {5}}));
    QVERIFY(validate(EditMessageRequest{repeat(u"a"_s, 513)}));
}

void TestMalformed::noteLimit()
{
    QVERIFY(!validate(NoteRequest{repeat(u"n"_s, 2000)}));
    const auto tooLong = validate(NoteRequest{repeat(u"n"_s, 2001)});
    QVERIFY(tooLong);
    QCOMPARE(tooLong->status(), 422);
    QCOMPARE(tooLong->field, u"text"_s);
    QVERIFY(tooLong->message.contains(u"2000"_s));
    QVERIFY(!validate(NoteRequest{repeat(u"🗒️"_s, 1000)})); // 2 code points each
    QVERIFY(validate(NoteRequest{repeat(u"🗒️"_s, 1000) + u"x"_s}));
}

void TestMalformed::requestRules()
{
    const QDateTime now = samples::at(0);
    QVERIFY(!validate(BotStatusRequest{BotState::Snoozed, now.addSecs(900), 1}, now));
    QVERIFY(!validate(BotStatusRequest{BotState::Snoozed, std::nullopt, 1}, now));
    QCOMPARE(validate(BotStatusRequest{BotState::Snoozed, now.addSecs(-1), 1}, now)->field,
             u"until"_s);
    QCOMPARE(validate(BotStatusRequest{BotState::Active, now.addSecs(60), 1}, now)->field,
             u"until"_s);
    QVERIFY(validate(BotStatusRequest{BotState::Inactive, now.addDays(400), 1}, now));
    QCOMPARE(validate(ExtendRequest{0})->field, u"minutes"_s);
    QVERIFY(!validate(ExtendRequest{60}));
    QCOMPARE(validate(BulkBotStatusRequest{{1, 2, 1}, BotState::Active, {}}, now)->field,
             u"subscriber_ids[2]"_s);
    QCOMPARE(validate(BulkBotStatusRequest{{}, BotState::Active, {}}, now)->field,
             u"subscriber_ids"_s);
    QCOMPARE(validate(TagsRequest{{u"ok"_s, u"  "_s}})->field, u"tags[1]"_s);
    QCOMPARE(validate(TagsRequest{{repeat(u"t"_s, 65)}})->field, u"tags[0]"_s);
    QVERIFY(!validate(TagsRequest{{u"vip"_s, u"🛍️ shopper"_s}}));
    QCOMPARE(validate(DealRequest{1, 1, u"x"_s, -5, u"EUR"_s})->field, u"amount_minor"_s);
    QCOMPARE(validate(DealRequest{1, 1, u"x"_s, 5, u"eur"_s})->field, u"currency"_s);
    QCOMPARE(validate(DealRequest{1, 1, u""_s, 5, u"EUR"_s})->field, u"name"_s);
    QVERIFY(validate(DealPatch{}));
    QCOMPARE(validate(ContactRequest{u"A"_s, u"B"_s, u"call me"_s})->field, u"phone"_s);
    QVERIFY(!validate(ContactRequest{u"A"_s, {}, u"+1 (555) 010-0"_s}));
    QCOMPARE(validate(ChannelDeliveryRequest{1, DeliveryStatus::None})->field, u"delivery"_s);
    QVERIFY(!validate(ChannelDeliveryRequest{1, DeliveryStatus::Read}));
    QCOMPARE(validate(ChannelOutboundRequest{u"x"_s, u" "_s})->field, u"text"_s);
    InboundRequest inbound;
    inbound.externalId = u"x"_s;
    inbound.text = u"hello"_s;
    QVERIFY(!validate(inbound));
    inbound.kind = MessageKind::StoryMention;
    QCOMPARE(validate(inbound)->field, u"story_url"_s);
    inbound.kind = MessageKind::BotStatusChange;
    QCOMPARE(validate(inbound)->field, u"kind"_s);
}

// Inputs the fuzzers (fuzz/, docs/fuzzing.md) found, kept as regressions.
void TestMalformed::fuzzFindings()
{
    // An offset carried these into year 0 and 10000, which formatTime() cannot
    // write: they decoded, then encoded as "" and could not be read back.
    for (const QString& edge :
         {u"0001-01-01T00:00:00.000+01:00"_s, u"9999-12-31T23:59:59.999-01:00"_s}) {
        QVERIFY2(!parseTime(edge), qPrintable(edge));
        expectError(
            samples::note(), [&](QJsonObject& j) { j[u"created_at"_s] = edge; }, u"created_at"_s,
            u"date-time"_s);
    }
    // The years themselves stay readable, and what is read is written back.
    for (const QString& inside : {u"0001-01-01T00:00:00.000Z"_s, u"9999-12-31T23:59:59.999Z"_s,
                                  u"0001-01-01T00:30:00.000-00:30"_s}) {
        const auto parsed = parseTime(inside);
        QVERIFY2(parsed, qPrintable(inside));
        QVERIFY(parseTime(formatTime(*parsed)) == parsed);
    }
}

QTEST_APPLESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
