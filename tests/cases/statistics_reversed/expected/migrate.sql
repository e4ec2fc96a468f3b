-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP STATISTICS "public"."addresses_city_zip";

DROP STATISTICS "public"."addresses_expr";

DROP STATISTICS "public"."addresses_mcv";

DROP TABLE "geo"."points";

DROP SCHEMA "geo";

COMMIT;
