#include <models/listcounts.h>

namespace baton::models {

ListCounts::ListCounts(QObject* parent)
    : QObject(parent)
{}

qint64 ListCounts::count(protocol::ChatList list) const
{
    switch (list) {
    case protocol::ChatList::Open:
        return counts_.open;
    case protocol::ChatList::Unread:
        return counts_.unread;
    case protocol::ChatList::Closed:
        return counts_.closed;
    case protocol::ChatList::All:
        return counts_.all;
    }
    return 0;
}

void ListCounts::setValues(const protocol::ListCounts& counts)
{
    if (counts == counts_)
        return;
    counts_ = counts;
    Q_EMIT changed();
}

} // namespace baton::models
