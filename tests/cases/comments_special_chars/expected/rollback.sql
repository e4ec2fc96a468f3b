-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON COLUMN "public"."notes"."path" IS NULL;

COMMENT ON COLUMN "public"."notes"."body" IS NULL;

COMMENT ON TABLE "public"."notes" IS 'notes';

COMMIT;
