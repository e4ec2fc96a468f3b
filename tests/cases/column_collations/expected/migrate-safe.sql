-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."tags" (
    "name" text COLLATE pg_catalog."C" NOT NULL
);

-- needs --force (narrows or reinterprets values): Changed type of 'label' in 'words' from character varying(40) COLLATE pg_catalog."C" → character varying(40) COLLATE pg_catalog."POSIX"
-- ALTER TABLE "public"."words" ALTER COLUMN "label" TYPE character varying(40) COLLATE pg_catalog."POSIX" USING "label"::character varying(40);

-- needs --force (narrows or reinterprets values): Changed type of 'note' in 'words' from text COLLATE pg_catalog."C" → text
-- ALTER TABLE "public"."words" ALTER COLUMN "note" TYPE text USING "note"::text;

-- needs --force (narrows or reinterprets values): Changed type of 'word' in 'words' from text → text COLLATE pg_catalog."C"
-- ALTER TABLE "public"."words" ALTER COLUMN "word" TYPE text COLLATE pg_catalog."C" USING "word"::text;

COMMIT;
