#include <models/messages.h>

namespace baton::models {

protocol::Message mergeMessage(const protocol::Message& current, const protocol::Message& incoming)
{
    protocol::Message out = incoming;
    if (!protocol::deliveryAdvances(current.delivery, incoming.delivery))
        out.delivery = current.delivery;
    out.deleted = current.deleted || incoming.deleted;
    if (current.editedAt && (!incoming.editedAt || *incoming.editedAt < *current.editedAt)) {
        out.text = current.text;
        out.editedAt = current.editedAt;
    }
    return out;
}

bool isPreviewable(const protocol::Message& message)
{
    return !message.deleted && message.kind != protocol::MessageKind::BotStatusChange;
}

protocol::MessagePreview previewOf(const protocol::Message& message)
{
    constexpr qsizetype kPreviewCodePoints = 200;
    protocol::MessagePreview p;
    QString text = message.text;
    if (text.isEmpty() && !message.attachments.isEmpty())
        text = message.attachments.first().filename;
    // Cut at 200 code points, never inside a surrogate pair.
    qsizetype points = 0;
    qsizetype i = 0;
    while (i < text.size() && points < kPreviewCodePoints) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
        ++points;
    }
    text.truncate(i);
    p.text = text;
    p.direction = message.direction;
    p.source = message.source;
    p.kind = message.kind;
    p.agentId = message.agentId;
    p.at = message.createdAt;
    p.messageId = message.id;
    return p;
}

QString normalizedClientId(const QString& clientId)
{
    return clientId.toLower();
}

} // namespace baton::models
