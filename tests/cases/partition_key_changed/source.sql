-- Partitioned by list of kind instead of by range of happened: rebuilt with
-- its rows; a partition of the same name on both sides (events_other) is made
-- again under the new key, the others come and go; its trigger and extended
-- statistics come back, and the trigger does not fire on the rows moved.
CREATE TABLE events (id bigint NOT NULL, happened date NOT NULL, kind text NOT NULL,
                     payload jsonb, CHECK (kind <> '')) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE INDEX events_happened_idx ON events (happened);
CREATE VIEW clicks AS SELECT id, happened FROM events WHERE kind = 'click';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.payload := '{"stamped": true}'; RETURN NEW; END $$;
CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE STATISTICS events_stats (dependencies) ON happened, kind FROM events;
