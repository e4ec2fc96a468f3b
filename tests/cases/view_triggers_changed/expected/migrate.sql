-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "labels_delete" ON "public"."labels";

DROP TRIGGER "labels_insert" ON "public"."labels";

DROP TRIGGER "labels_update" ON "public"."labels";

DROP TRIGGER "priced_delete" ON "public"."priced";

DROP TRIGGER "priced_write" ON "public"."priced";

DROP VIEW "public"."labels";

DROP VIEW "public"."priced";

ALTER TABLE "public"."items" ALTER COLUMN "price" TYPE numeric(14,4) USING "price"::numeric(14,4);

CREATE VIEW "public"."labels" AS
SELECT items.id,
    items.label,
    items.price
   FROM items;

CREATE VIEW "public"."priced" AS
SELECT items.id,
    items.price,
    items.label
   FROM items
  WHERE (NOT items.hidden);

CREATE TRIGGER hidden_insert INSTEAD OF INSERT ON public.hidden_items FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER labels_insert INSTEAD OF INSERT ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER labels_update INSTEAD OF INSERT OR UPDATE ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER labels_upsert INSTEAD OF UPDATE ON public.labels FOR EACH ROW EXECUTE FUNCTION items_write();

CREATE TRIGGER priced_delete INSTEAD OF DELETE ON public.priced FOR EACH ROW EXECUTE FUNCTION items_write();

COMMENT ON TRIGGER "priced_delete" ON "public"."priced" IS 'deletes the item';

CREATE TRIGGER priced_write INSTEAD OF INSERT OR UPDATE ON public.priced FOR EACH ROW EXECUTE FUNCTION items_write();

COMMENT ON TRIGGER "hidden_delete" ON "public"."hidden_items" IS 'new comment';

COMMIT;
