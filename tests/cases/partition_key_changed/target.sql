-- Partitioned by range of happened, with rows.
CREATE TABLE events (id bigint NOT NULL, happened date NOT NULL, kind text NOT NULL,
                     payload jsonb, CHECK (kind <> '')) PARTITION BY RANGE (happened);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE INDEX events_happened_idx ON events (happened);
CREATE VIEW clicks AS SELECT id, happened FROM events WHERE kind = 'click';
-- Rows first: the trigger must not change them, here or in the rebuild.
INSERT INTO events VALUES (1, '2024-05-01', 'click', '{"x": 1}'), (2, '2023-01-01', 'view', NULL),
                          (3, '2024-06-01', 'scroll', '[]');
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.payload := '{"stamped": true}'; RETURN NEW; END $$;
CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE STATISTICS events_stats (dependencies) ON happened, kind FROM events;
