-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION util.fmt(v integer)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'int:' || v $function$;

CREATE OR REPLACE FUNCTION util.fmt(v integer, width integer)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT lpad(v::text, width) $function$;

CREATE OR REPLACE FUNCTION util.fmt(v text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'text:' || v $function$;

DROP FUNCTION "util"."fmt"(v date);

COMMIT;
