-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- DROP VIEW "public"."recent_orders";

-- needs --force (part of dropping table orders): part of dropping table orders
-- ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_fkey";

-- needs --force (takes the name of an object dropped only with --force): Changed 'orders' from PARTITION BY RANGE (placed) → not partitioned (rebuilt with its rows)
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_e918352260a2" AS SELECT "id", "placed", "customer", "note" FROM "public"."orders";
--
-- ALTER SEQUENCE "public"."orders_id_seq" OWNED BY NONE;

-- needs --force (drops data): drops data
-- DROP TABLE "public"."orders_2024";

-- needs --force (drops data): drops data
-- DROP TABLE "public"."orders_rest";

-- needs --force (drops data): drops data
-- DROP TABLE "public"."orders";

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- CREATE TABLE "public"."orders" (
--     "id" integer DEFAULT nextval('orders_id_seq'::regclass) NOT NULL, 
--     "placed" date NOT NULL, 
--     "customer" integer, 
--     "note" text
-- );
--
-- COMMENT ON TABLE "public"."orders" IS 'Orders by date';

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- INSERT INTO "public"."orders" ("id", "placed", "customer", "note") SELECT "id", "placed", "customer", "note" FROM "pg_temp"."krakn_rows_e918352260a2";
--
-- DROP TABLE "pg_temp"."krakn_rows_e918352260a2";
--
-- ALTER SEQUENCE "public"."orders_id_seq" OWNED BY "public"."orders"."id";

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id, placed);

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- CREATE INDEX orders_customer_idx ON public.orders USING btree (customer);

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_fkey" FOREIGN KEY (customer) REFERENCES customers(id);

-- needs --force (takes the name of an object dropped only with --force): takes the name of an object dropped only with --force
-- CREATE VIEW "public"."recent_orders" AS
-- SELECT orders.id,
--     orders.placed
--    FROM orders
--   WHERE (orders.placed >= '2024-06-01'::date);

COMMIT;
