-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."order_lines_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."wishlist" (
    "customer_id" bigint, 
    "product_id" integer
);

ALTER TABLE "public"."order_lines" ADD COLUMN "id" integer DEFAULT nextval('order_lines_id_seq'::regclass) NOT NULL;

ALTER SEQUENCE "public"."order_lines_id_seq" OWNED BY "public"."order_lines"."id";

ALTER TABLE "public"."customers" ADD COLUMN "fax" text;

COMMENT ON COLUMN "public"."products"."price" IS NULL;

COMMENT ON TABLE "public"."customers" IS NULL;

ALTER SEQUENCE "public"."categories_id_seq" OWNED BY NONE;

ALTER TABLE "public"."products" DROP CONSTRAINT "products_category_id_fkey";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";

ALTER TABLE "public"."order_lines" DROP CONSTRAINT "order_lines_order_id_fkey";

ALTER TABLE "public"."categories" DROP CONSTRAINT "categories_parent_id_fkey";

DROP INDEX "public"."products_attributes_gin";

DROP INDEX "public"."orders_customer_placed_idx";

DROP INDEX "public"."customers_email_lower_uidx";

ALTER TABLE "reporting"."daily_sales" DROP CONSTRAINT "daily_sales_pkey";

ALTER TABLE "public"."products" DROP CONSTRAINT "products_sku_key";

ALTER TABLE "public"."products" DROP CONSTRAINT "products_price_check";

ALTER TABLE "public"."order_lines" DROP CONSTRAINT "order_lines_quantity_check";

ALTER TABLE "public"."order_lines" DROP CONSTRAINT "order_lines_pkey";

ALTER TABLE "public"."categories" DROP CONSTRAINT "categories_pkey";

ALTER TABLE "public"."customers" ALTER COLUMN "full_name" DROP NOT NULL;

ALTER TABLE "public"."customers" ALTER COLUMN "created_at" DROP NOT NULL;

ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."order_lines" ALTER COLUMN "quantity" DROP DEFAULT;

ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE integer USING "price"::integer;

ALTER TABLE "public"."products" ALTER COLUMN "id" TYPE integer USING "id"::integer;

ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE text USING "status"::text::text;

ALTER TABLE "public"."orders" ALTER COLUMN "id" TYPE integer USING "id"::integer;

ALTER TABLE "public"."order_lines" ALTER COLUMN "unit_price" TYPE integer USING "unit_price"::integer;

ALTER TABLE "public"."order_lines" ALTER COLUMN "product_id" TYPE integer USING "product_id"::integer;

ALTER TABLE "public"."order_lines" ALTER COLUMN "order_id" TYPE integer USING "order_id"::integer;

ALTER TABLE "public"."customers" ALTER COLUMN "email" TYPE character varying(100) USING "email"::character varying(100);

ALTER TABLE "public"."customers" ALTER COLUMN "created_at" TYPE timestamp without time zone USING "created_at"::timestamp without time zone;

ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'cart'::text;

ALTER TABLE "public"."products" DROP COLUMN "attributes";

ALTER TABLE "public"."products" DROP COLUMN "category_id";

ALTER TABLE "public"."orders" DROP COLUMN "note";

ALTER TABLE "public"."customers" DROP COLUMN "marketing_opt_in";

DROP TABLE "reporting"."daily_sales";

DROP TABLE "public"."categories";

DROP SEQUENCE "public"."categories_id_seq";

CREATE INDEX customers_email_idx ON public.customers USING btree (email);

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."wishlist" ADD CONSTRAINT "wishlist_product_id_fkey" FOREIGN KEY (product_id) REFERENCES products(id);

ALTER TABLE "public"."wishlist" ADD CONSTRAINT "wishlist_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id);

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id);

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_order_id_fkey" FOREIGN KEY (order_id) REFERENCES orders(id);

DROP SCHEMA "reporting";

COMMIT;
