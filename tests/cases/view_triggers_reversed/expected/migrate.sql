-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "contacts_change" ON "public"."contacts";

DROP TRIGGER "contacts_insert" ON "public"."contacts";

DROP TRIGGER "names_insert" ON "public"."names";

DROP VIEW "public"."contacts";

DROP FUNCTION "public"."contacts_write"();

DROP FUNCTION "public"."names_write"();

COMMIT;
