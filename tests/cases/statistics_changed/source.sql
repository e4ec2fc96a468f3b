-- city is text, region gone; kinds, a target and a comment change.
CREATE TABLE addresses (id integer PRIMARY KEY, city text, zip text, country text,
                        lat double precision);
CREATE STATISTICS addresses_city_zip (ndistinct) ON city, zip FROM addresses;
ALTER STATISTICS addresses_city_zip SET STATISTICS 300;
CREATE STATISTICS addresses_country (ndistinct, mcv) ON country, zip FROM addresses;
CREATE STATISTICS addresses_zip_lat ON zip, lat FROM addresses;
ALTER STATISTICS addresses_zip_lat SET STATISTICS 1000;
COMMENT ON STATISTICS addresses_zip_lat IS 'new';
