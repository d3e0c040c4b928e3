#include <net/serverframe.h>

using namespace Qt::StringLiterals;

namespace baton::net {

ServerFrame readServerFrame(const QString& text, bool online)
{
    using protocol::FrameType;
    ServerFrame out;
    auto decoded = protocol::decodeFrame(text.toUtf8());
    if (!decoded) {
        out.error = decoded.error;
        out.reason = u"the server sent a malformed frame: %1: %2"_s.arg(
            out.error.field.isEmpty() ? u"(frame)"_s : out.error.field, out.error.message);
        return out;
    }
    bool expected = true;
    switch (decoded->type) {
    case FrameType::Event:
        expected = online && decoded->event.has_value();
        break;
    case FrameType::Resync:
        expected = online;
        break;
    case FrameType::Hello:
        expected = false;
        break;
    case FrameType::Welcome:
    case FrameType::Error:
    case FrameType::Ping:
    case FrameType::Pong:
        break;
    }
    if (!expected) {
        const QString type = protocol::enumName(decoded->type);
        out.error = {u"type"_s, u"a '%1' frame is not expected here"_s.arg(type)};
        out.reason = u"the server sent an unexpected '%1' frame"_s.arg(type);
        return out;
    }
    out.frame = std::move(*decoded.value);
    return out;
}

} // namespace baton::net
