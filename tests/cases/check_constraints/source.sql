-- Check constraints: one added, one with a changed expression, one removed, one NOT VALID over old bad rows.
CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2),
    qty integer,
    sku text,
    CONSTRAINT items_price_check CHECK (price >= 0),
    CONSTRAINT items_qty_check CHECK (qty BETWEEN 0 AND 1000)
);
-- NOT VALID is ignored inside CREATE TABLE, so it is added afterwards.
ALTER TABLE items ADD CONSTRAINT items_sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]+$') NOT VALID;
