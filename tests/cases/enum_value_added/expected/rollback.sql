-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "work"."tasks" ALTER COLUMN "state" DROP DEFAULT;

ALTER TABLE "work"."tasks" ALTER COLUMN "state" SET DEFAULT 'open'::work.task_state;

ALTER TYPE "work"."task_state" RENAME TO "task_state__krakn_old";

CREATE TYPE "work"."task_state" AS ENUM ('open', 'done');

ALTER TABLE "work"."tasks" ALTER COLUMN "state" DROP DEFAULT;

ALTER TABLE "work"."tasks" ALTER COLUMN "state" TYPE "work"."task_state" USING "state"::text::"work"."task_state";

ALTER TABLE "work"."tasks" ALTER COLUMN "state" SET DEFAULT 'open'::work.task_state;

DROP TYPE "work"."task_state__krakn_old";

COMMIT;
