-- Indexes whose definition changes under the same name: the target's older definitions.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    status text,
    created_at timestamptz
);
CREATE INDEX orders_lookup_idx ON orders (customer_id);
CREATE INDEX orders_status_idx ON orders (id, status);
CREATE INDEX orders_open_idx ON orders (created_at) WHERE status = 'pending';
INSERT INTO orders VALUES (1, 1, 'open', now());
