#pragma once

#include <protocol/chat.h>

namespace baton::protocol {

// Which list a chat belongs to: Open (state open), Unread (open with unread
// messages), Closed, All.
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

bool matchesSearch(const Chat& chat, QStringView search);
bool matches(const Chat& chat, const ChatQuery& query);
void count(const Chat& chat, ListCounts& counts);

// List order: last activity, newest first; ties by id, newest first.
bool sortsBefore(const Chat& a, const Chat& b);

} // namespace baton::protocol
