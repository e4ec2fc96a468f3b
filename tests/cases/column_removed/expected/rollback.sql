-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."users" ADD COLUMN "password_md5" text DEFAULT ''::text NOT NULL;

ALTER TABLE "public"."users" ADD COLUMN "legacy_code" character(4);

COMMIT;
