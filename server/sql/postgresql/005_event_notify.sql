-- Other batond instances on this database learn of new events at once: every
-- inserted event notifies channel baton_events with "workspace:seq". NOTIFY
-- is delivered at commit and dropped on rollback, so a wake-up never names an
-- event that does not exist; the events table stays the truth (a lost
-- notification only delays delivery until the next catch-up read).
CREATE OR REPLACE FUNCTION baton_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('baton_events', NEW.workspace_id::text || ':' || NEW.seq::text); RETURN NEW; END $$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION baton_notify_event();
-- Each instance's catch-up also looks for tokens revoked by another instance
-- (to close their streams).
CREATE INDEX tokens_revoked ON tokens (revoked_at) WHERE revoked_at IS NOT NULL;
