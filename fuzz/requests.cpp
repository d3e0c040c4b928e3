// Request and response bodies of the REST API: decoding (what the server does
// with a body before anything else), the 400 answer built from a refusal, and
// validate() (the 422 rules) on everything that decodes. The first byte picks
// the type; the rest is the body.

#include "common.h"

#include <protocol/limits.h>
#include <protocol/requests.h>

#include <iterator>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

// A fixed "now" so that a run is reproducible.
QDateTime fixedNow()
{
    static const QDateTime now = *parseTime(QStringLiteral("2026-01-31T09:00:00.000Z"));
    return now;
}

void checkVerdict(const std::optional<ApiError>& error)
{
    if (!error)
        return;
    require(error->code == ErrorCode::Unprocessable, "validate() answers 422");
    require(!error->message.isEmpty(), "a validation error says why");
    require(error->status() == 422, "unprocessable is HTTP 422");
}

template <class T>
std::optional<T> decodeChecked(const QByteArray& bytes)
{
    const Decoded<T> plain = decodeBytes<T>(bytes);
    const std::optional<T> value = baton::fuzz::checkRoundTrip<T>(bytes, "request");
    require(plain.ok() == value.has_value(), "decoding is deterministic");
    if (!plain) {
        // What the server answers for a body it cannot read.
        const ApiError error = ApiError::fromDecode(plain.error);
        require(error.status() == 400, "a body that does not decode is a 400");
        require(error.code == (plain.error.field.isEmpty() ? ErrorCode::InvalidJson
                                                           : ErrorCode::InvalidField),
                "invalid_json only for the body as a whole");
    }
    return value;
}

template <class T>
void decodeOnly(const QByteArray& bytes)
{
    decodeChecked<T>(bytes);
}

template <class T>
void decodeAndValidate(const QByteArray& bytes)
{
    if (const auto value = decodeChecked<T>(bytes)) {
        const auto first = validate(*value);
        checkVerdict(first);
        require(first == validate(*value), "validate() is deterministic");
    }
}

template <class T>
void decodeAndValidateAt(const QByteArray& bytes)
{
    if (const auto value = decodeChecked<T>(bytes))
        checkVerdict(validate(*value, fixedNow()));
}

void sendMessage(const QByteArray& bytes)
{
    const auto value = decodeChecked<SendMessageRequest>(bytes);
    if (!value)
        return;
    const auto error = validate(*value);
    checkVerdict(error);
    if (!error && !value->text.isEmpty())
        require(codePointCount(value->text) <= kMaxMessageCodePoints &&
                    !checkMessageText(value->text),
                "an accepted message text is within the limits");
}

void note(const QByteArray& bytes)
{
    const auto value = decodeChecked<NoteRequest>(bytes);
    if (!value)
        return;
    const auto error = validate(*value);
    checkVerdict(error);
    require(error.has_value() == checkNoteText(value->text).has_value(),
            "a note is refused exactly when its text breaks the limits");
}

void tags(const QByteArray& bytes)
{
    const auto value = decodeChecked<TagsRequest>(bytes);
    if (!value)
        return;
    const auto error = validate(*value);
    checkVerdict(error);
    if (!error) {
        for (const QString& tag : value->tags)
            require(isValidTag(tag) && codePointCount(tag) <= 64, "accepted tags are valid");
    }
}

using Check = void (*)(const QByteArray&);

// Order is part of the corpus format (fuzz/corpus/fuzz_requests): append only.
constexpr Check kChecks[] = {
    &decodeOnly<LoginRequest>,
    &decodeOnly<LoginResponse>,
    &decodeOnly<MeResponse>,
    &decodeOnly<BulkResult>,
    &sendMessage,
    &decodeAndValidate<EditMessageRequest>,
    &decodeOnly<ReactionRequest>,
    &note,
    &decodeOnly<AssigneeRequest>,
    &decodeAndValidateAt<BotStatusRequest>,
    &decodeAndValidate<ExtendRequest>,
    &decodeAndValidateAt<BulkBotStatusRequest>,
    &tags,
    &decodeOnly<VariableRequest>,
    &decodeAndValidate<DealRequest>,
    &decodeAndValidate<DealPatch>,
    &decodeAndValidate<ContactRequest>,
    &decodeAndValidate<InboundRequest>,
    &decodeAndValidate<ChannelOutboundRequest>,
    &decodeAndValidate<ChannelDeliveryRequest>,
    &decodeOnly<ChannelReactionRequest>,
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
