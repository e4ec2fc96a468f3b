-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.next_code(prefix text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT prefix || '-' || lpad((floor(random() * 10000))::int::text, 4, '0') $function$;

ALTER TABLE "public"."tickets" ADD COLUMN "code" text DEFAULT next_code('T'::text) NOT NULL;

COMMIT;
