-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP FUNCTION "public"."order_count"(cust integer);

CREATE OR REPLACE FUNCTION public.order_count(customer integer)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT 42::bigint $function$;

COMMENT ON FUNCTION "public"."order_count"(customer integer) IS 'orders of one customer';

DROP FUNCTION "public"."pairs"();

CREATE OR REPLACE FUNCTION public.pairs()
 RETURNS TABLE(k text, v integer)
 LANGUAGE sql
AS $function$ VALUES ('a', 1), ('b', 2) $function$;

COMMIT;
