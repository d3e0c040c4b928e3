// Every response and entity type's JSON decoder. The first byte picks the
// type; the rest is the JSON text.

#include "common.h"

#include <protocol/botstatus.h>
#include <protocol/chat.h>
#include <protocol/chatwriter.h>
#include <protocol/crm.h>
#include <protocol/error.h>
#include <protocol/event.h>
#include <protocol/flow.h>
#include <protocol/message.h>
#include <protocol/note.h>
#include <protocol/stats.h>
#include <protocol/subscriber.h>
#include <protocol/workspace.h>

#include <iterator>

using namespace baton::protocol;
using baton::fuzz::checkRoundTrip;
using baton::fuzz::require;

namespace {

template <class T>
void check(const QByteArray& bytes)
{
    checkRoundTrip<T>(bytes, "type");
}

// Types the server also writes directly (protocol/chatwriter.h): that text
// must decode to the very value and hold the JSON values of toJson().
template <class T>
void checkWritten(const QByteArray& bytes)
{
    const auto value = checkRoundTrip<T>(bytes, "type");
    if (!value)
        return;
    const QByteArray written = jsonBytes(*value);
    const Decoded<T> back = decodeBytes<T>(written);
    if (!back || !(*back == *value)) {
        std::fprintf(stderr, "written: %s\n", written.constData());
        require(false, "the chat writer's text decodes to the value written");
    }
    require(QJsonDocument::fromJson(written).object() == toJson(*value),
            "the chat writer writes toJson()'s values");
}

void checkErrorBody(const QByteArray& bytes)
{
    // What a client makes of any answer body: always an error with a message.
    const ApiError error = decodeErrorBody(bytes, 500);
    if (error.message.isEmpty())
        require(parseObject(bytes).ok(), "only a real error body may carry an empty message");
    const ApiError fromWire = ApiError::fromDecode({QStringLiteral("x"), error.message});
    require(fromWire.code == ErrorCode::InvalidField, "a field error is invalid_field");
}

void checkVariable(const QByteArray& bytes)
{
    const auto variable = checkRoundTrip<Variable>(bytes, "Variable");
    if (variable)
        require(variable->value.index() == static_cast<std::size_t>(variable->type()),
                "a variable's type is its value's alternative");
}

using Check = void (*)(const QByteArray&);

// Order is part of the corpus format (fuzz/corpus/fuzz_types): append only.
constexpr Check kChecks[] = {
    &check<Actor>,
    &check<BotStatus>,
    &check<MessagePreview>,
    &checkWritten<Chat>,
    &check<ListCounts>,
    &checkWritten<ChatPage>,
    &check<Stage>,
    &check<Pipeline>,
    &check<Deal>,
    &check<ApiError>,
    &check<Origin>,
    &check<NoteDeleted>,
    &check<BotStatusChanged>,
    &check<Event>,
    &check<EventPage>,
    &check<FlowStep>,
    &check<Flow>,
    &check<Attachment>,
    &check<Reaction>,
    &check<Message>,
    &check<MessagePage>,
    &check<Note>,
    &check<StatsFigures>,
    &check<BotStats>,
    &check<Stats>,
    &checkVariable,
    &check<AdCampaign>,
    &check<InstagramFollow>,
    &check<GroupInfo>,
    &check<ActiveFlow>,
    &check<Subscriber>,
    &check<Workspace>,
    &check<Agent>,
    &check<Bot>,
    &checkErrorBody,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t pick = data[0] % std::size(kChecks);
    kChecks[pick](baton::fuzz::bytesOf(data + 1, size - 1));
    return 0;
}
