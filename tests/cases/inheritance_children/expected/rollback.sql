-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."vehicles" DROP COLUMN "color";

DROP TABLE "public"."trucks";

COMMIT;
