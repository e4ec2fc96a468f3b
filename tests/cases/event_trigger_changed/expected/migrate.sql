-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER EVENT TRIGGER "note_rewrites" DISABLE;

DROP EVENT TRIGGER "note_creates";

DROP EVENT TRIGGER "old_audit";

CREATE OR REPLACE FUNCTION public.refuse_drops()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION 'dropping % is not allowed', tg_tag;
END
$function$;

DROP FUNCTION "public"."old_audit"();

CREATE EVENT TRIGGER "no_drops" ON "sql_drop" EXECUTE FUNCTION "public"."refuse_drops"();

CREATE EVENT TRIGGER "note_creates" ON "ddl_command_start" WHEN TAG IN ('CREATE FUNCTION', 'CREATE TABLE', 'CREATE VIEW') EXECUTE FUNCTION "public"."note_ddl"();

ALTER EVENT TRIGGER "note_ends" ENABLE;

COMMENT ON EVENT TRIGGER "note_ends" IS 'Every command, at its end';

COMMIT;
