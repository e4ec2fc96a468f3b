-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.row_no()
 RETURNS bigint
 LANGUAGE internal
 WINDOW IMMUTABLE
AS $function$window_row_number$function$;

COMMENT ON FUNCTION "public"."row_no"() IS 'row_number under another name';

CREATE VIEW "public"."ranked" AS
SELECT scores.id,
    row_no() OVER (ORDER BY scores.points DESC) AS place
   FROM scores;

COMMIT;
