-- Bot engine and CRM (server engineer B). Keep in step with ../postgresql/003_engine_crm.sql.

-- A flow may sell something: when it runs to its end, the purchase becomes a
-- deal of the subscriber (pipeline, stage, name, amount). Server-side only:
-- not part of the Flow wire type.
ALTER TABLE flows ADD COLUMN purchase_pipeline_id INTEGER REFERENCES pipelines (id) ON DELETE SET NULL;
ALTER TABLE flows ADD COLUMN purchase_stage_id INTEGER REFERENCES stages (id) ON DELETE SET NULL;
ALTER TABLE flows ADD COLUMN purchase_name TEXT;
ALTER TABLE flows ADD COLUMN purchase_amount_minor INTEGER;
ALTER TABLE flows ADD COLUMN purchase_currency TEXT;

-- POST /subscribers/ID/deals with X-Client-Id is idempotent for 24 hours.
ALTER TABLE deals ADD COLUMN client_id TEXT;
ALTER TABLE deals ADD COLUMN request_hash TEXT;
CREATE UNIQUE INDEX deals_client_id ON deals (workspace_id, client_id);

CREATE INDEX pipelines_workspace ON pipelines (workspace_id);
CREATE INDEX chats_bot ON chats (bot_id);
CREATE INDEX subscribers_bot ON subscribers (bot_id, status);
