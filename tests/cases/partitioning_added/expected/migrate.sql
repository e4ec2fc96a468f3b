-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."recent_orders";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_fkey";

CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_e918352260a2" AS SELECT "id", "placed", "customer", "note" FROM "public"."orders";

ALTER SEQUENCE "public"."orders_id_seq" OWNED BY NONE;

DROP TABLE "public"."orders";

CREATE TABLE "public"."orders" (
    "id" integer DEFAULT nextval('orders_id_seq'::regclass) NOT NULL, 
    "placed" date NOT NULL, 
    "customer" integer, 
    "note" text
)
 PARTITION BY RANGE (placed);

COMMENT ON TABLE "public"."orders" IS 'Orders by date';

CREATE TABLE "public"."orders_2024" PARTITION OF "public"."orders" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE "public"."orders_rest" PARTITION OF "public"."orders" DEFAULT;

INSERT INTO "public"."orders" ("id", "placed", "customer", "note") SELECT "id", "placed", "customer", "note" FROM "pg_temp"."krakn_rows_e918352260a2";

DROP TABLE "pg_temp"."krakn_rows_e918352260a2";

ALTER SEQUENCE "public"."orders_id_seq" OWNED BY "public"."orders"."id";

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id, placed);

CREATE INDEX orders_customer_idx ON public.orders USING btree (customer);

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_fkey" FOREIGN KEY (customer) REFERENCES customers(id);

CREATE VIEW "public"."recent_orders" AS
SELECT orders.id,
    orders.placed
   FROM orders
  WHERE (orders.placed >= '2024-06-01'::date);

COMMIT;
