-- A plain table becomes partitioned by range: rebuilt with its rows (written
-- into the new partitions), its serial's sequence kept with its value, and
-- the view over it and its comment made again.
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id serial NOT NULL, placed date NOT NULL,
                     customer integer REFERENCES customers, note text,
                     PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
CREATE INDEX orders_customer_idx ON orders (customer);
COMMENT ON TABLE orders IS 'Orders by date';
CREATE VIEW recent_orders AS SELECT id, placed FROM orders WHERE placed >= '2024-06-01';
