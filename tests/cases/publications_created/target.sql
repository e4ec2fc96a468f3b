-- Before: the same tables, no publications.
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
