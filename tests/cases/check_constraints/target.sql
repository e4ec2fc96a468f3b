-- Check constraints: the target has an older qty rule, a rule the source dropped, and a row violating the new sku rule.
CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2),
    qty integer,
    sku text,
    CONSTRAINT items_qty_check CHECK (qty >= 0),
    CONSTRAINT items_sku_notempty CHECK (sku <> '')
);
INSERT INTO items VALUES (1, 9.99, 5, 'ABC-1'), (2, 1.00, 10, 'legacy sku');
