-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."trucks" (
    "payload" numeric
)
 INHERITS ("public"."vehicles");

ALTER TABLE "public"."vehicles" ADD COLUMN "color" text;

COMMIT;
