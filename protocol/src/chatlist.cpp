#include <protocol/chatlist.h>

#include <cstring>

namespace baton::protocol {

namespace {

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.';
}

// The digits of `text`, or an empty string if `text` holds anything but digits
// and phone separators (spaces, dashes, plus, parentheses, dots).
QString phoneSearchDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
        else if (!isPhoneSeparator(c))
            return {};
    }
    return out;
}

// Appends `text` case folded: ASCII directly, anything else through
// QString::toCaseFolded (the same result; this only saves an allocation).
void appendFolded(QString& out, const QString& text)
{
    const qsizetype n = text.size();
    const QChar* src = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        if (src[i].unicode() >= 0x80) {
            out.append(text.toCaseFolded());
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + n);
    QChar* dst = out.data() + at;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i].unicode();
        dst[i] = QChar(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c);
    }
}

// Whether `needle` occurs in [from, from + size): the first byte found with
// memchr, the rest compared. Search fields are short, so this beats a
// Boyer-Moore table, and a one-character needle is one memchr.
bool containsLatin1(const char* from, qsizetype size, const QByteArray& needle)
{
    const qsizetype m = needle.size();
    if (m > size)
        return false;
    const char first = needle.at(0);
    const char* p = from;
    const char* const last = from + (size - m); // the last place it can start
    while (p <= last) {
        const void* hit = std::memchr(p, first, static_cast<std::size_t>(last - p + 1));
        if (!hit)
            return false;
        p = static_cast<const char*>(hit);
        if (std::memcmp(p + 1, needle.constData() + 1, static_cast<std::size_t>(m - 1)) == 0)
            return true;
        ++p;
    }
    return false;
}

// `text` in Latin-1, or empty when it holds a character above U+00FF.
QByteArray latin1Of(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return {};
    }
    return text.toLatin1();
}

} // namespace

FilterKey::FilterKey(const Chat& chat)
    : assigneeId(chat.assigneeId.value_or(0))
    , assigned(chat.assigneeId.has_value())
    , unread(chat.unreadCount > 0)
    , state(chat.state)
    , channel(chat.channel)
    , type(chat.type)
{}

bool inList(const FilterKey& key, ChatList list)
{
    switch (list) {
    case ChatList::Open:
        return key.state == ChatState::Open;
    case ChatList::Unread:
        return key.state == ChatState::Open && key.unread;
    case ChatList::Closed:
        return key.state == ChatState::Closed;
    case ChatList::All:
        return true;
    }
    return false;
}

bool inList(const Chat& chat, ChatList list)
{
    return inList(FilterKey(chat), list);
}

SearchKey::SearchKey(const Chat& chat)
{
    const SearchKeyView v = append(chat, text_);
    titleEnd_ = v.titleEnd;
    usernameEnd_ = v.usernameEnd;
    emailEnd_ = v.emailEnd;
    phoneEnd_ = v.phoneEnd;
}

SearchKeyView SearchKey::append(const Chat& chat, QString& buffer)
{
    const qsizetype start = buffer.size();
    SearchKeyView v;
    appendFolded(buffer, chat.title);
    v.titleEnd = buffer.size() - start;
    buffer.append(QChar(u'\0'));
    appendFolded(buffer, chat.username);
    v.usernameEnd = buffer.size() - start;
    buffer.append(QChar(u'\0'));
    appendFolded(buffer, chat.email);
    v.emailEnd = buffer.size() - start;
    buffer.append(QChar(u'\0'));
    appendFolded(buffer, chat.phone);
    v.phoneEnd = buffer.size() - start;
    buffer.append(QChar(u'\0'));
    for (const QChar c : chat.phone) {
        if (c >= u'0' && c <= u'9')
            buffer.append(c);
    }
    v.text = QStringView(buffer).sliced(start);
    return v;
}

bool SearchKey::appendLatin1(const SearchKeyView& key, QByteArray& buffer)
{
    for (const QChar c : key.text) {
        if (c.unicode() > 0xff)
            return false;
    }
    const qsizetype at = buffer.size();
    buffer.resize(at + key.text.size());
    char* out = buffer.data() + at;
    for (const QChar c : key.text)
        *out++ = static_cast<char>(c.unicode());
    return true;
}

bool SearchKey::differs(const Chat& a, const Chat& b)
{
    return a.title != b.title || a.username != b.username || a.email != b.email ||
           a.phone != b.phone;
}

SearchNeedle::SearchNeedle(QStringView search)
{
    const QStringView needle = search.trimmed();
    if (needle.isEmpty())
        return;
    text_ = needle.toString().toCaseFolded();
    textMatcher_ = QStringMatcher(text_, Qt::CaseSensitive);
    hasSeparator_ = text_.contains(QChar(u'\0'));
    digits_ = phoneSearchDigits(needle);
    if (!digits_.isEmpty())
        digitsMatcher_ = QStringMatcher(digits_, Qt::CaseSensitive);
    latin1_ = latin1Of(text_);
    latin1Digits_ = digits_.toLatin1();
}

bool SearchNeedle::narrows(const SearchNeedle& wider) const
{
    // A phone search also matches by digits; a part of it without a digit
    // ("-" of "5-") is no phone search and cannot.
    return !wider.text_.isEmpty() && text_.contains(wider.text_) &&
           (digits_.isEmpty() || !wider.digits_.isEmpty());
}

bool SearchNeedle::matches(const SearchKeyView& key) const
{
    if (text_.isEmpty())
        return true;
    if (!hasSeparator_) {
        // The fields are joined by \0, which the text does not hold, so a
        // match can never straddle two fields.
        if (textMatcher_.indexIn(key.text.first(key.phoneEnd)) >= 0)
            return true;
    } else {
        const qsizetype starts[] = {0, key.titleEnd + 1, key.usernameEnd + 1, key.emailEnd + 1};
        const qsizetype ends[] = {key.titleEnd, key.usernameEnd, key.emailEnd, key.phoneEnd};
        for (int i = 0; i < 4; ++i) {
            if (textMatcher_.indexIn(key.text.sliced(starts[i], ends[i] - starts[i])) >= 0)
                return true;
        }
    }
    return !digits_.isEmpty() && digitsMatcher_.indexIn(key.text.sliced(key.phoneEnd + 1)) >= 0;
}

bool SearchNeedle::matches(const SearchKeyLatin1View& key) const
{
    if (text_.isEmpty())
        return true;
    // A text with a character outside Latin-1 is in no Latin-1 key; only
    // its digits can still match.
    if (!latin1_.isEmpty()) {
        const char* text = key.text.data();
        if (!hasSeparator_) {
            // As for UTF-16 keys: the text holds no \0, so a match never
            // straddles two fields.
            if (containsLatin1(text, key.phoneEnd, latin1_))
                return true;
        } else {
            const qsizetype starts[] = {0, key.titleEnd + 1, key.usernameEnd + 1, key.emailEnd + 1};
            const qsizetype ends[] = {key.titleEnd, key.usernameEnd, key.emailEnd, key.phoneEnd};
            for (int i = 0; i < 4; ++i) {
                if (containsLatin1(text + starts[i], ends[i] - starts[i], latin1_))
                    return true;
            }
        }
    }
    if (latin1Digits_.isEmpty())
        return false;
    const qsizetype from = key.phoneEnd + 1;
    return containsLatin1(key.text.data() + from, key.text.size() - from, latin1Digits_);
}

bool matchesSearch(const Chat& chat, QStringView search)
{
    const SearchNeedle needle(search);
    return needle.isEmpty() || needle.matches(SearchKey(chat));
}

bool matchesExceptSearch(const FilterKey& key, const ChatQuery& query)
{
    if (!inList(key, query.list))
        return false;
    if (query.channel && key.channel != *query.channel)
        return false;
    if (query.type && key.type != *query.type)
        return false;
    switch (query.assignee) {
    case AssigneeFilter::All:
        break;
    case AssigneeFilter::Me:
    case AssigneeFilter::Agent:
        if (!key.assigned || key.assigneeId != query.assigneeId)
            return false;
        break;
    case AssigneeFilter::Unassigned:
        if (key.assigned)
            return false;
        break;
    }
    return true;
}

bool matchesExceptSearch(const Chat& chat, const ChatQuery& query)
{
    return matchesExceptSearch(FilterKey(chat), query);
}

bool matches(const Chat& chat, const ChatQuery& query)
{
    return matchesExceptSearch(chat, query) && matchesSearch(chat, query.search);
}

void count(const FilterKey& key, ListCounts& counts)
{
    if (inList(key, ChatList::Open))
        ++counts.open;
    if (inList(key, ChatList::Unread))
        ++counts.unread;
    if (inList(key, ChatList::Closed))
        ++counts.closed;
    if (inList(key, ChatList::All))
        ++counts.all;
}

void count(const Chat& chat, ListCounts& counts)
{
    count(FilterKey(chat), counts);
}

bool sortsBefore(const Chat& a, const Chat& b)
{
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id > b.id;
}

} // namespace baton::protocol
