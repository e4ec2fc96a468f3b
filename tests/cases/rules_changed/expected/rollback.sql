-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON RULE "log_quiet" ON "public"."order_log" IS 'old';

DROP RULE "orders_soft_delete" ON "public"."orders";

DROP RULE "orders_log" ON "public"."orders";

ALTER TABLE "public"."order_log" DISABLE RULE "log_notify";

DROP RULE "open_orders_insert" ON "public"."open_orders";

DROP VIEW "public"."open_orders";

ALTER TABLE "public"."orders" ALTER COLUMN "total" TYPE numeric(10,2) USING "total"::numeric(10,2);

CREATE VIEW "public"."open_orders" AS
SELECT orders.id,
    orders.customer,
    orders.total
   FROM orders
  WHERE (NOT orders.deleted);

CREATE RULE orders_soft_delete AS
    ON DELETE TO public.orders DO INSTEAD  UPDATE orders SET deleted = true
  WHERE (orders.id = old.id);

CREATE RULE orders_log AS
    ON UPDATE TO public.orders
   WHERE (old.total IS DISTINCT FROM new.total) DO  INSERT INTO order_log (order_id, action, total)
  VALUES (new.id, 'total'::text, new.total);

CREATE RULE open_orders_insert AS
    ON INSERT TO public.open_orders DO INSTEAD  INSERT INTO orders (id, customer, total)
  VALUES (new.id, new.customer, new.total);

COMMENT ON RULE "open_orders_insert" ON "public"."open_orders" IS 'adds an order';

COMMIT;
