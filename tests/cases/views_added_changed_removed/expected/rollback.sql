-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."active_names";

DROP VIEW "public"."with_email";

DROP VIEW "public"."editable";

DROP VIEW "public"."active_people";

ALTER TABLE "public"."people" DROP COLUMN "email";

CREATE VIEW "public"."old_report" AS
SELECT count(*) AS n
   FROM people;

CREATE VIEW "public"."editable" AS
SELECT people.id,
    people.name,
    people.active
   FROM people
  WHERE people.active;

COMMENT ON VIEW "public"."editable" IS 'active people';

CREATE VIEW "public"."active_people" AS
SELECT people.id,
    people.name
   FROM people
  WHERE (people.active AND (people.name <> ''::text));

CREATE VIEW "public"."active_names" AS
SELECT active_people.name
   FROM active_people;

COMMIT;
