-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."shifts" DROP CONSTRAINT "shifts_span_excl";

ALTER TABLE "public"."slots" DROP CONSTRAINT "slots_span_excl";

ALTER TABLE "public"."bookings" ADD CONSTRAINT "no_overlap" EXCLUDE USING gist (during WITH &&);

ALTER TABLE "public"."slots" ADD CONSTRAINT "slots_span_excl" EXCLUDE USING gist (span WITH &&);

COMMIT;
