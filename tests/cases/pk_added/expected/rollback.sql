-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."sessions" DROP CONSTRAINT "sessions_pkey";

ALTER TABLE "public"."sessions" ALTER COLUMN "token" DROP NOT NULL;

COMMIT;
