-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."products" ALTER COLUMN "description" TYPE character varying(2000) USING "description"::character varying(2000);

ALTER TABLE "public"."products" ALTER COLUMN "sku" TYPE character varying(40) USING "sku"::character varying(40);

ALTER TABLE "public"."products" ALTER COLUMN "description" SET COMPRESSION lz4;

ALTER TABLE "public"."products" ALTER COLUMN "sku" SET STORAGE MAIN;

COMMIT;
