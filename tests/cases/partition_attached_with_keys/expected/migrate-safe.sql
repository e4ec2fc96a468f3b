-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders_old" DROP CONSTRAINT "orders_old_pkey";

DROP INDEX "public"."orders_old_placed_idx";

ALTER TABLE "public"."orders" ATTACH PARTITION "public"."orders_old" FOR VALUES FROM (MINVALUE) TO ('2024-01-01');

COMMIT;
