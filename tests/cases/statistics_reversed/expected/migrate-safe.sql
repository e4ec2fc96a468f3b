-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP STATISTICS "public"."addresses_city_zip";

DROP STATISTICS "public"."addresses_expr";

DROP STATISTICS "public"."addresses_mcv";

-- needs --force (drops data): Removed table 'geo.points'
-- DROP TABLE "geo"."points";

-- needs --force (drops data): Removed schema 'geo'
-- DROP SCHEMA "geo";

COMMIT;
