-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON TYPE "public"."address" IS NULL;

ALTER TABLE "public"."boxes" DROP COLUMN "size";

ALTER TYPE "public"."address" DROP ATTRIBUTE "postcode";

ALTER TYPE "public"."address" ALTER ATTRIBUTE "city" SET DATA TYPE character varying(100);

ALTER TYPE "public"."address" ADD ATTRIBUTE "country" text;

DROP TYPE "public"."dimensions";

DROP TYPE "public"."unit";

COMMIT;
