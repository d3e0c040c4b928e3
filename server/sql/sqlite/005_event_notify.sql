-- SQLite has no notifications: several batond processes on one SQLite file
-- see each other's events through the periodic catch-up read alone. That
-- read also looks for tokens revoked by another instance (to close their
-- streams), so recent revocations get an index.
CREATE INDEX tokens_revoked ON tokens (revoked_at) WHERE revoked_at IS NOT NULL;
