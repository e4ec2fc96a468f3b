-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "reporting";

ALTER TABLE "public"."order_lines" DROP CONSTRAINT "order_lines_order_id_fkey";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";

-- needs --force (part of dropping table wishlist): Removed foreign key 'wishlist_customer_id_fkey' from 'wishlist'
-- ALTER TABLE "public"."wishlist" DROP CONSTRAINT "wishlist_customer_id_fkey";

-- needs --force (part of dropping table wishlist): Removed foreign key 'wishlist_product_id_fkey' from 'wishlist'
-- ALTER TABLE "public"."wishlist" DROP CONSTRAINT "wishlist_product_id_fkey";

ALTER TABLE "public"."order_lines" DROP CONSTRAINT "order_lines_pkey";

DROP INDEX "public"."customers_email_idx";

CREATE SEQUENCE "public"."categories_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."categories" (
    "id" integer DEFAULT nextval('categories_id_seq'::regclass) NOT NULL, 
    "parent_id" integer, 
    "name" text NOT NULL
);

CREATE TABLE "reporting"."daily_sales" (
    "day" date NOT NULL, 
    "revenue" numeric(14,2) DEFAULT 0 NOT NULL
);

ALTER TABLE "public"."customers" ADD COLUMN "marketing_opt_in" boolean DEFAULT false NOT NULL;

ALTER TABLE "public"."orders" ADD COLUMN "note" text;

ALTER TABLE "public"."products" ADD COLUMN "category_id" integer;

ALTER TABLE "public"."products" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;

ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;

-- needs --force (narrows or reinterprets values): Changed type of 'created_at' in 'customers' from timestamp without time zone → timestamp with time zone
-- ALTER TABLE "public"."customers" ALTER COLUMN "created_at" TYPE timestamp with time zone USING "created_at"::timestamp with time zone;

ALTER TABLE "public"."customers" ALTER COLUMN "email" TYPE text USING "email"::text;

ALTER TABLE "public"."order_lines" ALTER COLUMN "order_id" TYPE bigint USING "order_id"::bigint;

ALTER TABLE "public"."order_lines" ALTER COLUMN "product_id" TYPE bigint USING "product_id"::bigint;

ALTER TABLE "public"."order_lines" ALTER COLUMN "unit_price" TYPE numeric(10,2) USING "unit_price"::numeric(10,2);

ALTER TABLE "public"."orders" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;

-- needs --force (narrows or reinterprets values): Changed type of 'status' in 'orders' from text → order_status
-- ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE order_status USING "status"::text::order_status;

ALTER TABLE "public"."products" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;

ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE numeric(10,2) USING "price"::numeric(10,2);

ALTER TABLE "public"."order_lines" ALTER COLUMN "quantity" SET DEFAULT 1;

ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'cart'::order_status;

ALTER TABLE "public"."customers" ALTER COLUMN "created_at" SET NOT NULL;

ALTER TABLE "public"."customers" ALTER COLUMN "full_name" SET NOT NULL;

ALTER TABLE "public"."categories" ADD CONSTRAINT "categories_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_pkey" PRIMARY KEY (order_id, line_no);

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_quantity_check" CHECK ((quantity > 0));

ALTER TABLE "public"."products" ADD CONSTRAINT "products_price_check" CHECK ((price >= (0)::numeric));

ALTER TABLE "public"."products" ADD CONSTRAINT "products_sku_key" UNIQUE (sku);

ALTER TABLE "reporting"."daily_sales" ADD CONSTRAINT "daily_sales_pkey" PRIMARY KEY (day);

CREATE UNIQUE INDEX customers_email_lower_uidx ON public.customers USING btree (lower(email));

CREATE INDEX orders_customer_placed_idx ON public.orders USING btree (customer_id, placed_at DESC NULLS LAST);

CREATE INDEX products_attributes_gin ON public.products USING gin (attributes);

ALTER TABLE "public"."categories" ADD CONSTRAINT "categories_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES categories(id) ON DELETE CASCADE;

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_order_id_fkey" FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE RESTRICT;

ALTER TABLE "public"."products" ADD CONSTRAINT "products_category_id_fkey" FOREIGN KEY (category_id) REFERENCES categories(id);

ALTER SEQUENCE "public"."categories_id_seq" OWNED BY "public"."categories"."id";

SELECT setval('"public"."categories_id_seq"', max("id")) FROM "public"."categories" HAVING max("id") IS NOT NULL;

COMMENT ON TABLE "public"."customers" IS 'People who buy things';

COMMENT ON COLUMN "public"."products"."price" IS 'Unit price in EUR';

-- needs --force (drops data): Removed column 'fax' from 'customers'
-- ALTER TABLE "public"."customers" DROP COLUMN "fax";

-- needs --force (drops data): Removed column 'id' from 'order_lines'
-- ALTER TABLE "public"."order_lines" DROP COLUMN "id";

-- needs --force (drops data): Removed table 'wishlist'
-- DROP TABLE "public"."wishlist";

-- needs --force: drops data
-- DROP SEQUENCE IF EXISTS "public"."order_lines_id_seq";

COMMIT;
