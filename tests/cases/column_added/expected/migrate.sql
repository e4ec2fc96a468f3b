-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."users" ADD COLUMN "nickname" text;

ALTER TABLE "public"."users" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;

ALTER TABLE "public"."users" ADD COLUMN "login_count" integer DEFAULT 0 NOT NULL;

COMMIT;
