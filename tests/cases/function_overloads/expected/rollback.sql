-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION util.fmt(v date)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT v::text $function$;

DROP FUNCTION "util"."fmt"(v text);

DROP FUNCTION "util"."fmt"(v integer, width integer);

CREATE OR REPLACE FUNCTION util.fmt(v integer)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT v::text $function$;

COMMIT;
