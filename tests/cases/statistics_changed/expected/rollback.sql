-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."addresses" ADD COLUMN "region" text;

ALTER STATISTICS "public"."addresses_zip_lat" SET STATISTICS -1;

COMMENT ON STATISTICS "public"."addresses_zip_lat" IS 'old';

DROP STATISTICS "public"."addresses_country";

DROP STATISTICS "public"."addresses_city_zip";

ALTER TABLE "public"."addresses" ALTER COLUMN "city" TYPE character varying(40) USING "city"::character varying(40);

CREATE STATISTICS public.addresses_region ON country, region FROM addresses;

CREATE STATISTICS public.addresses_country (ndistinct) ON zip, country FROM addresses;

CREATE STATISTICS public.addresses_city_zip (ndistinct) ON city, zip FROM addresses;

ALTER STATISTICS "public"."addresses_city_zip" SET STATISTICS 300;

COMMIT;
