-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."active_names";

DROP VIEW "public"."active_people";

DROP VIEW "public"."editable";

DROP VIEW "public"."old_report";

ALTER TABLE "public"."people" ADD COLUMN "email" text;

CREATE VIEW "public"."active_people" AS
SELECT people.id,
    people.name
   FROM people
  WHERE people.active;

CREATE VIEW "public"."editable" WITH (check_option=local) AS
SELECT people.id,
    people.name,
    people.active
   FROM people
  WHERE people.active;

COMMENT ON VIEW "public"."editable" IS 'only active people';

CREATE VIEW "public"."with_email" AS
SELECT people.id,
    people.email
   FROM people
  WHERE (people.email IS NOT NULL);

CREATE VIEW "public"."active_names" AS
SELECT active_people.name
   FROM active_people;

COMMIT;
