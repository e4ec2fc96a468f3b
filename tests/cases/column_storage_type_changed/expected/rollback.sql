-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- not migrated: Changed storage of column 'products.sku' from MAIN → type's

ALTER TABLE "public"."products" ALTER COLUMN "description" SET COMPRESSION DEFAULT;

ALTER TABLE "public"."products" ALTER COLUMN "sku" TYPE text USING "sku"::text;

ALTER TABLE "public"."products" ALTER COLUMN "description" TYPE text USING "description"::text;

COMMIT;
