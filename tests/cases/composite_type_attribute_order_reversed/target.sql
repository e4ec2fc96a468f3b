-- Composite types whose attributes change order or type: an unused one is
-- made anew; in one used by a column the attributes from the first one out of
-- place are dropped and added again, in another a retyped one; a third used
-- one loses its last attribute and gains one.
CREATE TYPE point3 AS (x double precision, y double precision, z double precision);
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3), rate numeric);
CREATE TYPE contact AS (name text, email text, phone text);
CREATE TYPE dims AS (w numeric(10,2), h numeric(10,2));
CREATE TABLE prices (id integer PRIMARY KEY, price money_amount, who contact, size dims);
INSERT INTO prices VALUES (1, ROW(9.99, 'EUR', 1), ROW('a', 'a@example.com', '2'), ROW(1, 2));
