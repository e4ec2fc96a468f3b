-- Statistics that change, and statistics on columns that change.
CREATE TABLE addresses (id integer PRIMARY KEY, city varchar(40), zip text, country text,
                        region text, lat double precision);
-- city is retyped: PostgreSQL keeps it but forgets its target.
CREATE STATISTICS addresses_city_zip (ndistinct) ON city, zip FROM addresses;
ALTER STATISTICS addresses_city_zip SET STATISTICS 300;
-- Its kinds change.
CREATE STATISTICS addresses_country (ndistinct) ON country, zip FROM addresses;
-- Only its target and comment change.
CREATE STATISTICS addresses_zip_lat ON zip, lat FROM addresses;
COMMENT ON STATISTICS addresses_zip_lat IS 'old';
-- region is dropped, and takes it along.
CREATE STATISTICS addresses_region ON region, country FROM addresses;
INSERT INTO addresses VALUES (1, 'Oslo', '0150', 'NO', 'east', 59.9);
