-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

ALTER TYPE "work"."task_state" ADD VALUE IF NOT EXISTS 'draft' BEFORE 'open';

ALTER TYPE "work"."task_state" ADD VALUE IF NOT EXISTS 'in progress' AFTER 'open';

ALTER TYPE "work"."task_state" ADD VALUE IF NOT EXISTS 'archived' AFTER 'done';

BEGIN;

ALTER TABLE "work"."tasks" ALTER COLUMN "state" DROP DEFAULT;

ALTER TABLE "work"."tasks" ALTER COLUMN "state" SET DEFAULT 'draft'::work.task_state;

COMMIT;
