-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tickets" ALTER COLUMN "fallback" DROP DEFAULT;

ALTER TYPE "public"."priority" RENAME TO "priority__krakn_old";

CREATE TYPE "public"."priority" AS ENUM ('low', 'medium', 'high', 'urgent');

ALTER TABLE "public"."tickets" ALTER COLUMN "fallback" DROP DEFAULT;

ALTER TABLE "public"."tickets" ALTER COLUMN "fallback" TYPE "public"."priority" USING "fallback"::text::"public"."priority";

ALTER TABLE "public"."tickets" ALTER COLUMN "fallback" SET DEFAULT 'urgent'::priority;

ALTER TABLE "public"."tickets" ALTER COLUMN "prio" DROP DEFAULT;

ALTER TABLE "public"."tickets" ALTER COLUMN "prio" TYPE "public"."priority" USING "prio"::text::"public"."priority";

ALTER TABLE "public"."tickets" ALTER COLUMN "prio" SET DEFAULT 'low'::priority;

ALTER TABLE "public"."tickets" ALTER COLUMN "seen" TYPE "public"."priority"[] USING "seen"::text[]::"public"."priority"[];

DROP TYPE "public"."priority__krakn_old";

ALTER TABLE "public"."tickets" ALTER COLUMN "fallback" SET DEFAULT 'urgent'::priority;

COMMIT;
