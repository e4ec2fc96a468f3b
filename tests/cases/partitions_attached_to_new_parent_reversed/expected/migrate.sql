-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."sales" DETACH PARTITION "public"."sales_eu";

ALTER TABLE "public"."sales" DETACH PARTITION "public"."sales_us";

DROP TABLE "public"."sales";

COMMIT;
