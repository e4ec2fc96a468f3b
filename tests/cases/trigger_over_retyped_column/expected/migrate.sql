-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "orders_note" ON "public"."orders";

ALTER TABLE "public"."orders" ALTER COLUMN "note" TYPE text USING "note"::text;

ALTER TABLE "public"."orders" ALTER COLUMN "qty" TYPE bigint USING "qty"::bigint;

CREATE TRIGGER orders_note BEFORE UPDATE OF note ON public.orders FOR EACH ROW WHEN ((new.qty > 0)) EXECUTE FUNCTION keep_row();

COMMIT;
