-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."tags" (
    "name" text COLLATE pg_catalog."C" NOT NULL
);

ALTER TABLE "public"."words" ALTER COLUMN "label" TYPE character varying(40) COLLATE pg_catalog."POSIX" USING "label"::character varying(40);

ALTER TABLE "public"."words" ALTER COLUMN "note" TYPE text USING "note"::text;

ALTER TABLE "public"."words" ALTER COLUMN "word" TYPE text COLLATE pg_catalog."C" USING "word"::text;

COMMIT;
