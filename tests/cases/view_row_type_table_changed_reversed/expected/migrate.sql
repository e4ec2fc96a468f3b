-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."cheap_rows";

DROP VIEW "public"."item_names";

DROP VIEW "public"."cheap";

ALTER TABLE "public"."items" ADD COLUMN "legacy" text;

ALTER TABLE "public"."items" ALTER COLUMN "name" TYPE character varying(20) USING "name"::character varying(20);

ALTER TABLE "public"."items" ALTER COLUMN "price" TYPE integer USING "price"::integer;

CREATE VIEW "public"."cheap" AS
SELECT items.id,
    items.name,
    items.price
   FROM items
  WHERE (items.price < 10);

CREATE VIEW "public"."cheap_rows" AS
SELECT c.*::cheap AS entry
   FROM cheap c;

CREATE VIEW "public"."item_names" AS
SELECT (item_rows.item).name AS name,
    item_rows.id
   FROM item_rows;

ALTER TABLE "public"."items" DROP COLUMN "added";

COMMIT;
