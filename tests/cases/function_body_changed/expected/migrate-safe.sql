-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.price_with_tax(net numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(net * 1.21, 2) $function$;

CREATE OR REPLACE FUNCTION public.shout(words text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog'
AS $function$ BEGIN RETURN upper(words) || '!'; END $function$;

COMMIT;
