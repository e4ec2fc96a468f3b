-- Before: unbounded text with the default storage and compression.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    description text
);
