-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "inventory"."stock" ADD COLUMN "updated_at" timestamp with time zone;

ALTER TABLE "inventory"."stock" ALTER COLUMN "quantity" TYPE bigint USING "quantity"::bigint;

ALTER TABLE "inventory"."stock" ALTER COLUMN "quantity" SET NOT NULL;

COMMIT;
