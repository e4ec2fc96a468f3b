-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."sales" DETACH PARTITION "public"."sales_us";

ALTER TABLE "public"."sales" DETACH PARTITION "public"."sales_eu";

DROP TABLE "public"."sales";

COMMIT;
