-- Server defaults added, changed and removed: now(), a text literal, an expression, a function call.
CREATE FUNCTION next_ref() RETURNS text LANGUAGE sql AS $$ SELECT 'REF-' || floor(random() * 1000)::int $$;
CREATE TABLE events (
    id integer PRIMARY KEY,
    created_at timestamptz DEFAULT now(),
    kind text DEFAULT 'x'::text,
    note text,
    expires_at timestamptz DEFAULT (now() + '30 days'::interval),
    ref text DEFAULT next_ref(),
    priority integer DEFAULT (2 * 5)
);
