-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."products" ALTER COLUMN "stock" TYPE bigint USING "stock"::bigint;

ALTER TABLE "public"."products" ALTER COLUMN "shelf" TYPE text USING "shelf"::text;

ALTER TABLE "public"."products" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;

ALTER TABLE "public"."products" ALTER COLUMN "code" TYPE character varying(255) USING "code"::character varying(255);

COMMIT;
