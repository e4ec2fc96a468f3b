-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."drafts" (
    "id" integer NOT NULL
);

ALTER TABLE "public"."drafts" ADD CONSTRAINT "drafts_pkey" PRIMARY KEY (id);

CREATE OR REPLACE FUNCTION public.draft_count()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM drafts;
END;

CREATE OR REPLACE FUNCTION public.all_drafts()
 RETURNS SETOF drafts
 LANGUAGE sql
AS $function$ SELECT * FROM drafts $function$;

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_pkey";

DROP FUNCTION "public"."order_ids"(o orders[]);

DROP FUNCTION "public"."order_count"();

DROP FUNCTION "public"."big_orders"(threshold numeric);

DROP TABLE "public"."orders";

COMMIT;
