-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."audit_lines" DROP CONSTRAINT "audit_lines_pkey";

COMMIT;
