// Stream frames as both ends read them: the server reads a client's text
// message (it must be a hello first, then pings and pongs), the client reads
// the server's (welcome, event, resync, ping, pong, error). Both go through
// decodeFrame(); this checks it and the encode round trip.

#include "common.h"

#include <protocol/stream.h>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

StreamFrame decodeAgain(const StreamFrame& frame)
{
    const QByteArray encoded = encodeFrame(frame);
    const Decoded<StreamFrame> again = decodeFrame(encoded);
    if (!again) {
        std::fprintf(stderr, "frame encoding refused: %s: %s\n  %s\n",
                     qPrintable(again.error.field), qPrintable(again.error.message),
                     encoded.constData());
    }
    require(again.ok(), "a frame's own encoding decodes");
    require(encodeFrame(*again) == encoded, "frame encoding is a fixed point");
    return *again;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = baton::fuzz::bytesOf(data, size);
    const Decoded<StreamFrame> frame = decodeFrame(bytes);
    if (!frame) {
        // The server closes with 4400 and this error; the client reports it.
        require(!frame.error.message.isEmpty(), "a refused frame says why");
        require(ApiError::fromDecode(frame.error).status() == 400, "a bad frame is a 400 error");
        return 0;
    }
    switch (frame->type) {
    case FrameType::Hello:
        require(frame->after >= 0, "hello's after is not negative");
        break;
    case FrameType::Welcome:
    case FrameType::Resync:
        require(frame->head >= 0, "head is not negative");
        break;
    case FrameType::Event:
        require(frame->event.has_value(), "an event frame carries an event");
        require(payloadMatches(frame->event->type, frame->event->payload),
                "an event frame's payload matches its type");
        break;
    case FrameType::Error:
        require(frame->error.has_value(), "an error frame carries an error");
        break;
    case FrameType::Ping:
    case FrameType::Pong:
        break;
    }
    const StreamFrame again = decodeAgain(*frame);
    require(again.type == frame->type, "a frame keeps its type through encoding");
    return 0;
}
