-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."items" DROP CONSTRAINT "items_qty_check";

ALTER TABLE "public"."items" DROP CONSTRAINT "items_sku_notempty";

ALTER TABLE "public"."items" ADD CONSTRAINT "items_price_check" CHECK ((price >= (0)::numeric));

ALTER TABLE "public"."items" ADD CONSTRAINT "items_qty_check" CHECK (((qty >= 0) AND (qty <= 1000)));

ALTER TABLE "public"."items" ADD CONSTRAINT "items_sku_format" CHECK ((sku ~ '^[A-Z]{3}-[0-9]+$'::text)) NOT VALID;

COMMIT;
