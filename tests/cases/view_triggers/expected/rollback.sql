-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "names_insert" ON "public"."names";

DROP TRIGGER "contacts_insert" ON "public"."contacts";

DROP TRIGGER "contacts_change" ON "public"."contacts";

DROP VIEW "public"."contacts";

DROP FUNCTION "public"."names_write"();

DROP FUNCTION "public"."contacts_write"();

COMMIT;
