-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."vehicles" ADD COLUMN "wheels" integer;

ALTER TABLE "public"."trucks" INHERIT "public"."vehicles";

ALTER TABLE "public"."bikes" NO INHERIT "public"."vehicles";

COMMIT;
