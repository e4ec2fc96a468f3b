-- The row types' table and view after the change.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), added date);
CREATE VIEW item_rows AS SELECT i AS item, i.id FROM items i;
CREATE VIEW item_names AS SELECT (item).name, id FROM item_rows;
CREATE VIEW cheap AS SELECT id, name FROM items WHERE price < 10;
CREATE VIEW cheap_rows AS SELECT c AS entry FROM cheap c;
