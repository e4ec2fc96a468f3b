-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."orders" (
    "id" integer NOT NULL, 
    "total" numeric NOT NULL
);

CREATE OR REPLACE FUNCTION public.big_orders(threshold numeric)
 RETURNS SETOF orders
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM orders WHERE total > threshold $function$;

CREATE OR REPLACE FUNCTION public.order_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM orders;
END;

CREATE OR REPLACE FUNCTION public.order_ids(o orders[])
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT array_agg(x.id) FROM unnest(o) AS x $function$;

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);

DROP FUNCTION "public"."all_drafts"();

DROP FUNCTION "public"."draft_count"();

DROP TABLE "public"."drafts";

COMMIT;
