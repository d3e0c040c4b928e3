#include <protocol/stream.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace baton::protocol {

StreamFrame StreamFrame::hello(const QString& token, qint64 after)
{
    StreamFrame f;
    f.type = FrameType::Hello;
    f.token = token;
    f.after = after;
    return f;
}

StreamFrame StreamFrame::welcome(qint64 head)
{
    StreamFrame f;
    f.type = FrameType::Welcome;
    f.head = head;
    return f;
}

StreamFrame StreamFrame::resync(qint64 head)
{
    StreamFrame f;
    f.type = FrameType::Resync;
    f.head = head;
    return f;
}

StreamFrame StreamFrame::ofEvent(const Event& event)
{
    StreamFrame f;
    f.type = FrameType::Event;
    f.event = event;
    return f;
}

StreamFrame StreamFrame::ping()
{
    return StreamFrame{};
}

StreamFrame StreamFrame::pong()
{
    StreamFrame f;
    f.type = FrameType::Pong;
    return f;
}

StreamFrame StreamFrame::ofError(const ApiError& error)
{
    StreamFrame f;
    f.type = FrameType::Error;
    f.error = error;
    return f;
}

QJsonObject toJson(const StreamFrame& v)
{
    QJsonObject out{{u"type"_s, enumName(v.type)}};
    switch (v.type) {
    case FrameType::Hello:
        out.insert(u"token"_s, v.token);
        out.insert(u"after"_s, v.after);
        break;
    case FrameType::Welcome:
    case FrameType::Resync:
        out.insert(u"head"_s, v.head);
        break;
    case FrameType::Event:
        out.insert(u"event"_s, v.event ? toJson(*v.event) : QJsonObject());
        break;
    case FrameType::Error:
        // The error body's inner object, as in an HTTP error answer.
        out.insert(u"error"_s, v.error ? toJson(*v.error).value(u"error"_s) : QJsonValue());
        break;
    case FrameType::Ping:
    case FrameType::Pong:
        break;
    }
    return out;
}

bool fromJson(JsonReader& r, StreamFrame& v)
{
    v.type = r.enumeration<FrameType>(u"type");
    if (!r.ok())
        return false;
    switch (v.type) {
    case FrameType::Hello:
        v.token = r.string(u"token");
        v.after = r.optInteger(u"after").value_or(0);
        break;
    case FrameType::Welcome:
    case FrameType::Resync:
        v.head = r.integer(u"head");
        break;
    case FrameType::Event:
        v.event = r.child<Event>(u"event");
        break;
    case FrameType::Error:
        v.error = r.child<ApiError>(u"error");
        break;
    case FrameType::Ping:
    case FrameType::Pong:
        break;
    }
    return r.ok();
}

QByteArray encodeFrame(const StreamFrame& frame)
{
    return QJsonDocument(toJson(frame)).toJson(QJsonDocument::Compact);
}

Decoded<StreamFrame> decodeFrame(const QByteArray& bytes)
{
    return decodeBytes<StreamFrame>(bytes);
}

} // namespace baton::protocol
