#include <protocol/chatlist.h>

namespace baton::protocol {

namespace {

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.';
}

// The digits of `text`, or an empty string if `text` holds anything but digits
// and phone separators (spaces, dashes, plus, parentheses, dots).
QString phoneDigits(QStringView text, bool strict)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
        else if (strict && !isPhoneSeparator(c))
            return {};
    }
    return out;
}

} // namespace

bool inList(const Chat& chat, ChatList list)
{
    switch (list) {
    case ChatList::Open:
        return chat.state == ChatState::Open;
    case ChatList::Unread:
        return chat.state == ChatState::Open && chat.unreadCount > 0;
    case ChatList::Closed:
        return chat.state == ChatState::Closed;
    case ChatList::All:
        return true;
    }
    return false;
}

// The search is trimmed; an empty search matches every chat. Otherwise it is
// a case-insensitive substring of the title, username, email or phone. A
// search made only of digits and phone separators (spaces, dashes, plus,
// parentheses, dots) also matches when its digits appear in the phone's
// digits, so "555 01" finds "+1 555-0100".
bool matchesSearch(const Chat& chat, QStringView search)
{
    const QStringView needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString* field : {&chat.title, &chat.username, &chat.email, &chat.phone}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    const QString digits = phoneDigits(needle, true);
    return !digits.isEmpty() && phoneDigits(chat.phone, false).contains(digits);
}

bool matches(const Chat& chat, const ChatQuery& query)
{
    if (!inList(chat, query.list))
        return false;
    if (query.channel && chat.channel != *query.channel)
        return false;
    if (query.type && chat.type != *query.type)
        return false;
    switch (query.assignee) {
    case AssigneeFilter::All:
        break;
    case AssigneeFilter::Me:
    case AssigneeFilter::Agent:
        if (chat.assigneeId != query.assigneeId)
            return false;
        break;
    case AssigneeFilter::Unassigned:
        if (chat.assigneeId)
            return false;
        break;
    }
    return matchesSearch(chat, query.search);
}

void count(const Chat& chat, ListCounts& counts)
{
    if (inList(chat, ChatList::Open))
        ++counts.open;
    if (inList(chat, ChatList::Unread))
        ++counts.unread;
    if (inList(chat, ChatList::Closed))
        ++counts.closed;
    if (inList(chat, ChatList::All))
        ++counts.all;
}

bool sortsBefore(const Chat& a, const Chat& b)
{
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id > b.id;
}

} // namespace baton::protocol
