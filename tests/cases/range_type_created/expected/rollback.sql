-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "cal"."shifts" DROP COLUMN "hours";

DROP TYPE "cal"."time_window";

DROP TYPE "cal"."float_range";

COMMIT;
