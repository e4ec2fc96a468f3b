-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."words" ALTER COLUMN "word" TYPE text USING "word"::text;

ALTER TABLE "public"."words" ALTER COLUMN "note" TYPE text COLLATE pg_catalog."C" USING "note"::text;

ALTER TABLE "public"."words" ALTER COLUMN "label" TYPE character varying(40) COLLATE pg_catalog."C" USING "label"::character varying(40);

DROP TABLE "public"."tags";

COMMIT;
