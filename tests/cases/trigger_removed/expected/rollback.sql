-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.trim_body()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN NEW.body := btrim(NEW.body); RETURN NEW; END $function$;

CREATE TABLE "public"."old_notes" (
    "id" integer NOT NULL, 
    "body" text
);

ALTER TABLE "public"."old_notes" ADD CONSTRAINT "old_notes_pkey" PRIMARY KEY (id);

CREATE TRIGGER old_notes_trim BEFORE INSERT ON public.old_notes FOR EACH ROW EXECUTE FUNCTION trim_body();

CREATE TRIGGER notes_trim BEFORE INSERT OR UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION trim_body();

COMMIT;
