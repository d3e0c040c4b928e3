-- The chat search looks in each field on its own, as protocol::SearchKey
-- does: the case-folded title (the chat's display name), username, email and
-- phone. NULL until batond writes them (it fills older rows at start).
ALTER TABLE subscribers ADD COLUMN search_title TEXT;
ALTER TABLE subscribers ADD COLUMN search_username TEXT;
ALTER TABLE subscribers ADD COLUMN search_email TEXT;
ALTER TABLE subscribers ADD COLUMN search_phone TEXT;
