-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE EXTENSION IF NOT EXISTS "hstore" WITH SCHEMA "public";

CREATE EXTENSION IF NOT EXISTS "cube" WITH SCHEMA "public";

CREATE EXTENSION IF NOT EXISTS "earthdistance" WITH SCHEMA "public";

CREATE TABLE "public"."legacy_prefs" (
    "id" integer NOT NULL, 
    "prefs" hstore
);

ALTER TABLE "public"."legacy_prefs" ADD CONSTRAINT "legacy_prefs_pkey" PRIMARY KEY (id);

COMMIT;
