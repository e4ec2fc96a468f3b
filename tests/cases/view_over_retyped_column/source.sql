-- A column two views stand on (one on top of the other) changes type: both
-- views must be dropped before the ALTER and created again after it.
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,2), label text);
CREATE VIEW cheap AS SELECT id, amount FROM prices WHERE amount < 10;
CREATE VIEW cheap_labels AS SELECT c.id, c.amount, p.label FROM cheap c JOIN prices p USING (id);
