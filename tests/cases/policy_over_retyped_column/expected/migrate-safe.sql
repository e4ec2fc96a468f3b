-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP POLICY "low_levels" ON "public"."tickets";

ALTER TABLE "public"."tickets" ALTER COLUMN "level" TYPE bigint USING "level"::bigint;

CREATE POLICY "low_levels" ON "public"."tickets" AS PERMISSIVE FOR ALL TO PUBLIC USING ((level < 5));

COMMIT;
