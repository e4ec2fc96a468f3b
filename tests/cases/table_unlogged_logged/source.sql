-- Unlogged tables for data that can be rebuilt: sessions turn unlogged,
-- page views turn logged, a new staging table is created unlogged.
CREATE UNLOGGED TABLE session_cache (
    token text PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX session_cache_user_idx ON session_cache (user_id);

CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNLOGGED TABLE import_staging (
    line integer PRIMARY KEY,
    payload jsonb
);

CREATE UNLOGGED TABLE import_errors (
    line integer NOT NULL REFERENCES import_staging (line),
    message text NOT NULL
);
COMMENT ON TABLE import_errors IS 'rows the last import rejected';
