// Writes the seed corpus: every sample value of tests/protocol/samples.h (and
// a few requests and frames) encoded the way each fuzz target reads its input.
// scripts/fuzz --seed runs it; the corpus in fuzz/corpus/ is its output after
// fuzzing and minimising.
//
//   fuzz_seeds DIR    # writes DIR/<target>/seed-*

#include "samples.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace baton::protocol;
using namespace Qt::StringLiterals;

namespace {

QString root;

void write(const QString& target, const QByteArray& bytes)
{
    const QString dir = root + u'/' + target;
    QDir().mkpath(dir);
    const QString name =
        u"seed-"_s +
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A selector byte (the index in the target's table) and the JSON text.
void writePicked(const QString& target, int index, const QJsonObject& object)
{
    write(target, QByteArray(1, static_cast<char>(index)) + compact(object));
}

void typeSeeds()
{
    // Indexes follow kChecks in types.cpp.
    const QString t = u"fuzz_types"_s;
    const auto snoozed = samples::snoozed();
    writePicked(t, 0, toJson(snoozed.actor));
    writePicked(t, 1, toJson(snoozed));
    writePicked(t, 2, toJson(*samples::chat().lastMessage));
    writePicked(t, 3, toJson(samples::chat()));
    writePicked(t, 4, toJson(ListCounts{2, 1, 0, 2}));
    writePicked(t, 5, toJson(ChatPage{{samples::chat()}, u"opaque-cursor"_s, {1, 1, 0, 1}}));
    writePicked(t, 6, toJson(samples::pipeline().stages.first()));
    writePicked(t, 7, toJson(samples::pipeline()));
    writePicked(t, 8, toJson(samples::deal()));
    writePicked(
        t, 9,
        toJson(ApiError{ErrorCode::Conflict, u"stale"_s, u"base_version"_s, toJson(snoozed)})
            .value(u"error"_s)
            .toObject());
    writePicked(t, 10, toJson(samples::everyEvent().first().origin));
    writePicked(t, 11, toJson(NoteDeleted{12, 77}));
    writePicked(t, 12, toJson(BotStatusChanged{42, 77, snoozed}));
    writePicked(t, 13, toJson(samples::everyEvent().at(2)));
    writePicked(t, 14, toJson(EventPage{samples::everyEvent().mid(0, 2), 18, false}));
    writePicked(t, 15, toJson(samples::flow().steps.at(1)));
    writePicked(t, 16, toJson(samples::flow()));
    writePicked(t, 17, toJson(samples::message().attachments.first()));
    writePicked(t, 18, toJson(samples::message().reactions.last()));
    writePicked(t, 19, toJson(samples::message()));
    writePicked(t, 20, toJson(MessagePage{{samples::message()}, true}));
    writePicked(t, 21, toJson(samples::note()));
    writePicked(t, 22, toJson(samples::stats().total));
    writePicked(t, 23, toJson(samples::stats().bots.first()));
    writePicked(t, 24, toJson(samples::stats()));
    for (const Variable& v : samples::subscriber().variables)
        writePicked(t, 25, toJson(v));
    writePicked(t, 26, toJson(*samples::subscriber().adCampaign));
    writePicked(t, 27, toJson(*samples::subscriber().instagram));
    writePicked(t, 28, toJson(*samples::subscriber().group));
    writePicked(t, 29, toJson(*samples::subscriber().flow));
    writePicked(t, 30, toJson(samples::subscriber()));
    writePicked(t, 31, toJson(Workspace{1, u"Northwind Outfitters"_s, 25}));
    writePicked(t, 32,
                toJson(Agent{12, u"Tomás Ribeiro"_s, u"tomas@northwind.example"_s,
                             u"https://cdn.example/12.png"_s, Role::Agent, true}));
    writePicked(t, 33, toJson(Bot{3, u"Northwind Help"_s, Channel::Telegram, u"help_bot"_s}));
    writePicked(t, 34,
                toJson(ApiError{ErrorCode::Unprocessable, u"text: too long"_s, u"text"_s, {}}));
}

void requestSeeds()
{
    // Indexes follow kChecks in requests.cpp.
    const QString t = u"fuzz_requests"_s;
    const Agent agent{7, u"Ann"_s, u"ann@acme.test"_s, {}, Role::Admin, true};
    const Workspace workspace{1, u"Acme"_s, 25};
    writePicked(t, 0, toJson(LoginRequest{u"ann@acme.test"_s, u"demo"_s}));
    writePicked(t, 1, toJson(LoginResponse{u"tok-123"_s, agent, workspace}));
    writePicked(t, 2, toJson(MeResponse{agent, workspace}));
    writePicked(t, 3, toJson(BulkResult{4, samples::snoozed(), std::nullopt}));
    writePicked(t, 3,
                toJson(BulkResult{5, std::nullopt,
                                  ApiError{ErrorCode::NotFound, u"no such subscriber"_s, {}, {}}}));
    writePicked(t, 4, toJson(SendMessageRequest{u"Hello there 👋"_s, 1000, {5, 6}}));
    writePicked(t, 5, toJson(EditMessageRequest{u"Hello again"_s}));
    writePicked(t, 6, toJson(ReactionRequest{u"👍"_s}));
    writePicked(t, 7, toJson(NoteRequest{u"Call back after 10:00"_s}));
    writePicked(t, 8, toJson(AssigneeRequest{7}));
    writePicked(t, 8, toJson(AssigneeRequest{std::nullopt}));
    writePicked(t, 9, toJson(BotStatusRequest{BotState::Snoozed, samples::at(50), 4}));
    writePicked(t, 10, toJson(ExtendRequest{60}));
    writePicked(t, 11, toJson(BulkBotStatusRequest{{1, 2, 3}, BotState::Inactive, std::nullopt}));
    writePicked(t, 12, toJson(TagsRequest{{u"vip"_s, u"returning 🛍️"_s}}));
    writePicked(t, 13, toJson(VariableRequest{QDate(1990, 2, 28)}));
    writePicked(t, 13, toJson(VariableRequest{3.5}));
    writePicked(t, 14, toJson(DealRequest{2, 4, u"Annual plan"_s, 129900, u"EUR"_s}));
    writePicked(t, 15, toJson(DealPatch{5, std::nullopt, 1000, u"USD"_s}));
    writePicked(t, 16, toJson(ContactRequest{u"Zoë"_s, u"L"_s, u"+48 600 100 200"_s}));
    InboundRequest inbound;
    inbound.externalId = u"tg-42"_s;
    inbound.firstName = u"Lena"_s;
    inbound.kind = MessageKind::AdClick;
    inbound.text = u"Hi"_s;
    inbound.adCampaign = AdCampaign{u"Winter sale"_s, u"https://ads.example/c/9"_s};
    inbound.group = GroupInfo{12, u"https://t.me/g"_s, {}};
    writePicked(t, 17, toJson(inbound));
    writePicked(t, 18, toJson(ChannelOutboundRequest{u"tg-42"_s, u"Sent from the phone"_s}));
    writePicked(t, 19, toJson(ChannelDeliveryRequest{1001, DeliveryStatus::Read}));
    writePicked(t, 20, toJson(ChannelReactionRequest{1001, u"❤️"_s}));
}

void frameSeeds()
{
    QList<StreamFrame> frames{
        StreamFrame::hello(u"tok-123"_s, 41),
        StreamFrame::welcome(42),
        StreamFrame::resync(42),
        StreamFrame::ping(),
        StreamFrame::pong(),
        StreamFrame::ofError(ApiError{ErrorCode::Unauthorized, u"bad token"_s, u"token"_s, {}}),
    };
    for (const Event& event : samples::everyEvent())
        frames.append(StreamFrame::ofEvent(event));
    for (const StreamFrame& frame : frames) {
        write(u"fuzz_frames"_s, encodeFrame(frame));
        write(u"fuzz_net_frames"_s, encodeFrame(frame));
    }
    for (const Event& event : samples::everyEvent())
        write(u"fuzz_events"_s, QByteArray(1, 0) + compact(toJson(event)));
    write(u"fuzz_events"_s,
          QByteArray(1, 1) + compact(toJson(EventPage{samples::everyEvent(), 17, false})));
    write(u"fuzz_events"_s, QByteArray(1, 1) + compact(toJson(EventPage{{}, 17, true})));
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

void textSeeds()
{
    // Indexes follow kChecks in text.cpp.
    const QString t = u"fuzz_text"_s;
    for (const QString& text :
         {u"Your parcel left the warehouse 🚚"_s, u"   "_s, u"e\u0301"_s, u"a\u0000b"_s}) {
        write(t, QByteArray(1, 0) + utf16(text) + QByteArray(1, 3));
    }
    write(t, QByteArray(1, 1) + u"Zoë Łukasiewicz 📦"_s.toUtf8());
    write(t, QByteArray(1, 1) + QByteArray("\xed\xa0\x80\xc0\xaf"));
    write(t, QByteArray(1, 2) + utf16(u"returning 🛍️"_s));
    write(t, QByteArray(1, 3) + utf16(u"opted_in"_s));
    write(t, QByteArray(1, 3) + utf16(u"EUR"_s));
    for (const char* time : {"2026-11-21T09:01:07.123Z", "2026-11-21T09:01:07+02:00",
                             "0001-01-01T00:00:00.000+01:00", "9999-12-31T23:59:59.999-01:00"}) {
        write(t, QByteArray(1, 4) + QByteArray(time));
    }
}

void otherSeeds()
{
    for (const char* head :
         {"MZ\x90\x00",
          "\x7f"
          "ELF\x02\x01",
          "#!/bin/sh\n", "%PDF-1.7\n", "\x89PNG\r\n\x1a\n", "\xca\xfe\xba\xbe\x00\x00\x00\x02"}) {
        write(u"fuzz_executable"_s, QByteArray(head));
    }
    // FuzzedDataProvider input: strings end at a backslash followed by
    // another character; the integers are read from the end.
    write(u"fuzz_chatlist"_s, QByteArray("\\xZoë Ł\\xzoe.l\\xzoe@example.org\\x+48 600 100 "
                                         "200\\xsomething\\x\\x\\x\\x\\x\\x\\x\\x\\x600 100\\x"
                                         "\x01\x02\x03\x04\x05\x06\x07\x08"));
    write(u"fuzz_supportwindow"_s, QByteArray("\x02\x02\x00\x10\x20\x30\x02\x00\x10\x20\x31", 11));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    root = QString::fromLocal8Bit(argv[1]);
    typeSeeds();
    requestSeeds();
    frameSeeds();
    textSeeds();
    otherSeeds();
    return 0;
}
