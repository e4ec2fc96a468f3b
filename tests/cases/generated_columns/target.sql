CREATE TABLE lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price) STORED,
    label text GENERATED ALWAYS AS ('item ' || id) STORED,
    code text
);
CREATE INDEX lines_total_idx ON lines (total);
CREATE VIEW big_lines AS SELECT id, total FROM lines WHERE total > 100;
INSERT INTO lines (id, qty, price, code) VALUES (1, 3, 50, 'A1'), (2, 1, 5, 'B2');
