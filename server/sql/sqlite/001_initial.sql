-- Baton schema, SQLite dialect. Keep in step with ../postgresql/001_initial.sql.
-- Times are integer milliseconds since the epoch (UTC); booleans are 0/1.
-- Statements end with a `;` at the end of a line (the migration runner splits there).

CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    message_limit INTEGER NOT NULL DEFAULT 25,
    -- The newest event's seq: bumped in the transaction that appends an event.
    last_seq INTEGER NOT NULL DEFAULT 0,
    -- Events up to here were pruned; a client behind it must resync.
    pruned_seq INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- Stored lower-cased; one login per address across the server.
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    avatar_url TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('admin', 'agent')),
    conversations INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE INDEX agents_workspace ON agents (workspace_id);

CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    -- SHA-256 of the token, hex; the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX tokens_agent ON tokens (agent_id);

CREATE TABLE bots (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    channel TEXT NOT NULL
        CHECK (channel IN ('telegram', 'whatsapp', 'instagram', 'messenger', 'viber', 'livechat')),
    username TEXT NOT NULL DEFAULT '',
    -- Shared with the messaging-app connector; authenticates inbound calls.
    channel_secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX bots_workspace ON bots (workspace_id);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (workspace_id, name)
);

CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id INTEGER NOT NULL REFERENCES bots (id) ON DELETE CASCADE,
    -- The subscriber's id at the messaging app.
    external_id TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    avatar_url TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'unsubscribed', 'disabled')),
    subscribed_at INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    last_inbound_at INTEGER,
    ad_campaign_name TEXT,
    ad_campaign_url TEXT,
    -- Instagram only: NULL elsewhere.
    ig_follows_business INTEGER,
    ig_followed_by_business INTEGER,
    -- Telegram groups only: NULL for personal chats.
    group_member_count INTEGER,
    group_share_link TEXT,
    group_invite_link TEXT,
    -- Bot status: state, wake-up time, why, who, when, and the version a
    -- change must be based on.
    bot_state TEXT NOT NULL DEFAULT 'active' CHECK (bot_state IN ('active', 'snoozed', 'inactive')),
    bot_until INTEGER,
    bot_reason TEXT NOT NULL DEFAULT 'initial',
    bot_actor_type TEXT NOT NULL DEFAULT 'system' CHECK (bot_actor_type IN ('system', 'agent')),
    bot_actor_agent_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    bot_changed_at INTEGER NOT NULL,
    bot_version INTEGER NOT NULL DEFAULT 0,
    -- Case-folded "name, username, email, phone" and the phone's digits,
    -- written with every change so search is one indexed-free LIKE in both dialects.
    search_text TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (bot_id, external_id)
);
CREATE INDEX subscribers_workspace ON subscribers (workspace_id);
CREATE INDEX subscribers_wake_up ON subscribers (bot_until) WHERE bot_state <> 'active';

CREATE TABLE subscriber_tags (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (subscriber_id, tag_id)
);

CREATE TABLE subscriber_variables (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean')),
    -- Exactly one of these holds the value, the one `type` names.
    value_text TEXT,
    value_number REAL,
    value_date TEXT,
    value_boolean INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (subscriber_id, name)
);

CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL UNIQUE REFERENCES subscribers (id) ON DELETE CASCADE,
    bot_id INTEGER NOT NULL REFERENCES bots (id) ON DELETE CASCADE,
    -- The bot's channel, copied: a bot never changes channel and lists filter on it.
    channel TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'personal' CHECK (type IN ('personal', 'group')),
    state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('open', 'closed')),
    unread_count INTEGER NOT NULL DEFAULT 0,
    assignee_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    last_message_id INTEGER,
    last_activity_at INTEGER NOT NULL,
    opened_at INTEGER,
    closed_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX chats_list ON chats (workspace_id, last_activity_at DESC, id DESC);
CREATE INDEX chats_state ON chats (workspace_id, state, last_activity_at DESC, id DESC);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    uploader_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    message_id INTEGER,
    filename TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (workspace_id, client_id)
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    -- The sender's idempotency key; NULL for messages not sent through the API.
    client_id TEXT,
    -- SHA-256 of the send request, to tell a retry from a different message.
    request_hash TEXT,
    external_id TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    source TEXT NOT NULL
        CHECK (source IN ('subscriber', 'bot', 'agent', 'third_party_app', 'system')),
    kind TEXT NOT NULL DEFAULT 'text'
        CHECK (kind IN ('text', 'button', 'story_mention', 'ad_click', 'bot_status')),
    agent_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT '',
    reply_to_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    delivery TEXT NOT NULL DEFAULT 'none' CHECK (delivery IN ('none', 'sent', 'delivered', 'read')),
    edited_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    ad_campaign_name TEXT,
    ad_campaign_url TEXT,
    story_url TEXT NOT NULL DEFAULT '',
    -- kind bot_status: the BotStatus this line records, as JSON.
    bot_status TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (workspace_id, client_id)
);
CREATE INDEX messages_chat ON messages (chat_id, id DESC);
CREATE INDEX messages_limit ON messages (chat_id, source, created_at);

CREATE TABLE reactions (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    agent_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    emoji TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX reactions_message ON reactions (message_id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER
);
CREATE INDEX notes_chat ON notes (chat_id, id);

CREATE TABLE flows (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id INTEGER NOT NULL REFERENCES bots (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- JSON array of keywords.
    triggers TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
);
CREATE INDEX flows_bot ON flows (bot_id);

CREATE TABLE flow_steps (
    id INTEGER PRIMARY KEY,
    flow_id INTEGER NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'buttons', 'wait', 'open_chat')),
    text TEXT NOT NULL DEFAULT '',
    -- JSON array of button captions.
    buttons TEXT NOT NULL DEFAULT '[]',
    wait_seconds INTEGER NOT NULL DEFAULT 0,
    UNIQUE (flow_id, position)
);

-- The flow a subscriber is in, at most one; resume_at is when a wait step ends.
CREATE TABLE subscriber_flow_runs (
    subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers (id) ON DELETE CASCADE,
    flow_id INTEGER NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
    next_position INTEGER NOT NULL,
    resume_at INTEGER,
    started_at INTEGER NOT NULL,
    started_by INTEGER REFERENCES agents (id) ON DELETE SET NULL
);
CREATE INDEX subscriber_flow_runs_resume ON subscriber_flow_runs (resume_at);

CREATE TABLE pipelines (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (pipeline_id, position)
);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    stage_id INTEGER NOT NULL REFERENCES stages (id),
    name TEXT NOT NULL,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX deals_subscriber ON deals (subscriber_id);

CREATE TABLE events (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    origin_agent_id INTEGER,
    origin_client_id TEXT NOT NULL DEFAULT '',
    -- The event's `data` object as JSON text.
    data TEXT NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);
CREATE INDEX events_at ON events (at);
