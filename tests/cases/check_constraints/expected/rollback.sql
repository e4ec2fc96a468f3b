-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."items" DROP CONSTRAINT "items_sku_format";

ALTER TABLE "public"."items" DROP CONSTRAINT "items_qty_check";

ALTER TABLE "public"."items" DROP CONSTRAINT "items_price_check";

ALTER TABLE "public"."items" ADD CONSTRAINT "items_sku_notempty" CHECK ((sku <> ''::text));

ALTER TABLE "public"."items" ADD CONSTRAINT "items_qty_check" CHECK ((qty >= 0));

COMMIT;
