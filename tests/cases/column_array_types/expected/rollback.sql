-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."posts" ALTER COLUMN "scores" TYPE integer[] USING "scores"::integer[];

ALTER TABLE "public"."posts" ALTER COLUMN "labels" TYPE character varying(20)[] USING "labels"::character varying(20)[];

ALTER TABLE "public"."posts" DROP COLUMN "keywords";

COMMIT;
