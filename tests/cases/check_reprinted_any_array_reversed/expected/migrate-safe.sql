-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (part of dropping a column): Removed check constraint 'orders_code_check' from 'orders'
-- ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_code_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_kind_check";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_status_check";

DROP INDEX "public"."orders_open";

-- needs --force (drops data): Removed column 'code' from 'orders'
-- ALTER TABLE "public"."orders" DROP COLUMN "code";

-- needs --force (drops data): Removed column 'state' from 'orders'
-- ALTER TABLE "public"."orders" DROP COLUMN "state";

-- needs --force (drops data): Removed domain 'order_status'
-- DROP DOMAIN "public"."order_status";

COMMIT;
