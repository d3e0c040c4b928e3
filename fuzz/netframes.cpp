// The client's handling of one text message from the stream server
// (net::readServerFrame, what EventStream does before acting on a frame),
// online and before the welcome.

#include "common.h"

#include <net/serverframe.h>

using namespace baton;
using baton::fuzz::require;

namespace {

void checkRead(const QString& text, bool online)
{
    const net::ServerFrame read = net::readServerFrame(text, online);
    if (!read.frame) {
        require(!read.error.message.isEmpty(), "a refused frame has an error");
        require(!read.reason.isEmpty(), "a refused frame has a reason for the status line");
        return;
    }
    const protocol::StreamFrame& frame = *read.frame;
    require(frame.type != protocol::FrameType::Hello, "the client never accepts a hello");
    if (frame.type == protocol::FrameType::Event) {
        require(online, "events only once welcomed");
        require(frame.event.has_value(), "an accepted event frame carries its event");
    }
    if (frame.type == protocol::FrameType::Resync)
        require(online, "resync only once welcomed");
    if (frame.type == protocol::FrameType::Error)
        require(frame.error.has_value(), "an accepted error frame carries its error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // QWebSocket hands text messages over as QString, decoded from UTF-8.
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkRead(text, false);
    checkRead(text, true);
    const net::ServerFrame before = net::readServerFrame(text, false);
    const net::ServerFrame after = net::readServerFrame(text, true);
    if (before.frame)
        require(after.frame.has_value(), "what is accepted before the welcome is accepted after");
    return 0;
}
