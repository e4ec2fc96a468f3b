-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."orders" ALTER COLUMN "rating" DROP DEFAULT;

ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE character varying(20) USING "status"::character varying(20);

ALTER TABLE "public"."orders" ALTER COLUMN "rating" TYPE text USING "rating"::text;

ALTER TABLE "public"."orders" ALTER COLUMN "quantity" TYPE integer USING "quantity"::integer;

ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'new'::character varying;

ALTER TABLE "public"."orders" ALTER COLUMN "rating" SET DEFAULT '0'::text;

COMMIT;
