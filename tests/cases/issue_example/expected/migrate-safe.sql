-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."users" ADD COLUMN "email_verified" boolean DEFAULT false NOT NULL;

ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE numeric(10,2) USING "price"::numeric(10,2);

-- needs --force (drops data): Removed column 'temp_flag' from 'orders'
-- ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";

COMMIT;
