-- A column whose type changes keeps the storage and compression the source
-- gives it: ALTER COLUMN ... TYPE resets both to the new type's, so they are
-- set again after it. (No mirror: a rollback cannot set the old type's
-- storage back after the type's own reverse; see the report of issue 13.)
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku varchar(40) NOT NULL,
    description varchar(2000) COMPRESSION lz4
);
ALTER TABLE products ALTER COLUMN sku SET STORAGE MAIN;
