-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "notes_trim" ON "public"."notes";

-- needs --force (drops data): Removed table 'old_notes'
-- DROP TABLE "public"."old_notes";

-- needs --force (used by table old_notes, dropped with --force): Removed function 'trim_body()'
-- DROP FUNCTION "public"."trim_body"();

COMMIT;
