-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TYPE "cal"."float_range" AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

CREATE TYPE "cal"."time_window" AS RANGE (SUBTYPE = time without time zone);

ALTER TABLE "cal"."shifts" ADD COLUMN "hours" cal.time_window;

COMMIT;
