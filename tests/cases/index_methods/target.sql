-- Index access methods: the target only has a btree on taken_at under the brin index's name.
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    payload jsonb,
    tags text[],
    token text,
    taken_at timestamptz NOT NULL
);
CREATE INDEX readings_taken_brin ON readings (taken_at);
INSERT INTO readings VALUES (1, '{"t": 20.5}', '{indoor}', 'tok1', now());
