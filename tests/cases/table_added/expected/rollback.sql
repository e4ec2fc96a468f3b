-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tags" DROP CONSTRAINT "tags_pkey";

DROP TABLE "public"."tags";

COMMIT;
