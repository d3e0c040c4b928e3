#pragma once

#include <protocol/chat.h>

#include <QObject>

namespace baton::models {

// The tab badges: how many chats each list holds under the current channel,
// type, assignee and search filters. Kept up to date by ChatListModel.
class ListCounts : public QObject {
    Q_OBJECT
    Q_PROPERTY(qint64 open READ open NOTIFY changed)
    Q_PROPERTY(qint64 unread READ unread NOTIFY changed)
    Q_PROPERTY(qint64 closed READ closed NOTIFY changed)
    Q_PROPERTY(qint64 all READ all NOTIFY changed)

public:
    explicit ListCounts(QObject* parent = nullptr);

    qint64 open() const { return counts_.open; }
    qint64 unread() const { return counts_.unread; }
    qint64 closed() const { return counts_.closed; }
    qint64 all() const { return counts_.all; }
    qint64 count(protocol::ChatList list) const;
    protocol::ListCounts values() const { return counts_; }

    // Emits changed() only when a value differs.
    void setValues(const protocol::ListCounts& counts);

Q_SIGNALS:
    void changed();

private:
    protocol::ListCounts counts_;
};

} // namespace baton::models
