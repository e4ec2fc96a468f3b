-- Reverse of composite_type_attribute_order.
CREATE TYPE point3 AS (z double precision, x double precision, y double precision);
CREATE TYPE money_amount AS (amount numeric(12,2), rate numeric, currency char(3));
CREATE TYPE contact AS (name text, email text, fax text);
CREATE TYPE dims AS (w numeric(8,2), h numeric(10,2));
CREATE TABLE prices (id integer PRIMARY KEY, price money_amount, who contact, size dims);
INSERT INTO prices VALUES (1, ROW(9.99, 1, 'EUR'), ROW('a', 'a@example.com', '1'), ROW(1, 2));
