-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.shout(words text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN upper(words); END $function$;

CREATE OR REPLACE FUNCTION public.price_with_tax(net numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(net * 1.19, 2) $function$;

COMMIT;
