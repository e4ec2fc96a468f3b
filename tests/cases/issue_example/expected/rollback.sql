-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" ADD COLUMN "temp_flag" boolean;

ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE integer USING "price"::integer;

ALTER TABLE "public"."users" DROP COLUMN "email_verified";

COMMIT;
