-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "products_changed" ON "public"."products";

ALTER TABLE "public"."products" ADD COLUMN "stock" integer;

CREATE TRIGGER products_changed BEFORE UPDATE OF price, stock ON public.products FOR EACH ROW WHEN (((old.price IS DISTINCT FROM new.price) OR (old.stock IS DISTINCT FROM new.stock))) EXECUTE FUNCTION mark_changed();

COMMIT;
