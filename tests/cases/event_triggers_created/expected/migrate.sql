-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.log_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO ddl_log (tag) VALUES (tg_tag);
END
$function$;

CREATE OR REPLACE FUNCTION public.refuse_drops()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION 'dropping % is not allowed', tg_tag;
END
$function$;

CREATE EVENT TRIGGER "log_rewrites" ON "table_rewrite" EXECUTE FUNCTION "public"."log_ddl"();

ALTER EVENT TRIGGER "log_rewrites" ENABLE ALWAYS;

CREATE EVENT TRIGGER "log_table_ddl" ON "ddl_command_end" WHEN TAG IN ('ALTER TABLE', 'CREATE INDEX', 'CREATE TABLE') EXECUTE FUNCTION "public"."log_ddl"();

COMMENT ON EVENT TRIGGER "log_table_ddl" IS 'Keeps a log of table changes';

CREATE EVENT TRIGGER "no_drops" ON "sql_drop" EXECUTE FUNCTION "public"."refuse_drops"();

ALTER EVENT TRIGGER "no_drops" DISABLE;

COMMIT;
