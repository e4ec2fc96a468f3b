-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."trucks" NO INHERIT "public"."vehicles";

ALTER TABLE "public"."bikes" INHERIT "public"."vehicles";

ALTER TABLE "public"."vehicles" DROP COLUMN "wheels";

COMMIT;
