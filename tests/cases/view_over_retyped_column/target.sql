CREATE TABLE prices (id integer PRIMARY KEY, amount integer, label text);
CREATE VIEW cheap AS SELECT id, amount FROM prices WHERE amount < 10;
CREATE VIEW cheap_labels AS SELECT c.id, c.amount, p.label FROM cheap c JOIN prices p USING (id);
INSERT INTO prices VALUES (1, 5, 'pen'), (2, 50, 'bag');
