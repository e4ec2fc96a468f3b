-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."tags" (
    "id" integer NOT NULL, 
    "label" character varying(40) NOT NULL, 
    "created_at" timestamp with time zone DEFAULT now() NOT NULL, 
    "weight" real DEFAULT 1.0
);

ALTER TABLE "public"."tags" ADD CONSTRAINT "tags_pkey" PRIMARY KEY (id);

COMMIT;
