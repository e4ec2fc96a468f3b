-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER EVENT TRIGGER "note_ends" DISABLE;

COMMENT ON EVENT TRIGGER "note_ends" IS 'Every command';

DROP EVENT TRIGGER "note_creates";

DROP EVENT TRIGGER "no_drops";

CREATE OR REPLACE FUNCTION public.old_audit()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE NOTICE 'audit: %', tg_tag;
END
$function$;

DROP FUNCTION "public"."refuse_drops"();

CREATE EVENT TRIGGER "old_audit" ON "ddl_command_end" EXECUTE FUNCTION "public"."old_audit"();

CREATE EVENT TRIGGER "note_creates" ON "ddl_command_start" WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION "public"."note_ddl"();

ALTER EVENT TRIGGER "note_rewrites" ENABLE;

COMMIT;
