-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP FUNCTION "public"."active_label"(a actives);

DROP VIEW "public"."actives";

DROP FUNCTION "public"."contacts_named"(n text);

DROP VIEW "public"."contacts";

CREATE VIEW "public"."actives" AS
SELECT people.id,
    people.name
   FROM people
  WHERE people.active;

CREATE OR REPLACE FUNCTION public.active_label(a actives)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a.name $function$;

CREATE VIEW "public"."contacts" AS
SELECT people.id,
    people.name
   FROM people;

CREATE OR REPLACE FUNCTION public.contacts_named(n text)
 RETURNS SETOF contacts
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM contacts WHERE name = n $function$;

COMMIT;
