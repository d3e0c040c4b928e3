-- The list counts on every chat page count the workspace's chats under the
-- page's filters. Without this index each counted chat was a table-row
-- lookup (100,000 chats: ~440 ms on SQLite); with it the count reads the
-- index alone (~30 ms, ~5 ms with a channel filter). The filter columns lead
-- in the order they are narrowed by; state and unread_count are what is
-- counted (docs/server.md, "Chat pages").
CREATE INDEX chats_counts ON chats (workspace_id, channel, type, assignee_id, state, unread_count);
