-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" TYPE integer USING "reading"::integer;

ALTER TABLE "public"."measurements" ALTER COLUMN "label" TYPE character varying(50) USING "label"::character varying(50);

ALTER TABLE "public"."measurements" ALTER COLUMN "id" TYPE integer USING "id"::integer;

ALTER TABLE "public"."measurements" ALTER COLUMN "counter" TYPE integer USING "counter"::integer;

COMMIT;
