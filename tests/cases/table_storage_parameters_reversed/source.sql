-- Mirror of table_storage_parameters (its source and target swapped): the way back.
-- Before tuning: customers had a low fillfactor, orders other settings,
-- the status index its default, no events table.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
) WITH (fillfactor = 50);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status text NOT NULL,
    note text
) WITH (fillfactor = 90, autovacuum_analyze_scale_factor = 0.02);
CREATE INDEX orders_status_idx ON orders (status);

CREATE TABLE readings (
    sensor integer NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_at);
CREATE TABLE readings_2025 PARTITION OF readings
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') WITH (fillfactor = 80);
