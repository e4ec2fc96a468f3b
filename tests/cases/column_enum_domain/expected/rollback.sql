-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" TYPE text USING "status"::text::text;

ALTER TABLE "public"."tickets" ALTER COLUMN "reporter" TYPE text USING "reporter"::text;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" SET DEFAULT 'open'::text;

ALTER TABLE "public"."tickets" DROP COLUMN "priority";

COMMIT;
