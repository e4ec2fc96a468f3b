-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP STATISTICS "public"."addresses_city_zip";

DROP STATISTICS "public"."addresses_country";

-- needs --force (part of dropping a column): Removed statistics 'addresses_region'
-- DROP STATISTICS "public"."addresses_region";

ALTER TABLE "public"."addresses" ALTER COLUMN "city" TYPE text USING "city"::text;

CREATE STATISTICS public.addresses_city_zip (ndistinct) ON city, zip FROM addresses;

ALTER STATISTICS "public"."addresses_city_zip" SET STATISTICS 300;

CREATE STATISTICS public.addresses_country (ndistinct, mcv) ON zip, country FROM addresses;

ALTER STATISTICS "public"."addresses_zip_lat" SET STATISTICS 1000;

COMMENT ON STATISTICS "public"."addresses_zip_lat" IS 'new';

-- needs --force (drops data): Removed column 'region' from 'addresses'
-- ALTER TABLE "public"."addresses" DROP COLUMN "region";

COMMIT;
