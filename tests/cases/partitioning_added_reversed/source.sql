-- The range-partitioned table becomes plain again: its rows, from every
-- partition, go into the one table; the sequence and the view stay.
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id serial NOT NULL, placed date NOT NULL,
                     customer integer REFERENCES customers, note text,
                     PRIMARY KEY (id, placed));
CREATE INDEX orders_customer_idx ON orders (customer);
COMMENT ON TABLE orders IS 'Orders by date';
CREATE VIEW recent_orders AS SELECT id, placed FROM orders WHERE placed >= '2024-06-01';
