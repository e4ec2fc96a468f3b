-- Indexes whose definition changes under the same name: columns, uniqueness, sort order and WHERE clause.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    status text,
    created_at timestamptz
);
CREATE INDEX orders_lookup_idx ON orders (customer_id, created_at DESC);
CREATE UNIQUE INDEX orders_status_idx ON orders (id, status);
CREATE INDEX orders_open_idx ON orders (created_at) WHERE status = 'open';
