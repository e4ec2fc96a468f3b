-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."ranked";

DROP FUNCTION "public"."row_no"();

COMMIT;
