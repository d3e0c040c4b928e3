#pragma once

#include <protocol/json.h>
#include <protocol/stream.h>

#include <QString>

#include <optional>

namespace baton::net {

// The client's reading of one text message from the stream server, kept
// apart from the socket so the rules can be checked (and fuzzed) on their
// own: a frame to act on, or why the connection must be dropped.
struct ServerFrame {
    // Set when the message is a frame the client acts on in this state.
    std::optional<protocol::StreamFrame> frame;
    // When `frame` is empty: the error for EventStream::protocolError and
    // the reason shown in the connection status.
    protocol::DecodeError error;
    QString reason;
};

// `online`: a welcome has arrived on this connection. Before it only
// welcome, ping, pong and error are expected; a hello never is.
ServerFrame readServerFrame(const QString& text, bool online);

} // namespace baton::net
