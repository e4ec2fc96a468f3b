-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."measurements" ALTER COLUMN "counter" TYPE bigint USING "counter"::bigint;

ALTER TABLE "public"."measurements" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;

ALTER TABLE "public"."measurements" ALTER COLUMN "label" TYPE text USING "label"::text;

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" TYPE numeric(10,2) USING "reading"::numeric(10,2);

COMMIT;
