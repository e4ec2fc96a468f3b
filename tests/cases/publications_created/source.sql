-- Logical replication of a shop: every table to the warehouse (inserts
-- and updates only), paid orders with a column list to billing, a whole
-- schema to reporting, partitions published through their root.
CREATE SCHEMA reporting;
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, email text, notes text);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(12, 2) NOT NULL,
    status text NOT NULL
);
CREATE TABLE events (id bigint, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE reporting.daily_totals (day date PRIMARY KEY, total numeric NOT NULL);

CREATE PUBLICATION warehouse FOR ALL TABLES WITH (publish = 'insert, update');
COMMENT ON PUBLICATION warehouse IS 'Everything, for the warehouse';
CREATE PUBLICATION billing
    FOR TABLE orders (id, customer_id, total) WHERE (status = 'paid'),
        TABLE customers (id, name)
    WITH (publish = 'insert, update, delete');
CREATE PUBLICATION reports FOR TABLES IN SCHEMA reporting, TABLE events
    WITH (publish_via_partition_root = true);
