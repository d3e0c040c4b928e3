// The chat list's filters and search, checked against a plain restatement of
// the rules in protocol/chatlist.h: the search folds both sides and looks for
// a substring in each field, or the digits of a phone search in the phone's
// digits; the filters are the list, channel, type and assignee.

#include "common.h"

#include <protocol/chatlist.h>

#include <QTimeZone>

#include <cstring>
#include <fuzzer/FuzzedDataProvider.h>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

// Text from the input: as UTF-8 (mostly ASCII, what users type) or as raw
// UTF-16 (any code unit, including lone surrogates and NUL).
QString takeText(FuzzedDataProvider& in)
{
    const bool raw = in.ConsumeBool();
    const std::string bytes = in.ConsumeRandomLengthString(64);
    if (!raw)
        return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QString out(static_cast<qsizetype>(bytes.size() / 2), Qt::Uninitialized);
    std::memcpy(out.data(), bytes.data(), static_cast<std::size_t>(out.size()) * 2);
    return out;
}

template <class E>
E takeEnum(FuzzedDataProvider& in)
{
    constexpr auto values = allValues<E>();
    return values[in.ConsumeIntegralInRange<std::size_t>(0, values.size() - 1)];
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.';
}

QString digitsOf(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

bool referenceSearch(const Chat& chat, const QString& search)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return true;
    const QString needle = text.toCaseFolded();
    for (const QString* field : {&chat.title, &chat.username, &chat.email, &chat.phone}) {
        if (field->toCaseFolded().contains(needle))
            return true;
    }
    bool phoneSearch = true;
    for (QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && !isSeparator(c))
            phoneSearch = false;
    }
    const QString digits = digitsOf(text);
    return phoneSearch && !digits.isEmpty() && digitsOf(chat.phone).contains(digits);
}

bool referenceFilters(const Chat& chat, const ChatQuery& query)
{
    const bool open = chat.state == ChatState::Open;
    bool inTheList = true;
    switch (query.list) {
    case ChatList::Open:
        inTheList = open;
        break;
    case ChatList::Unread:
        inTheList = open && chat.unreadCount > 0;
        break;
    case ChatList::Closed:
        inTheList = !open;
        break;
    case ChatList::All:
        break;
    }
    if (!inTheList || (query.channel && *query.channel != chat.channel) ||
        (query.type && *query.type != chat.type))
        return false;
    switch (query.assignee) {
    case AssigneeFilter::All:
        return true;
    case AssigneeFilter::Me:
    case AssigneeFilter::Agent:
        return chat.assigneeId == query.assigneeId;
    case AssigneeFilter::Unassigned:
        return !chat.assigneeId;
    }
    return false;
}

Chat takeChat(FuzzedDataProvider& in)
{
    Chat chat;
    chat.id = in.ConsumeIntegralInRange<qint64>(1, 5);
    chat.title = takeText(in);
    chat.username = takeText(in);
    chat.email = takeText(in);
    chat.phone = takeText(in);
    chat.state = takeEnum<ChatState>(in);
    chat.channel = takeEnum<Channel>(in);
    chat.type = takeEnum<ChatType>(in);
    chat.unreadCount = in.ConsumeIntegralInRange<qint64>(0, 3);
    if (in.ConsumeBool())
        chat.assigneeId = in.ConsumeIntegralInRange<qint64>(0, 3);
    chat.lastActivityAt =
        QDateTime::fromMSecsSinceEpoch(in.ConsumeIntegralInRange<qint64>(0, 3), QTimeZone::utc());
    return chat;
}

ChatQuery takeQuery(FuzzedDataProvider& in)
{
    ChatQuery query;
    query.list = takeEnum<ChatList>(in);
    if (in.ConsumeBool())
        query.channel = takeEnum<Channel>(in);
    if (in.ConsumeBool())
        query.type = takeEnum<ChatType>(in);
    query.assignee = static_cast<AssigneeFilter>(in.ConsumeIntegralInRange<int>(0, 3));
    query.assigneeId = in.ConsumeIntegralInRange<qint64>(0, 3);
    query.search = takeText(in);
    return query;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const Chat a = takeChat(in);
    const Chat b = takeChat(in);
    const ChatQuery query = takeQuery(in);

    const bool found = matchesSearch(a, query.search);
    require(found == referenceSearch(a, query.search), "matchesSearch follows the search rule");

    // The same key stored behind another chat's key in one buffer.
    QString buffer;
    SearchKey::append(b, buffer);
    const qsizetype start = buffer.size();
    SearchKeyView stored = SearchKey::append(a, buffer);
    stored.text = QStringView(buffer).sliced(start);
    const SearchNeedle needle(query.search);
    require(needle.matches(stored) == found, "a key in a shared buffer matches the same way");
    require(needle.matches(SearchKey(a)) == found, "SearchKey matches like matchesSearch");
    if (!SearchKey::differs(a, b))
        require(needle.matches(SearchKey(b)) == found, "equal search fields match alike");

    const bool filtered = matchesExceptSearch(a, query);
    require(filtered == referenceFilters(a, query), "the filters follow their rules");
    require(filtered == matchesExceptSearch(FilterKey(a), query), "FilterKey filters like Chat");
    require(matches(a, query) == (filtered && found), "matches() is filters and search");

    ListCounts counts;
    count(a, counts);
    require(counts.all == 1 && counts.open + counts.closed == 1 && counts.unread <= counts.open,
            "a chat counts once in all and in exactly one of open and closed");
    for (ChatList list : allValues<ChatList>()) {
        require(inList(a, list) == inList(FilterKey(a), list), "inList agrees for Chat and key");
    }

    require(!sortsBefore(a, a), "the order is irreflexive");
    require(!(sortsBefore(a, b) && sortsBefore(b, a)), "the order is asymmetric");
    return 0;
}
