CREATE TABLE items (id integer PRIMARY KEY, name text, legacy_code text);
CREATE FUNCTION item_name(item integer) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT name FROM items WHERE id = item $$;
CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;
-- legacy_code() goes with the column whose default uses it (with --force).
CREATE FUNCTION legacy_code() RETURNS text LANGUAGE sql AS $$ SELECT 'L' $$;
ALTER TABLE items ALTER COLUMN legacy_code SET DEFAULT legacy_code();
