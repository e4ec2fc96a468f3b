-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."posts" ADD COLUMN "keywords" text[] DEFAULT '{}'::text[] NOT NULL;

ALTER TABLE "public"."posts" ALTER COLUMN "labels" TYPE text[] USING "labels"::text[];

ALTER TABLE "public"."posts" ALTER COLUMN "scores" TYPE bigint[] USING "scores"::bigint[];

COMMIT;
