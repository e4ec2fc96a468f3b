-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP FUNCTION "public"."pairs"();

CREATE OR REPLACE FUNCTION public.pairs()
 RETURNS TABLE(k text)
 LANGUAGE sql
AS $function$ VALUES ('a') $function$;

DROP FUNCTION "public"."order_count"(customer integer);

CREATE OR REPLACE FUNCTION public.order_count(cust integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT 42 $function$;

COMMIT;
