// Event decoding: single events (as in a stream frame) and event pages (GET
// /events). The first byte picks which; the rest is the JSON text.

#include "common.h"

#include <protocol/event.h>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

void checkEvent(const Event& event)
{
    require(payloadMatches(event.type, event.payload),
            "a decoded event carries the payload its type names");
    require(event.seq >= 1, "a decoded event has a seq");
    // The server replays stored events from parts; both forms must agree.
    const QJsonObject fromParts = eventJson(event.seq, enumName(event.type), event.at, event.origin,
                                            payloadToJson(event.payload));
    require(fromParts == toJson(event), "eventJson() writes what toJson(Event) writes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = baton::fuzz::bytesOf(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        if (const auto event = baton::fuzz::checkRoundTrip<Event>(bytes, "Event"))
            checkEvent(*event);
    } else if (const auto page = baton::fuzz::checkRoundTrip<EventPage>(bytes, "EventPage")) {
        for (const Event& event : page->events)
            checkEvent(event);
        require(page->head >= 0, "a page's head is not negative");
    }
    return 0;
}
