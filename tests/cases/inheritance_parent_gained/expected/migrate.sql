-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."base" (
    "id" integer, 
    "note" text
);

ALTER TABLE "public"."child" ADD COLUMN "note" text;

ALTER TABLE "public"."child" INHERIT "public"."base";

COMMIT;
