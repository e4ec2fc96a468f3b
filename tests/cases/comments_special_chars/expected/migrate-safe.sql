-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON TABLE "public"."notes" IS 'Owner''s notes — «ноты» 日本語 ✓';

COMMENT ON COLUMN "public"."notes"."body" IS 'It''s "quoted"; ends with a backslash \';

COMMENT ON COLUMN "public"."notes"."path" IS 'C:\temp\new
second line $$ $1';

COMMIT;
