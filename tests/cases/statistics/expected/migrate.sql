-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "geo";

CREATE TABLE "geo"."points" (
    "id" integer NOT NULL, 
    "x" integer, 
    "y" integer
);

ALTER TABLE "geo"."points" ADD CONSTRAINT "points_pkey" PRIMARY KEY (id);

CREATE STATISTICS geo.points_xy ON x, y FROM geo.points;

CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM addresses;

ALTER STATISTICS "public"."addresses_city_zip" SET STATISTICS 500;

COMMENT ON STATISTICS "public"."addresses_city_zip" IS 'zip codes belong to a city';

CREATE STATISTICS public.addresses_expr ON country, lower(city) FROM addresses;

CREATE STATISTICS public.addresses_mcv (mcv) ON city, country FROM addresses;

COMMIT;
