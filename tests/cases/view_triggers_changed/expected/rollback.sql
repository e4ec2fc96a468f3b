-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON TRIGGER "hidden_delete" ON "public"."hidden_items" IS 'old comment';

DROP TRIGGER "priced_write" ON "public"."priced";

DROP TRIGGER "priced_delete" ON "public"."priced";

DROP TRIGGER "labels_upsert" ON "public"."labels";

DROP TRIGGER "labels_update" ON "public"."labels";

DROP TRIGGER "labels_insert" ON "public"."labels";

DROP TRIGGER "hidden_insert" ON "public"."hidden_items";

DROP VIEW "public"."priced";

DROP VIEW "public"."labels";

ALTER TABLE "public"."items" ALTER COLUMN "price" TYPE numeric(12,2) USING "price"::numeric(12,2);

CREATE VIEW "public"."priced" AS
SELECT items.id,
    items.price,
    items.label
   FROM items
  WHERE (NOT items.hidden);

CREATE VIEW "public"."labels" AS
SELECT items.id,
    items.label
   FROM items;

CREATE TRIGGER priced_write INSTEAD OF INSERT OR UPDATE ON public.priced FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER priced_delete INSTEAD OF DELETE ON public.priced FOR EACH ROW EXECUTE FUNCTION items_write();

COMMENT ON TRIGGER "priced_delete" ON "public"."priced" IS 'deletes the item';

CREATE TRIGGER labels_update INSTEAD OF UPDATE ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER labels_insert INSTEAD OF INSERT ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER labels_delete INSTEAD OF DELETE ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

COMMIT;
