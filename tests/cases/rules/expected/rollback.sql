-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP RULE "orders_soft_delete" ON "public"."orders";

DROP RULE "orders_log" ON "public"."orders";

DROP RULE "orders_quiet" ON "public"."order_log";

DROP RULE "open_orders_update" ON "public"."open_orders";

DROP RULE "open_orders_insert" ON "public"."open_orders";

DROP RULE "archive_keep" ON "public"."archive";

ALTER TABLE "public"."archive" DROP CONSTRAINT "archive_pkey";

DROP TABLE "public"."archive";

COMMIT;
