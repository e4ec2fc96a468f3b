-- Extended statistics of each kind, with a target and a comment.
CREATE TABLE addresses (id integer PRIMARY KEY, city text, zip text, country text,
                        lat double precision, lon double precision);
CREATE STATISTICS addresses_city_zip (ndistinct, dependencies) ON city, zip FROM addresses;
ALTER STATISTICS addresses_city_zip SET STATISTICS 500;
COMMENT ON STATISTICS addresses_city_zip IS 'zip codes belong to a city';
CREATE STATISTICS addresses_mcv (mcv) ON country, city FROM addresses;
CREATE STATISTICS addresses_expr ON lower(city), country FROM addresses;
-- In a schema of its own, on a new table.
CREATE SCHEMA geo;
CREATE TABLE geo.points (id integer PRIMARY KEY, x integer, y integer);
CREATE STATISTICS geo.points_xy ON x, y FROM geo.points;
