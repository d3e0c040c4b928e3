-- Milestone 2 (bot status, notes, uploads), SQLite dialect. Keep in step
-- with ../postgresql/002_botstatus_notes.sql.

-- When an agent last turned the bot back on (PUT active or continue): bot
-- messages before it no longer count towards the message limit.
ALTER TABLE subscribers ADD COLUMN bot_limit_since INTEGER;

-- X-Client-Id keys of POST /chats/{id}/notes, kept 24 hours. note_id turns
-- NULL when the note is deleted, so a replay answers 404 instead of
-- creating the note again.
CREATE TABLE note_requests (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    note_id INTEGER REFERENCES notes (id) ON DELETE SET NULL,
    request_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, client_id)
);

CREATE INDEX attachments_message ON attachments (message_id);
CREATE INDEX attachments_unsent ON attachments (created_at) WHERE message_id IS NULL;

-- The place of an attachment in its message's attachment_ids.
ALTER TABLE attachments ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
