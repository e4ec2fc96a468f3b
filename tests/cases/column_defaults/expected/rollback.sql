-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."events" ALTER COLUMN "ref" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "priority" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "kind" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "expires_at" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "created_at" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "priority" SET DEFAULT 1;

ALTER TABLE "public"."events" ALTER COLUMN "note" SET DEFAULT 'none'::text;

ALTER TABLE "public"."events" ALTER COLUMN "kind" SET DEFAULT 'y'::text;

ALTER TABLE "public"."events" ALTER COLUMN "expires_at" SET DEFAULT (now() + '7 days'::interval);

COMMIT;
