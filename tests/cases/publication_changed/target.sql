CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, phone text);
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL, amount numeric NOT NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, what text);

CREATE PUBLICATION billing
    FOR TABLE orders (id, total) WHERE (status = 'paid'),
        TABLE customers (id, name, phone),
        TABLE audit
    WITH (publish = 'insert');
COMMENT ON PUBLICATION billing IS 'Billing';
CREATE PUBLICATION everything FOR TABLE orders, TABLE audit;
