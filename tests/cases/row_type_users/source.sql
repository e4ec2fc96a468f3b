-- Users of a table's or view's row type: a domain over a row type, a table
-- with a column of another table's row type, a function returning SETOF a
-- view's row type, a domain over a composite type made in the same script.
CREATE TABLE addresses (street text NOT NULL, city text NOT NULL);
CREATE DOMAIN checked_address AS addresses CHECK ((VALUE).city IS NOT NULL);
CREATE TABLE customers (id integer PRIMARY KEY, home addresses, work checked_address);
CREATE VIEW customer_cities AS SELECT id, (home).city AS city FROM customers;
CREATE FUNCTION cities_of(wanted text) RETURNS SETOF customer_cities
    LANGUAGE sql STABLE AS $$ SELECT * FROM customer_cities WHERE city = wanted $$;
CREATE FUNCTION city_of(c customer_cities) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT c.city $$;
CREATE TYPE money_amount AS (amount numeric, currency char(3));
CREATE DOMAIN positive_amount AS money_amount CHECK ((VALUE).amount > 0);
CREATE TABLE payments (id integer PRIMARY KEY, paid positive_amount NOT NULL);
