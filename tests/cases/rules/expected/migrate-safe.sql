-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."archive" (
    "id" integer NOT NULL, 
    "body" text
);

ALTER TABLE "public"."archive" ADD CONSTRAINT "archive_pkey" PRIMARY KEY (id);

CREATE RULE archive_keep AS
    ON DELETE TO public.archive DO INSTEAD NOTHING;

CREATE RULE open_orders_insert AS
    ON INSERT TO public.open_orders DO INSTEAD  INSERT INTO orders (id, customer, total)
  VALUES (new.id, new.customer, new.total);

CREATE RULE open_orders_update AS
    ON UPDATE TO public.open_orders DO INSTEAD  UPDATE orders SET customer = new.customer, total = new.total
  WHERE (orders.id = old.id);

COMMENT ON RULE "open_orders_update" ON "public"."open_orders" IS 'edits the order';

CREATE RULE orders_quiet AS
    ON INSERT TO public.order_log DO
 NOTIFY order_log;

ALTER TABLE "public"."order_log" DISABLE RULE "orders_quiet";

CREATE RULE orders_log AS
    ON UPDATE TO public.orders
   WHERE (old.total IS DISTINCT FROM new.total) DO  INSERT INTO order_log (order_id, action)
  VALUES (new.id, 'total'::text);

CREATE RULE orders_soft_delete AS
    ON DELETE TO public.orders DO INSTEAD  UPDATE orders SET deleted = true
  WHERE (orders.id = old.id);

COMMIT;
