-- Stored generated columns: a new one, an expression that changes (with an
-- index and a view on it), one that becomes plain, one that becomes generated.
CREATE TABLE lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price * 1.2) STORED,
    label text,
    code text GENERATED ALWAYS AS (upper(label)) STORED,
    doubled integer GENERATED ALWAYS AS (qty * 2) STORED
);
CREATE INDEX lines_total_idx ON lines (total);
CREATE VIEW big_lines AS SELECT id, total FROM lines WHERE total > 100;
