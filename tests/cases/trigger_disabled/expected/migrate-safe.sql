-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."events" DISABLE TRIGGER "events_at";

ALTER TABLE "public"."events" ENABLE ALWAYS TRIGGER "events_at_always";

COMMIT;
