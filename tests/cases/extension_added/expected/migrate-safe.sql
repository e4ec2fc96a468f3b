-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "ext";

CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";

CREATE EXTENSION IF NOT EXISTS "cube" WITH SCHEMA "public";

CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "ext";

CREATE EXTENSION IF NOT EXISTS "earthdistance" WITH SCHEMA "public";

ALTER TABLE "public"."users" ADD COLUMN "login" citext;

CREATE INDEX users_login_trgm ON public.users USING gin (((login)::text) ext.gin_trgm_ops);

COMMIT;
