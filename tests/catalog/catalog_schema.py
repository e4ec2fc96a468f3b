"""The schema the catalog readers' tests read: a table of each kind, a column of each type."""

from __future__ import annotations

# child's columns are numbered id 1, b 2, a 3: foreign key child_ab (a, b)
# lists them against their numbers, child_ba's parent columns (y, x) too.
SCHEMA = """
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok');
CREATE DOMAIN app.pos AS integer CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TABLE app.parent (x integer, y text, id serial PRIMARY KEY, UNIQUE (y, x));
COMMENT ON TABLE app.parent IS 'parents';
COMMENT ON CONSTRAINT parent_y_x_key ON app.parent IS 'natural key';
CREATE TABLE app.child (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    b text COLLATE "C" NOT NULL DEFAULT 'x',
    a integer,
    twice integer GENERATED ALWAYS AS (a * 2) STORED,
    mood app.mood, p app.pos, tags text[], pr app.pair, r int4range, price numeric(10,2),
    CONSTRAINT child_ab FOREIGN KEY (a, b) REFERENCES app.parent (x, y)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT child_ba FOREIGN KEY (b, a) REFERENCES app.parent (y, x),
    CONSTRAINT positive CHECK (price > 0),
    CONSTRAINT no_overlap EXCLUDE USING gist (r WITH &&)
);
COMMENT ON COLUMN app.child.b IS 'the b';
CREATE TABLE app.events (id serial, at date) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.base (id integer);
CREATE TABLE app.derived (extra text) INHERITS (app.base);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER child_touch BEFORE UPDATE ON app.child
    FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.child DISABLE TRIGGER child_touch;
COMMENT ON TRIGGER child_touch ON app.child IS 'touches';
"""
