-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."scratch" (
    "id" integer NOT NULL, 
    "note" text
);

ALTER TABLE "public"."scratch" ADD CONSTRAINT "scratch_pkey" PRIMARY KEY (id);

COMMIT;
