-- The table plain, with rows.
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id serial NOT NULL, placed date NOT NULL,
                     customer integer REFERENCES customers, note text,
                     PRIMARY KEY (id, placed));
CREATE INDEX orders_customer_idx ON orders (customer);
COMMENT ON TABLE orders IS 'Orders by date';
CREATE VIEW recent_orders AS SELECT id, placed FROM orders WHERE placed >= '2024-06-01';
INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bo');
INSERT INTO orders (placed, customer, note)
VALUES ('2024-03-01', 1, 'first'), ('2023-12-31', 2, 'o''clock'), ('2024-07-04', 1, NULL);
