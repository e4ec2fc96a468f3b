-- A new schema with a table in it: the migration must create the schema before the table.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(12,2) NOT NULL DEFAULT 0,
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);
