-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."slots" DROP CONSTRAINT "slots_span_excl";

ALTER TABLE "public"."bookings" DROP CONSTRAINT "no_overlap";

ALTER TABLE "public"."slots" ADD CONSTRAINT "slots_span_excl" EXCLUDE USING gist (span WITH =);

ALTER TABLE "public"."shifts" ADD CONSTRAINT "shifts_span_excl" EXCLUDE USING gist (span WITH &&);

COMMIT;
