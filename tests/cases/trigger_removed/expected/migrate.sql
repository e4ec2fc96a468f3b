-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "notes_trim" ON "public"."notes";

DROP TABLE "public"."old_notes";

DROP FUNCTION "public"."trim_body"();

COMMIT;
