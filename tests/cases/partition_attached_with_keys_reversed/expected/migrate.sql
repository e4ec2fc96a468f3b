-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" DETACH PARTITION "public"."orders_old";

ALTER TABLE "public"."orders_old" DROP CONSTRAINT "orders_old_pkey";

DROP INDEX "public"."orders_old_placed_idx";

ALTER TABLE "public"."orders_old" ADD CONSTRAINT "orders_old_pkey" PRIMARY KEY (id, placed);

CREATE INDEX orders_old_placed_idx ON public.orders_old USING btree (placed);

COMMIT;
