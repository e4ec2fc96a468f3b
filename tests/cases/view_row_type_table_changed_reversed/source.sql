-- The other way: the row types' table and view as they were.
CREATE TABLE items (id integer PRIMARY KEY, name varchar(20), price integer, legacy text);
CREATE VIEW item_rows AS SELECT i AS item, i.id FROM items i;
CREATE VIEW item_names AS SELECT (item).name, id FROM item_rows;
CREATE VIEW cheap AS SELECT id, name, price FROM items WHERE price < 10;
CREATE VIEW cheap_rows AS SELECT c AS entry FROM cheap c;
