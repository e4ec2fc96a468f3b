-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: part of rebuilding table orders for its partitioning
-- DROP VIEW "public"."recent_orders";

-- needs --force: part of rebuilding table orders for its partitioning
-- ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_fkey";

-- needs --force (part of rebuilding table orders for its partitioning): Changed 'orders' from not partitioned → PARTITION BY RANGE (placed) (rebuilt with its rows)
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_e918352260a2" AS SELECT "id", "placed", "customer", "note" FROM "public"."orders";
--
-- ALTER SEQUENCE "public"."orders_id_seq" OWNED BY NONE;

-- needs --force: drops table orders, part of rebuilding table orders for its partitioning
-- DROP TABLE "public"."orders";

-- needs --force: part of rebuilding table orders for its partitioning
-- CREATE TABLE "public"."orders" (
--     "id" integer DEFAULT nextval('orders_id_seq'::regclass) NOT NULL, 
--     "placed" date NOT NULL, 
--     "customer" integer, 
--     "note" text
-- )
--  PARTITION BY RANGE (placed);
--
-- COMMENT ON TABLE "public"."orders" IS 'Orders by date';

-- needs --force: part of rebuilding table orders for its partitioning
-- CREATE TABLE "public"."orders_2024" PARTITION OF "public"."orders" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- needs --force: part of rebuilding table orders for its partitioning
-- CREATE TABLE "public"."orders_rest" PARTITION OF "public"."orders" DEFAULT;

-- needs --force: part of rebuilding table orders for its partitioning
-- INSERT INTO "public"."orders" ("id", "placed", "customer", "note") SELECT "id", "placed", "customer", "note" FROM "pg_temp"."krakn_rows_e918352260a2";
--
-- DROP TABLE "pg_temp"."krakn_rows_e918352260a2";
--
-- ALTER SEQUENCE "public"."orders_id_seq" OWNED BY "public"."orders"."id";

-- needs --force: part of rebuilding table orders for its partitioning
-- ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id, placed);

-- needs --force: part of rebuilding table orders for its partitioning
-- CREATE INDEX orders_customer_idx ON public.orders USING btree (customer);

-- needs --force: part of rebuilding table orders for its partitioning
-- ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_fkey" FOREIGN KEY (customer) REFERENCES customers(id);

-- needs --force: part of rebuilding table orders for its partitioning
-- CREATE VIEW "public"."recent_orders" AS
-- SELECT orders.id,
--     orders.placed
--    FROM orders
--   WHERE (orders.placed >= '2024-06-01'::date);

COMMIT;
