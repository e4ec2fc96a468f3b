-- A table in a non-public schema whose columns change (type widened, column added, NOT NULL).
CREATE SCHEMA inventory;
CREATE TABLE inventory.stock (
    sku varchar(32) PRIMARY KEY,
    quantity bigint NOT NULL,
    location text,
    updated_at timestamptz
);
