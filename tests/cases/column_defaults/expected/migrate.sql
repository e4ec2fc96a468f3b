-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."events" ALTER COLUMN "expires_at" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "kind" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "note" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "priority" DROP DEFAULT;

ALTER TABLE "public"."events" ALTER COLUMN "created_at" SET DEFAULT now();

ALTER TABLE "public"."events" ALTER COLUMN "expires_at" SET DEFAULT (now() + '30 days'::interval);

ALTER TABLE "public"."events" ALTER COLUMN "kind" SET DEFAULT 'x'::text;

ALTER TABLE "public"."events" ALTER COLUMN "priority" SET DEFAULT (2 * 5);

ALTER TABLE "public"."events" ALTER COLUMN "ref" SET DEFAULT next_ref();

COMMIT;
