#pragma once

#include <protocol/chat.h>

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringMatcher>

namespace baton::protocol {

// The fields the list filters other than the search look at, small enough to
// keep beside every row of a 100,000-chat list and scan.
struct FilterKey {
    FilterKey() = default;
    explicit FilterKey(const Chat& chat);

    qint64 assigneeId = 0;
    bool assigned = false;
    bool unread = false; // unread count > 0
    ChatState state = ChatState::Open;
    Channel channel = Channel::Telegram;
    ChatType type = ChatType::Personal;

    bool operator==(const FilterKey&) const = default;
};

// Which list a chat belongs to: Open (state open), Unread (open with unread
// messages), Closed, All.
bool inList(const FilterKey& key, ChatList list);
bool inList(const Chat& chat, ChatList list);

// Assignee filter of the chat lists.
enum class AssigneeFilter { All, Me, Unassigned, Agent };

struct ChatQuery {
    ChatList list = ChatList::Open;
    std::optional<Channel> channel;
    std::optional<ChatType> type;
    AssigneeFilter assignee = AssigneeFilter::All;
    qint64 assigneeId = 0; // the agent for Agent, the current agent for Me
    QString search;        // matched case-insensitively in name, username, email, phone

    bool operator==(const ChatQuery&) const = default;
};

// The search: the trimmed text is a case-insensitive substring of the title,
// username, email or phone; a text made only of digits and phone separators
// (spaces, dashes, plus, parentheses, dots) with at least one digit also
// matches when its digits appear in the phone's digits ("555 01" finds
// "+1 555-0100"). An empty text matches every chat. Case-insensitive means
// equal after QString::toCaseFolded (the same as Qt::CaseInsensitive: folding
// never changes a string's length).
//
// SearchKey and SearchNeedle are that rule split in two so a list can fold
// each chat once and each search text once; matchesSearch is built on them,
// so there is one definition.

// A search key looked at where it is stored: `text` is the title, username,
// email and phone, case folded, each followed by \0, then the phone's digits;
// the ends are the offsets of those \0s. A list of many chats can keep all
// its keys in one buffer and scan them in a row.
struct SearchKeyView {
    QStringView text;
    qsizetype titleEnd = 0;
    qsizetype usernameEnd = 0;
    qsizetype emailEnd = 0;
    qsizetype phoneEnd = 0;
};

// The same key one byte per character, for a key whose folded text is all
// below U+0100 (Latin-1: most names, usernames, emails, phones). Half the
// memory of UTF-16 to keep and to read in a search; matches like the
// SearchKeyView it was made from.
struct SearchKeyLatin1View {
    QLatin1StringView text;
    qsizetype titleEnd = 0;
    qsizetype usernameEnd = 0;
    qsizetype emailEnd = 0;
    qsizetype phoneEnd = 0;
};

// A chat's searched fields, case folded, and its phone's digits.
class SearchKey {
public:
    SearchKey() = default;
    explicit SearchKey(const Chat& chat);

    SearchKeyView view() const { return {text_, titleEnd_, usernameEnd_, emailEnd_, phoneEnd_}; }
    // Appends the key of `chat` to `buffer` (a store of many keys) and
    // returns its view, valid until `buffer` changes; its ends are relative
    // to its start.
    static SearchKeyView append(const Chat& chat, QString& buffer);
    // Appends `key` in Latin-1 to `buffer` and returns true; false (and
    // `buffer` unchanged) when a character of it is not in Latin-1.
    static bool appendLatin1(const SearchKeyView& key, QByteArray& buffer);
    // True when `a` and `b` differ in a field the search looks at.
    static bool differs(const Chat& a, const Chat& b);

private:
    QString text_;
    qsizetype titleEnd_ = 0;
    qsizetype usernameEnd_ = 0;
    qsizetype emailEnd_ = 0;
    qsizetype phoneEnd_ = 0;
};

// A search text prepared for matching many keys: trimmed, folded, compiled.
class SearchNeedle {
public:
    SearchNeedle() = default;
    explicit SearchNeedle(QStringView search);

    bool isEmpty() const { return text_.isEmpty(); }
    // The trimmed, folded text: two needles with the same text match alike.
    const QString& text() const { return text_; }
    bool matches(const SearchKeyView& key) const;
    bool matches(const SearchKeyLatin1View& key) const;
    bool matches(const SearchKey& key) const { return matches(key.view()); }
    // True when every key this needle matches is matched by `wider` too, so
    // a list can search only wider's matches (the text typed on). Holds when
    // wider's text is part of this one's (a field holding this text holds
    // that part, and the digits of a part of a phone search are a part of
    // its digits) and, when this is a phone search, wider is one too.
    bool narrows(const SearchNeedle& wider) const;

private:
    QString text_;   // trimmed, folded
    QString digits_; // the digits when the text is a phone search, else empty
    QStringMatcher textMatcher_;
    QStringMatcher digitsMatcher_;
    QByteArray latin1_; // text_ in Latin-1; empty when it has other characters
    QByteArray latin1Digits_;
    bool hasSeparator_ = false; // holds the key's field separator (\0)
};

bool matchesSearch(const Chat& chat, QStringView search);
// Every filter of `query` except the search.
bool matchesExceptSearch(const FilterKey& key, const ChatQuery& query);
bool matchesExceptSearch(const Chat& chat, const ChatQuery& query);
// matchesExceptSearch && matchesSearch.
bool matches(const Chat& chat, const ChatQuery& query);
void count(const FilterKey& key, ListCounts& counts);
void count(const Chat& chat, ListCounts& counts);

// List order: last activity, newest first; ties by id, newest first.
bool sortsBefore(const Chat& a, const Chat& b);

} // namespace baton::protocol
