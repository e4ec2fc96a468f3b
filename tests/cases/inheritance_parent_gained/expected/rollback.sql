-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."child" NO INHERIT "public"."base";

ALTER TABLE "public"."child" DROP COLUMN "note";

DROP TABLE "public"."base";

COMMIT;
