-- Foreign key referential actions: the target's FK has the default NO ACTION, the other FK is missing.
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer CONSTRAINT orders_customer_id_fkey REFERENCES customers (id),
    backup_customer_id integer DEFAULT 0
);
INSERT INTO customers VALUES (0), (1);
INSERT INTO orders VALUES (1, 1, 0);
