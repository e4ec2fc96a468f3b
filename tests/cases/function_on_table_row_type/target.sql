CREATE TABLE drafts (id integer PRIMARY KEY);
CREATE FUNCTION all_drafts() RETURNS SETOF drafts LANGUAGE sql AS $$ SELECT * FROM drafts $$;
CREATE FUNCTION draft_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM drafts; END;
