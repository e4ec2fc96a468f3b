-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: goes with a change that needs --force
-- DROP VIEW "public"."happy_people";

-- needs --force: goes with a change that needs --force
-- DROP VIEW "public"."moods";

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."visits" ALTER COLUMN "cheerful" DROP DEFAULT;

-- needs --force: goes with a change that needs --force
-- DROP TRIGGER "visits_happy" ON "public"."visits";

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."people" DROP CONSTRAINT "happy_needs_id";

-- needs --force: goes with a change that needs --force
-- DROP INDEX "public"."people_happy";

-- needs --force: goes with a change that needs --force
-- DROP FUNCTION "public"."is_happy"(x mood);

-- needs --force: goes with a change that needs --force
-- DROP FUNCTION "public"."usual"();

-- needs --force (removes enum values): Changed enum type 'mood': values ('sad', 'ok', 'happy', 'meh') → ('sad', 'happy', 'ok')
-- ALTER TYPE "public"."mood" RENAME TO "mood__krakn_old";
--
-- CREATE TYPE "public"."mood" AS ENUM ('sad', 'happy', 'ok');
--
-- ALTER TABLE "public"."people" ALTER COLUMN "history" DROP DEFAULT;
--
-- ALTER TABLE "public"."people" ALTER COLUMN "history" TYPE "public"."mood"[] USING "history"::text[]::"public"."mood"[];
--
-- ALTER TABLE "public"."people" ALTER COLUMN "history" SET DEFAULT '{}'::mood[];
--
-- ALTER TABLE "public"."people" ALTER COLUMN "m" DROP DEFAULT;
--
-- ALTER TABLE "public"."people" ALTER COLUMN "m" TYPE "public"."mood" USING "m"::text::"public"."mood";
--
-- ALTER TABLE "public"."people" ALTER COLUMN "m" SET DEFAULT 'ok'::mood;
--
-- ALTER TABLE "public"."visits" ALTER COLUMN "m" TYPE "public"."mood" USING "m"::text::"public"."mood";
--
-- DROP TYPE "public"."mood__krakn_old";

-- needs --force: goes with a change that needs --force
-- CREATE OR REPLACE FUNCTION public.is_happy(x mood)
--  RETURNS boolean
--  LANGUAGE sql
--  IMMUTABLE
-- AS $function$ SELECT x = 'happy' $function$;

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."visits" ALTER COLUMN "cheerful" SET DEFAULT is_happy('ok'::mood);

-- needs --force: goes with a change that needs --force
-- CREATE OR REPLACE FUNCTION public.usual()
--  RETURNS mood
--  LANGUAGE sql
-- BEGIN ATOMIC
--  SELECT 'ok'::mood AS mood;
-- END;

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."people" ADD CONSTRAINT "happy_needs_id" CHECK (((m <> 'happy'::mood) OR (id > 0)));

-- needs --force: goes with a change that needs --force
-- CREATE INDEX people_happy ON public.people USING btree (id) WHERE (m = 'happy'::mood);

-- needs --force: goes with a change that needs --force
-- CREATE TRIGGER visits_happy BEFORE INSERT ON public.visits FOR EACH ROW WHEN ((new.m = 'happy'::mood)) EXECUTE FUNCTION keep_row();

-- needs --force: goes with a change that needs --force
-- CREATE VIEW "public"."happy_people" AS
-- SELECT people.id
--    FROM people
--   WHERE (people.m = 'happy'::mood);

-- needs --force: goes with a change that needs --force
-- CREATE VIEW "public"."moods" AS
-- SELECT people.m
--    FROM people;

COMMIT;
