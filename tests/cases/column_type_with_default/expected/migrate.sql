-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" ALTER COLUMN "rating" DROP DEFAULT;

ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."orders" ALTER COLUMN "quantity" TYPE bigint USING "quantity"::bigint;

ALTER TABLE "public"."orders" ALTER COLUMN "rating" TYPE integer USING "rating"::integer;

ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE text USING "status"::text;

ALTER TABLE "public"."orders" ALTER COLUMN "rating" SET DEFAULT 0;

ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'new'::text;

COMMIT;
