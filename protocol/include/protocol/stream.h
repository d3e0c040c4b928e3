#pragma once

#include <protocol/error.h>
#include <protocol/event.h>

namespace baton::protocol {

// Frames on the /api/v1/stream WebSocket, one JSON object per text message.
enum class FrameType { Hello, Welcome, Event, Resync, Ping, Pong, Error };

template <>
struct EnumTraits<FrameType> {
    static constexpr std::array<std::pair<FrameType, const char*>, 7> names{{
        {FrameType::Hello, "hello"},
        {FrameType::Welcome, "welcome"},
        {FrameType::Event, "event"},
        {FrameType::Resync, "resync"},
        {FrameType::Ping, "ping"},
        {FrameType::Pong, "pong"},
        {FrameType::Error, "error"},
    }};
};

// Each side pings after this much silence; a side that hears nothing for
// kStreamDeadAfter declares the connection dead.
inline constexpr int kStreamPingIntervalMs = 15'000;
inline constexpr int kStreamDeadAfterMs = 45'000;

// WebSocket close codes besides the standard ones (1000 normal, 1001 going
// away when the server stops or a client reads too slowly).
inline constexpr int kCloseHeartbeatTimeout = 4000;
inline constexpr int kCloseBadFirstFrame = 4400;
inline constexpr int kCloseUnauthorized = 4401;

struct StreamFrame {
    FrameType type = FrameType::Ping;
    QString token;              // hello
    qint64 after = 0;           // hello: last applied seq (0: none)
    qint64 head = 0;            // welcome, resync: the newest seq
    std::optional<Event> event; // event
    std::optional<ApiError> error;

    static StreamFrame hello(const QString& token, qint64 after);
    static StreamFrame welcome(qint64 head);
    static StreamFrame resync(qint64 head);
    static StreamFrame ofEvent(const Event& event);
    static StreamFrame ping();
    static StreamFrame pong();
    static StreamFrame ofError(const ApiError& error);

    bool operator==(const StreamFrame&) const = default;
};

QJsonObject toJson(const StreamFrame& v);
bool fromJson(JsonReader& r, StreamFrame& v);
QByteArray encodeFrame(const StreamFrame& frame);
Decoded<StreamFrame> decodeFrame(const QByteArray& bytes);

} // namespace baton::protocol
