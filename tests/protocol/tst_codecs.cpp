#include "samples.h"

#include <QJsonDocument>
#include <QTest>

using namespace baton::protocol;
using namespace Qt::StringLiterals;

// Every wire type survives encode -> bytes -> decode unchanged, both fully
// populated and with every optional part left out.
class TestCodecs : public QObject {
    Q_OBJECT

    template <class T>
    void roundTrip(const T& value)
    {
        const QByteArray bytes = QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact);
        const auto decoded = decodeBytes<T>(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.field + u": "_s + decoded.error.message +
                                          u" in "_s + QString::fromUtf8(bytes)));
        QVERIFY2(*decoded == value, bytes.constData());
        // Encoding is stable: the decoded value writes the same bytes.
        QCOMPARE(QJsonDocument(toJson(*decoded)).toJson(QJsonDocument::Compact), bytes);
    }

private Q_SLOTS:
    void workspaceTypes()
    {
        roundTrip(Workspace{1, u"Acme"_s, 25});
        roundTrip(Agent{7, u"Ann Archer"_s, u"ann@acme.test"_s, u"https://cdn/a.png"_s, Role::Admin,
                        true});
        roundTrip(Agent{8, u"Bob"_s, u"bob@acme.test"_s, {}, Role::Agent, false});
        for (Channel channel : allValues<Channel>())
            roundTrip(Bot{3, u"Acme bot"_s, channel, u"acme_bot"_s});
    }

    void botStatus()
    {
        roundTrip(samples::snoozed());
        roundTrip(BotStatus{BotState::Active,
                            std::nullopt,
                            BotStatusReason::WakeUp,
                            {ActorType::System, std::nullopt},
                            samples::at(2),
                            9});
        roundTrip(BotStatus{BotState::Inactive,
                            std::nullopt,
                            BotStatusReason::MessageLimit,
                            {ActorType::System, std::nullopt},
                            samples::at(3),
                            1});
        for (BotStatusReason reason : allValues<BotStatusReason>()) {
            auto s = samples::snoozed();
            s.reason = reason;
            roundTrip(s);
        }
    }

    void subscriber()
    {
        roundTrip(samples::subscriber());
        Subscriber bare;
        bare.id = 1;
        bare.botId = 1;
        bare.subscribedAt = samples::at(0);
        bare.lastActivityAt = samples::at(0);
        bare.botStatus.changedAt = samples::at(0);
        roundTrip(bare);
        for (SubscriptionStatus status : allValues<SubscriptionStatus>()) {
            auto s = samples::subscriber();
            s.status = status;
            roundTrip(s);
        }
    }

    void variablesKeepTheirType()
    {
        const auto s = samples::subscriber();
        const QJsonArray vars = toJson(s).value(u"variables").toArray();
        QCOMPARE(vars.size(), 4);
        QCOMPARE(vars[0].toObject().value(u"type").toString(), u"text"_s);
        QVERIFY(vars[1].toObject().value(u"value").isDouble());
        QCOMPARE(vars[2].toObject().value(u"value").toString(), u"1990-02-28"_s);
        QCOMPARE(vars[3].toObject().value(u"value").toBool(), true);
        QCOMPARE(s.variables[2].type(), VariableType::Date);
    }

    void chat()
    {
        roundTrip(samples::chat());
        auto c = samples::chat();
        c.lastMessage.reset();
        c.assigneeId.reset();
        c.lastInboundAt.reset();
        roundTrip(c);
        roundTrip(ListCounts{10, 3, 4, 14});
        roundTrip(ChatPage{{samples::chat(), c}, u"opaque-cursor"_s, {2, 1, 0, 2}});
        roundTrip(ChatPage{{}, {}, {}});
    }

    void message()
    {
        roundTrip(samples::message());
        for (MessageKind kind : allValues<MessageKind>()) {
            auto m = samples::message();
            m.kind = kind;
            roundTrip(m);
        }
        Message inbound;
        inbound.id = 1;
        inbound.chatId = 2;
        inbound.createdAt = samples::at(1);
        roundTrip(inbound);
        for (DeliveryStatus delivery : allValues<DeliveryStatus>()) {
            auto m = samples::message();
            m.delivery = delivery;
            roundTrip(m);
        }
        roundTrip(MessagePage{{inbound, samples::message()}, true});
    }

    void noteFlowCrmStats()
    {
        roundTrip(samples::note());
        roundTrip(Note{1, 2, 3, u"x"_s, samples::at(1), std::nullopt});
        roundTrip(samples::flow());
        roundTrip(samples::pipeline());
        roundTrip(samples::deal());
        roundTrip(samples::stats());
    }

    void events()
    {
        const auto all = samples::everyEvent();
        QCOMPARE(all.size(), static_cast<qsizetype>(allValues<EventType>().size()));
        for (const Event& e : all) {
            QVERIFY(payloadMatches(e.type, e.payload));
            roundTrip(e);
        }
        roundTrip(EventPage{all, 17, false});
        roundTrip(EventPage{{}, 17, true});
    }

    void eventWireShape()
    {
        const QJsonObject json = toJson(samples::everyEvent().at(6));
        QCOMPARE(json.value(u"type").toString(), u"note.deleted"_s);
        QCOMPARE(json.value(u"data").toObject().value(u"note_id").toInteger(), 12);
        QCOMPARE(json.value(u"origin").toObject().value(u"agent_id").toInteger(), 7);
        QCOMPARE(json.value(u"at").toString(), u"2026-11-21T09:40:07.123Z"_s);
    }

    void requests()
    {
        roundTrip(LoginRequest{u"ann@acme.test"_s, u"demo"_s});
        roundTrip(LoginResponse{u"tok"_s,
                                Agent{1, u"Ann"_s, u"ann@acme.test"_s, {}, Role::Admin, true},
                                Workspace{1, u"Acme"_s, 25}});
        roundTrip(SendMessageRequest{u"Hi 👋"_s, 1000, {5, 6}});
        roundTrip(SendMessageRequest{u"Hi"_s, std::nullopt, {}});
        roundTrip(EditMessageRequest{u"fixed"_s});
        roundTrip(ReactionRequest{u"🔥"_s});
        roundTrip(NoteRequest{u"note"_s});
        roundTrip(AssigneeRequest{7});
        roundTrip(AssigneeRequest{std::nullopt});
        roundTrip(BotStatusRequest{BotState::Snoozed, samples::at(50), 4});
        roundTrip(BotStatusRequest{BotState::Inactive, std::nullopt, 0});
        roundTrip(ExtendRequest{60});
        roundTrip(BulkBotStatusRequest{{1, 2, 3}, BotState::Inactive, std::nullopt});
        roundTrip(TagsRequest{{u"vip"_s, u"b2b"_s}});
        roundTrip(VariableRequest{QDate(2026, 1, 31)});
        roundTrip(VariableRequest{42.0});
        roundTrip(VariableRequest{u"text"_s});
        roundTrip(VariableRequest{false});
        roundTrip(DealRequest{2, 4, u"Annual plan"_s, 129900, u"EUR"_s});
        roundTrip(DealPatch{5, std::nullopt, 1000, std::nullopt});
        roundTrip(DealPatch{});
        roundTrip(MeResponse{Agent{1, u"Ann"_s, u"ann@acme.test"_s, {}, Role::Admin, true},
                             Workspace{1, u"Acme"_s, 25}});
        roundTrip(BulkResult{4, samples::snoozed(), std::nullopt});
        roundTrip(BulkResult{
            5, std::nullopt,
            ApiError{ErrorCode::NotFound, u"subscriber not found"_s, u"subscriber_ids[1]"_s, {}}});
        roundTrip(ChannelOutboundRequest{u"351912345678"_s, u"Returns are free"_s});
        roundTrip(ChannelDeliveryRequest{918342, DeliveryStatus::Read});
        roundTrip(ChannelReactionRequest{918342, u"🙏"_s});
        roundTrip(ChannelReactionRequest{918342, QString()});
        roundTrip(ContactRequest{u"Zoë"_s, u"L"_s, u"+48 600"_s});
        InboundRequest inbound{u"tg-1001"_s, u"Zoë"_s,
                               {},           u"zoe"_s,
                               {},           MessageKind::AdClick,
                               {},           AdCampaign{u"Winter"_s, u"https://ads/c/9"_s},
                               {},           GroupInfo{10, {}, {}}};
        roundTrip(inbound);
    }

    void apiError()
    {
        ApiError conflict{ErrorCode::Conflict, u"stale"_s, u"base_version"_s,
                          toJson(samples::snoozed())};
        const QByteArray body = QJsonDocument(toJson(conflict)).toJson();
        QCOMPARE(decodeErrorBody(body, 409), conflict);
        QCOMPARE(conflict.status(), 409);
        for (ErrorCode code : allValues<ErrorCode>()) {
            ApiError e{code, u"m"_s, {}, {}};
            QCOMPARE(decodeErrorBody(QJsonDocument(toJson(e)).toJson(), e.status()), e);
            QVERIFY(e.status() >= 400 && e.status() <= 500);
        }
        const ApiError junk = decodeErrorBody("<html>Bad gateway</html>", 502);
        QCOMPARE(junk.code, ErrorCode::Internal);
        QVERIFY(junk.message.contains(u"502"_s));
        QVERIFY(junk.message.contains(u"Bad gateway"_s));
    }

    void statuses()
    {
        QCOMPARE(httpStatus(ErrorCode::InvalidJson), 400);
        QCOMPARE(httpStatus(ErrorCode::InvalidField), 400);
        QCOMPARE(httpStatus(ErrorCode::Unauthorized), 401);
        QCOMPARE(httpStatus(ErrorCode::Forbidden), 403);
        QCOMPARE(httpStatus(ErrorCode::NotFound), 404);
        QCOMPARE(httpStatus(ErrorCode::PayloadTooLarge), 413);
        QCOMPARE(httpStatus(ErrorCode::UnsupportedMediaType), 415);
        QCOMPARE(httpStatus(ErrorCode::Unprocessable), 422);
        QCOMPARE(httpStatus(ErrorCode::RateLimited), 429);
    }

    void enumsHaveUniqueNames()
    {
        const QStringList names = enumNames<EventType>();
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QCOMPARE(enumName(MessageSource::ThirdPartyApp), u"third_party_app"_s);
        QCOMPARE(enumFromString<Channel>(u"livechat"), Channel::LiveChat);
        QVERIFY(!enumFromString<Channel>(u"LiveChat").has_value());
    }

    void times()
    {
        QCOMPARE(formatTime(samples::at(1)), u"2026-11-21T09:01:07.123Z"_s);
        const auto offset = parseTime(u"2026-11-21T10:01:07.123+01:00"_s);
        QVERIFY(offset.has_value());
        QCOMPARE(*offset, samples::at(1));
        QCOMPARE(offset->timeSpec(), Qt::UTC);
        QVERIFY(!parseTime(u"2026-11-21T10:01:07"_s).has_value()); // no zone
        QVERIFY(!parseTime(u"2026-13-40T10:01:07Z"_s).has_value());
        QVERIFY(!parseTime(u"yesterday at noon, roughly"_s).has_value());
    }

    void deliveryOnlyMovesForward()
    {
        QVERIFY(deliveryAdvances(DeliveryStatus::Sent, DeliveryStatus::Delivered));
        QVERIFY(deliveryAdvances(DeliveryStatus::Sent, DeliveryStatus::Read));
        QVERIFY(!deliveryAdvances(DeliveryStatus::Read, DeliveryStatus::Delivered));
        QVERIFY(!deliveryAdvances(DeliveryStatus::Delivered, DeliveryStatus::Delivered));
    }

    void displayName()
    {
        auto s = samples::subscriber();
        QCOMPARE(s.displayName(), u"Zoë Łukasiewicz"_s);
        s.firstName.clear();
        s.lastName.clear();
        QCOMPARE(s.displayName(), u"zoe.l"_s);
        s.username.clear();
        QCOMPARE(s.displayName(), u"#42"_s);
    }
};

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
