-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP STATISTICS "public"."addresses_mcv";

DROP STATISTICS "public"."addresses_expr";

DROP STATISTICS "public"."addresses_city_zip";

DROP STATISTICS "geo"."points_xy";

ALTER TABLE "geo"."points" DROP CONSTRAINT "points_pkey";

DROP TABLE "geo"."points";

DROP SCHEMA "geo";

COMMIT;
