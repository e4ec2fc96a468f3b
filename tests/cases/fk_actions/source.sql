-- Foreign key referential actions: ON DELETE CASCADE / ON UPDATE SET NULL added, SET DEFAULT on a new FK.
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer CONSTRAINT orders_customer_id_fkey
        REFERENCES customers (id) ON DELETE CASCADE ON UPDATE SET NULL,
    backup_customer_id integer DEFAULT 0 CONSTRAINT orders_backup_fkey
        REFERENCES customers (id) ON DELETE SET DEFAULT ON UPDATE RESTRICT
);
