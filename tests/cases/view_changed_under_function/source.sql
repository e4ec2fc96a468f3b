-- Views made again (their columns change) under functions on their row
-- types: the functions go first and come back after; one of them changes too.
CREATE TABLE people (id integer PRIMARY KEY, name text, email text, active boolean);
CREATE VIEW contacts AS SELECT id, name, email FROM people;
CREATE FUNCTION contacts_named(n text) RETURNS SETOF contacts LANGUAGE sql STABLE
    AS $$ SELECT * FROM contacts WHERE name = n $$;
CREATE VIEW actives AS SELECT id, name, active FROM people WHERE active;
CREATE FUNCTION active_label(a actives) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT a.name || ' (active)' $$;
