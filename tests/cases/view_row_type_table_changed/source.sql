-- Views with a column of a table's or a view's row type (item, entry),
-- and a view reading into one; the table under them changes (columns
-- retyped, added, dropped) and so does the view whose rows entry holds.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), added date);
CREATE VIEW item_rows AS SELECT i AS item, i.id FROM items i;
CREATE VIEW item_names AS SELECT (item).name, id FROM item_rows;
CREATE VIEW cheap AS SELECT id, name FROM items WHERE price < 10;
CREATE VIEW cheap_rows AS SELECT c AS entry FROM cheap c;
