-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.names_write()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO people VALUES (NEW.id, NEW.name);
    RETURN NEW;
END $function$;

CREATE OR REPLACE FUNCTION public.contacts_write()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO people VALUES (NEW.id, NEW.name);
        INSERT INTO emails VALUES (NEW.id, NEW.address);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE people SET name = NEW.name WHERE id = OLD.id;
        UPDATE emails SET address = NEW.address WHERE person = OLD.id;
        RETURN NEW;
    END IF;
    DELETE FROM emails WHERE person = OLD.id;
    DELETE FROM people WHERE id = OLD.id;
    RETURN OLD;
END $function$;

CREATE VIEW "public"."contacts" AS
SELECT p.id,
    p.name,
    e.address
   FROM (people p
     LEFT JOIN emails e ON ((e.person = p.id)));

CREATE TRIGGER names_insert INSTEAD OF INSERT ON public.names FOR EACH ROW EXECUTE FUNCTION names_write();

CREATE TRIGGER contacts_insert INSTEAD OF INSERT ON public.contacts FOR EACH ROW EXECUTE FUNCTION contacts_write();

COMMENT ON TRIGGER "contacts_insert" ON "public"."contacts" IS 'writes both tables';

CREATE TRIGGER contacts_change INSTEAD OF DELETE OR UPDATE ON public.contacts FOR EACH ROW EXECUTE FUNCTION contacts_write();

COMMIT;
