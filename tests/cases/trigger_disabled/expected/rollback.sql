-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."events" ENABLE TRIGGER "events_at_always";

ALTER TABLE "public"."events" ENABLE TRIGGER "events_at";

COMMIT;
