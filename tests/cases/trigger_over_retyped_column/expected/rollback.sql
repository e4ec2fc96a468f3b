-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "orders_note" ON "public"."orders";

ALTER TABLE "public"."orders" ALTER COLUMN "qty" TYPE integer USING "qty"::integer;

ALTER TABLE "public"."orders" ALTER COLUMN "note" TYPE character varying(10) USING "note"::character varying(10);

CREATE TRIGGER orders_note BEFORE UPDATE OF note ON public.orders FOR EACH ROW WHEN ((new.qty > 0)) EXECUTE FUNCTION keep_row();

COMMIT;
