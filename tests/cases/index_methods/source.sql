-- Index access methods: gin on jsonb (jsonb_path_ops), gin on an array, hash, and brin.
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    payload jsonb,
    tags text[],
    token text,
    taken_at timestamptz NOT NULL
);
CREATE INDEX readings_payload_gin ON readings USING gin (payload jsonb_path_ops);
CREATE INDEX readings_tags_gin ON readings USING gin (tags);
CREATE INDEX readings_token_hash ON readings USING hash (token);
CREATE INDEX readings_taken_brin ON readings USING brin (taken_at) WITH (pages_per_range = 32);
