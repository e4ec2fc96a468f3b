-- Server defaults added, changed and removed: the target's defaults differ on every column.
CREATE FUNCTION next_ref() RETURNS text LANGUAGE sql AS $$ SELECT 'REF-' || floor(random() * 1000)::int $$;
CREATE TABLE events (
    id integer PRIMARY KEY,
    created_at timestamptz,
    kind text DEFAULT 'y'::text,
    note text DEFAULT 'none',
    expires_at timestamptz DEFAULT (now() + '7 days'::interval),
    ref text,
    priority integer DEFAULT 1
);
INSERT INTO events (id) VALUES (1);
