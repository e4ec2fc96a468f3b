-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tickets" DROP COLUMN "code";

DROP FUNCTION "public"."next_code"(prefix text);

COMMIT;
