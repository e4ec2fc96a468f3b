-- A new function, used by the default of a new column.
CREATE TABLE tickets (id integer PRIMARY KEY);
CREATE FUNCTION next_code(prefix text) RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT prefix || '-' || lpad((floor(random() * 10000))::int::text, 4, '0') $$;
ALTER TABLE tickets ADD COLUMN code text NOT NULL DEFAULT next_code('T');
