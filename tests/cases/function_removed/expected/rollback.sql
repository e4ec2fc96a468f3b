-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE PROCEDURE public.noop()
 LANGUAGE sql
AS $procedure$ SELECT 1 $procedure$;

CREATE OR REPLACE FUNCTION public.legacy_code()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'L' $function$;

CREATE OR REPLACE FUNCTION public.item_name(item integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT name FROM items WHERE id = item $function$;

ALTER TABLE "public"."items" ADD COLUMN "legacy_code" text DEFAULT legacy_code();

COMMIT;
