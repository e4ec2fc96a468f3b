-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE DOMAIN "public"."order_status" AS character varying(20) CONSTRAINT "order_status_check" CHECK (((VALUE)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying, 'shipped'::character varying]::character varying[])::text[])));

ALTER TABLE "public"."orders" ADD COLUMN "state" order_status;

ALTER TABLE "public"."orders" ADD COLUMN "code" numeric;

CREATE INDEX orders_open ON public.orders USING btree (id) WHERE ((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying]::character varying[])::text[]));

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_status_check" CHECK (((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying, 'shipped'::character varying]::character varying[])::text[])));

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_kind_check" CHECK (((kind)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])));

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_code_check" CHECK (((code)::text = ANY ((ARRAY[1, 2]::integer[])::text[])));

COMMIT;
