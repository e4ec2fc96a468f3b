-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."happy_people";

DROP VIEW "public"."moods";

ALTER TABLE "public"."visits" ALTER COLUMN "cheerful" DROP DEFAULT;

DROP TRIGGER "visits_happy" ON "public"."visits";

ALTER TABLE "public"."people" DROP CONSTRAINT "happy_needs_id";

DROP INDEX "public"."people_happy";

DROP FUNCTION "public"."is_happy"(x mood);

DROP FUNCTION "public"."usual"();

ALTER TYPE "public"."mood" RENAME TO "mood__krakn_old";

CREATE TYPE "public"."mood" AS ENUM ('sad', 'happy', 'ok');

ALTER TABLE "public"."people" ALTER COLUMN "history" DROP DEFAULT;

ALTER TABLE "public"."people" ALTER COLUMN "history" TYPE "public"."mood"[] USING "history"::text[]::"public"."mood"[];

ALTER TABLE "public"."people" ALTER COLUMN "history" SET DEFAULT '{}'::mood[];

ALTER TABLE "public"."people" ALTER COLUMN "m" DROP DEFAULT;

ALTER TABLE "public"."people" ALTER COLUMN "m" TYPE "public"."mood" USING "m"::text::"public"."mood";

ALTER TABLE "public"."people" ALTER COLUMN "m" SET DEFAULT 'ok'::mood;

ALTER TABLE "public"."visits" ALTER COLUMN "m" TYPE "public"."mood" USING "m"::text::"public"."mood";

DROP TYPE "public"."mood__krakn_old";

CREATE OR REPLACE FUNCTION public.is_happy(x mood)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x = 'happy' $function$;

ALTER TABLE "public"."visits" ALTER COLUMN "cheerful" SET DEFAULT is_happy('ok'::mood);

CREATE OR REPLACE FUNCTION public.usual()
 RETURNS mood
 LANGUAGE sql
BEGIN ATOMIC
 SELECT 'ok'::mood AS mood;
END;

ALTER TABLE "public"."people" ADD CONSTRAINT "happy_needs_id" CHECK (((m <> 'happy'::mood) OR (id > 0)));

CREATE INDEX people_happy ON public.people USING btree (id) WHERE (m = 'happy'::mood);

CREATE TRIGGER visits_happy BEFORE INSERT ON public.visits FOR EACH ROW WHEN ((new.m = 'happy'::mood)) EXECUTE FUNCTION keep_row();

CREATE VIEW "public"."happy_people" AS
SELECT people.id
   FROM people
  WHERE (people.m = 'happy'::mood);

CREATE VIEW "public"."moods" AS
SELECT people.m
   FROM people;

COMMIT;
