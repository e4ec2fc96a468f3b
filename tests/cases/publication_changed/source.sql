-- A table joins a publication and another leaves it; a column list and a
-- row filter change; a column under a column list goes away; what is
-- published changes; one publication becomes FOR ALL TABLES (made again);
-- comments change.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL, amount numeric NOT NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, what text);

CREATE PUBLICATION billing
    FOR TABLE orders (id, total, status) WHERE (status <> 'draft'),
        TABLE customers (id, name),
        TABLE invoices
    WITH (publish = 'insert, update, delete, truncate');
COMMENT ON PUBLICATION billing IS 'Billing data';
CREATE PUBLICATION everything FOR ALL TABLES;
