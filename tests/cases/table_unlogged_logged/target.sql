-- The same application before: sessions logged, page views unlogged,
-- no import tables yet, and a scratch table that is gone in the source.
CREATE TABLE session_cache (
    token text PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX session_cache_user_idx ON session_cache (user_id);

CREATE UNLOGGED TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNLOGGED TABLE scratch_rows (n integer PRIMARY KEY, note text);
