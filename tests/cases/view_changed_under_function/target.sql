CREATE TABLE people (id integer PRIMARY KEY, name text, email text, active boolean);
CREATE VIEW contacts AS SELECT id, name FROM people;
CREATE FUNCTION contacts_named(n text) RETURNS SETOF contacts LANGUAGE sql STABLE
    AS $$ SELECT * FROM contacts WHERE name = n $$;
CREATE VIEW actives AS SELECT id, name FROM people WHERE active;
CREATE FUNCTION active_label(a actives) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT a.name $$;
