-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."orders_open";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_status_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_kind_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_code_check";

ALTER TABLE "public"."orders" DROP COLUMN "state";

ALTER TABLE "public"."orders" DROP COLUMN "code";

DROP DOMAIN "public"."order_status";

COMMIT;
