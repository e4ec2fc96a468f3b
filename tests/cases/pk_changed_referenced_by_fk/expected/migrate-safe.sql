-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."stores" DROP CONSTRAINT "stores_region_id_fkey";

ALTER TABLE "public"."regions" DROP CONSTRAINT "regions_pkey";

ALTER TABLE "public"."regions" ADD CONSTRAINT "regions_id_key" UNIQUE (id);

ALTER TABLE "public"."regions" ADD CONSTRAINT "regions_pkey" PRIMARY KEY (code);

ALTER TABLE "public"."stores" ADD CONSTRAINT "stores_region_id_fkey" FOREIGN KEY (region_id) REFERENCES regions(id);

COMMIT;
