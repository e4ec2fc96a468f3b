-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_code_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_kind_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_status_check";

DROP INDEX "public"."orders_open";

ALTER TABLE "public"."orders" DROP COLUMN "code";

ALTER TABLE "public"."orders" DROP COLUMN "state";

DROP DOMAIN "public"."order_status";

COMMIT;
