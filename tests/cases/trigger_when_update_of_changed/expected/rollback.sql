-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "products_changed" ON "public"."products";

ALTER TABLE "public"."products" DROP COLUMN "stock";

CREATE TRIGGER products_changed BEFORE UPDATE OF price ON public.products FOR EACH ROW EXECUTE FUNCTION mark_changed();

COMMIT;
