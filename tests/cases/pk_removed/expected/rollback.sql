-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."audit_lines" ADD CONSTRAINT "audit_lines_pkey" PRIMARY KEY (id);

COMMIT;
