-- name and price have other types, legacy goes, added is new; cheap loses
-- a column.
CREATE TABLE items (id integer PRIMARY KEY, name varchar(20), price integer, legacy text);
CREATE VIEW item_rows AS SELECT i AS item, i.id FROM items i;
CREATE VIEW item_names AS SELECT (item).name, id FROM item_rows;
CREATE VIEW cheap AS SELECT id, name, price FROM items WHERE price < 10;
CREATE VIEW cheap_rows AS SELECT c AS entry FROM cheap c;
