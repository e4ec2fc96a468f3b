-- A table in a non-public schema whose columns change: the old shape.
CREATE SCHEMA inventory;
CREATE TABLE inventory.stock (
    sku varchar(32) PRIMARY KEY,
    quantity integer,
    location text
);
INSERT INTO inventory.stock VALUES ('A-1', 5, 'shelf 1'), ('B-7', 0, NULL);
